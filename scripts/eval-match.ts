/**
 * Measures text retrieval quality on the labelled sets in ../shared/data/matching-dev: our index against a plain
 * BM25, MiniSearch and PostgreSQL full-text search (PGlite). Prints one table of top-1 accuracy, recall@5,
 * recall@10 and the median query time. Gold labels are used only to measure.
 *
 *   npm run eval:match            the table
 *   npm run eval:match -- --misses=20   also print our first misses per set, for error analysis
 *   npm run eval:match -- --audit=DIR   also write a blind audit of our ksr-ru misses (see writeBlindAudit)
 *   npm run eval:match -- --audit-score=DIR   score DIR/judgments.csv against the audit's key
 *
 * The ksr-ru gold labels are noisy: a miss is often a candidate as right as the gold, or more. The blind audit
 * shows a reviewer (a person, or a model) 60 random misses as the query and two catalog items in random order,
 * without saying which is the gold, and asks which fits better; scoring then says in how many misses the gold was
 * the better item. It estimates how much of the gap to the target is labels rather than the matcher.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { PGlite } from '@electric-sql/pglite';
import { createTextIndex, type TextIndexOptions } from '../packages/matching/src/index';

const ourMethodName = 'ours: BM25F + variants + re-rank';
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = join(repositoryRoot, '..', 'shared', 'data', 'matching-dev');

interface Document {
  id: number;
  name: string;
  description: string;
}

interface Query {
  text: string;
  goldId: number;
}

interface EvaluationSet {
  name: string;
  language: 'russian' | 'english';
  documents: Document[];
  queries: Query[];
}

/** A method under test: built once per set, then asked for the ranked ids of each query. */
interface Method {
  name: string;
  build(set: EvaluationSet): Promise<(text: string) => Promise<number[]> | number[]>;
}

interface Result {
  set: string;
  method: string;
  queryCount: number;
  top1: number;
  recallAt5: number;
  recallAt10: number;
  medianMilliseconds: number;
  misses: Array<{ query: string; gold: string; found: string; goldName: string }>;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') isQuoted = false;
      else field += character;
    } else if (character === '"') isQuoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body
    .filter((cells) => cells.length > 1 || cells[0] !== '')
    .map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
}

function readCsv(path: string): Array<Record<string, string>> {
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

function loadKsr(): EvaluationSet[] {
  const catalog = readCsv(join(dataRoot, 'ksr-ru', 'catalog.csv'));
  const idByExternal = new Map(catalog.map((row, index) => [row.external_id ?? '', index]));
  const documents = catalog.map((row, index) => ({ id: index, name: row.name ?? '', description: '' }));
  const dev = readCsv(join(dataRoot, 'ksr-ru', 'dev.csv'));
  const queriesFrom = (column: string): Query[] =>
    dev.flatMap((row) => {
      const goldId = idByExternal.get(row.gold_external_id ?? '');
      const text = row[column] ?? '';
      return goldId === undefined || text.trim() === '' ? [] : [{ text, goldId }];
    });
  return [
    { name: 'ksr-ru query', language: 'russian', documents, queries: queriesFrom('query') },
    { name: 'ksr-ru query_alt', language: 'russian', documents, queries: queriesFrom('query_alt') },
  ];
}

function loadAbtBuy(): EvaluationSet {
  const tableA = readCsv(join(dataRoot, 'abt-buy-en', 'tableA.csv'));
  const tableB = readCsv(join(dataRoot, 'abt-buy-en', 'tableB.csv'));
  const nameByAId = new Map(tableA.map((row) => [row.id ?? '', row.name ?? '']));
  const documents = tableB.map((row) => ({
    id: Number(row.id),
    name: row.name ?? '',
    description: row.description ?? '',
  }));
  const queries = readCsv(join(dataRoot, 'abt-buy-en', 'test.csv'))
    .filter((row) => row.label === '1')
    .map((row) => ({ text: nameByAId.get(row.ltable_id ?? '') ?? '', goldId: Number(row.rtable_id) }));
  return { name: 'abt-buy-en', language: 'english', documents, queries };
}

function ourIndex(name: string, options: TextIndexOptions & { candidateLimit?: number }): Method {
  const { candidateLimit, ...indexOptions } = options;
  const searchOptions = candidateLimit === undefined ? { limit: 10 } : { limit: 10, candidateLimit };
  return {
    name,
    async build(set: EvaluationSet) {
      const index = createTextIndex(indexOptions);
      for (const document of set.documents) {
        index.add(document.id, { name: document.name, description: document.description || undefined });
      }
      return (text: string) => index.search({ text }, searchOptions).map((hit) => hit.id);
    },
  };
}

/** The plain baseline: BM25 over names, words cut to their first five letters as a crude stemmer. */
const plainBm25: Method = {
  name: 'plain BM25 (names, crude stem)',
  async build(set) {
    const tokenize = (text: string) =>
      (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) =>
        /\d/.test(word) ? word : word.slice(0, 5),
      );
    const postings = new Map<string, Array<[number, number]>>();
    const lengths = set.documents.map((document) => {
      const counts = new Map<string, number>();
      for (const token of tokenize(document.name)) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [token, count] of counts) {
        const list = postings.get(token) ?? [];
        list.push([document.id, count]);
        postings.set(token, list);
      }
      return [document.id, tokenize(document.name).length] as const;
    });
    const lengthById = new Map(lengths);
    const averageLength = lengths.reduce((sum, [, length]) => sum + length, 0) / Math.max(lengths.length, 1);
    const documentCount = set.documents.length;
    return (text: string) => {
      const scores = new Map<number, number>();
      for (const token of new Set(tokenize(text))) {
        const list = postings.get(token) ?? [];
        const idf = Math.log(1 + (documentCount - list.length + 0.5) / (list.length + 0.5));
        for (const [id, count] of list) {
          const norm = 1.2 * (0.25 + (0.75 * (lengthById.get(id) ?? 0)) / averageLength);
          scores.set(id, (scores.get(id) ?? 0) + (idf * count * 2.2) / (count + norm));
        }
      }
      return [...scores]
        .sort((left, right) => right[1] - left[1] || left[0] - right[0])
        .slice(0, 10)
        .map(([id]) => id);
    };
  },
};

function miniSearchMethod(isFuzzy: boolean): Method {
  return {
    name: `MiniSearch (${isFuzzy ? 'fuzzy 0.2 + prefix' : 'exact terms'})`,
    async build(set) {
      const index = new MiniSearch<Document>({ fields: ['name', 'description'], storeFields: [] });
      index.addAll(set.documents);
      const searchOptions = isFuzzy
        ? { boost: { name: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' as const }
        : { boost: { name: 2 }, combineWith: 'OR' as const };
      return (text: string) =>
        index
          .search(text, searchOptions)
          .slice(0, 10)
          .map((result) => Number(result.id));
    },
  };
}

function postgresMethod(database: PGlite): Method {
  return {
    name: 'PostgreSQL FTS (PGlite, ts_rank, OR)',
    async build(set) {
      const configuration = set.language;
      await database.exec('drop table if exists documents');
      await database.exec(
        'create table documents (id integer primary key, name text, description text, vector tsvector)',
      );
      for (const document of set.documents) {
        await database.query('insert into documents (id, name, description) values ($1, $2, $3)', [
          document.id,
          document.name,
          document.description,
        ]);
      }
      await database.exec(
        `update documents set vector = setweight(to_tsvector('${configuration}', name), 'A') ||
           setweight(to_tsvector('${configuration}', coalesce(description, '')), 'D');
         create index on documents using gin (vector);`,
      );
      return async (text: string) => {
        const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
        if (words.length === 0) return [];
        const result = await database.query<{ id: number }>(
          `select id from documents, to_tsquery('${configuration}', $1) as query
           where vector @@ query order by ts_rank(vector, query) desc, id limit 10`,
          [words.join(' | ')],
        );
        return result.rows.map((row) => row.id);
      };
    },
  };
}

async function evaluate(set: EvaluationSet, method: Method, missLimit: number): Promise<Result> {
  const search = await method.build(set);
  const nameById = new Map(set.documents.map((document) => [document.id, document.name]));
  let top1 = 0;
  let recallAt5 = 0;
  let recallAt10 = 0;
  const durations: number[] = [];
  const misses: Result['misses'] = [];
  for (const query of set.queries) {
    const started = performance.now();
    const ids = await search(query.text);
    durations.push(performance.now() - started);
    const rank = ids.indexOf(query.goldId);
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 5) recallAt5 += 1;
    if (rank >= 0 && rank < 10) recallAt10 += 1;
    if (rank !== 0 && misses.length < missLimit) {
      misses.push({
        query: query.text,
        gold: `${rank < 0 ? '>10' : `#${rank + 1}`} ${nameById.get(query.goldId) ?? ''}`,
        found: nameById.get(ids[0] ?? -1) ?? '(nothing)',
        goldName: nameById.get(query.goldId) ?? '',
      });
    }
  }
  durations.sort((left, right) => left - right);
  const count = Math.max(set.queries.length, 1);
  return {
    set: set.name,
    method: method.name,
    queryCount: set.queries.length,
    top1: top1 / count,
    recallAt5: recallAt5 / count,
    recallAt10: recallAt10 / count,
    medianMilliseconds: durations[Math.floor(durations.length / 2)] ?? 0,
    misses,
  };
}

function printTable(results: Result[]): void {
  const header = ['set', 'method', 'queries', 'top-1', 'R@5', 'R@10', 'p50 ms'];
  const rows = results.map((result) => [
    result.set,
    result.method,
    String(result.queryCount),
    result.top1.toFixed(3),
    result.recallAt5.toFixed(3),
    result.recallAt10.toFixed(3),
    result.medianMilliseconds.toFixed(2),
  ]);
  const widths = header.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index >= 2 ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
      )
      .join(' | ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  let previousSet = '';
  for (const [index, row] of rows.entries()) {
    const setName = results[index]?.set ?? '';
    if (previousSet !== '' && setName !== previousSet)
      console.log(widths.map((width) => ' '.repeat(width)).join(' | '));
    previousSet = setName;
    console.log(format(row));
  }
}

/** The project's acceptance targets for our method, and whether it beats every baseline. */
function printTargets(results: Result[]): void {
  const ours = (set: string) =>
    results.find((result) => result.set === set && result.method === ourMethodName);
  const bestBaseline = (set: string) =>
    Math.max(
      ...results
        .filter((result) => result.set === set && !result.method.startsWith('ours'))
        .map((result) => result.top1),
    );
  const checks: Array<[string, number | undefined, number]> = [
    ['ksr-ru query top-1 >= 0.70', ours('ksr-ru query')?.top1, 0.7],
    ['ksr-ru query recall@10 >= 0.95', ours('ksr-ru query')?.recallAt10, 0.95],
    ['abt-buy-en top-1 >= 0.92', ours('abt-buy-en')?.top1, 0.92],
  ];
  console.log('\ntargets:');
  for (const [label, value, target] of checks) {
    const verdict = value === undefined ? 'not measured' : value >= target ? 'met' : 'NOT met';
    console.log(`  ${label}: ${value?.toFixed(3) ?? '-'} ${verdict}`);
  }
  for (const set of [...new Set(results.map((result) => result.set))]) {
    const margin = (ours(set)?.top1 ?? 0) - bestBaseline(set);
    console.log(`  ${set}: top-1 ${margin >= 0 ? '+' : ''}${margin.toFixed(3)} over the best baseline`);
  }
}

async function main(): Promise<void> {
  if (
    !existsSync(join(dataRoot, 'ksr-ru', 'catalog.csv')) ||
    !existsSync(join(dataRoot, 'abt-buy-en', 'tableB.csv'))
  ) {
    console.log(
      `eval:match: labelled sets not found in ${dataRoot} (the shared folder beside the checkout); nothing to evaluate.`,
    );
    return;
  }
  const option = (name: string) =>
    process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
  const auditScoreDirectory = option('audit-score');
  if (auditScoreDirectory) {
    scoreBlindAudit(auditScoreDirectory);
    return;
  }
  const auditDirectory = option('audit');
  const missLimit = auditDirectory ? Number.MAX_SAFE_INTEGER : Number(option('misses') ?? 0);
  const sets = [...loadKsr(), loadAbtBuy()];
  const database = new PGlite();
  const methods: Method[] = [
    ourIndex(ourMethodName, {}),
    ourIndex('ours: first stage only (no re-rank)', { candidateLimit: 0 }),
    ourIndex('ours + name 3-gram field', { hasGramField: true }),
    plainBm25,
    miniSearchMethod(false),
    miniSearchMethod(true),
    postgresMethod(database),
  ];
  const results: Result[] = [];
  for (const set of sets) {
    for (const method of methods)
      results.push(await evaluate(set, method, method === methods[0] ? missLimit : 0));
  }
  await database.close();
  printTable(results);
  printTargets(results);
  if (auditDirectory) {
    const ksrMisses = results.find(
      (result) => result.set === 'ksr-ru query' && result.method === ourMethodName,
    )?.misses;
    writeBlindAudit(auditDirectory, ksrMisses ?? []);
    return;
  }
  for (const result of results.filter((entry) => entry.misses.length > 0)) {
    console.log(`\nmisses of ${result.method} on ${result.set}:`);
    for (const miss of result.misses)
      console.log(`  ${miss.query}\n    gold ${miss.gold}\n    got  ${miss.found}`);
  }
}

const auditSampleSize = 60;

/** Writes DIR/pairs.csv (pair, query, A, B: the gold and our first candidate in random order) and DIR/key.csv. */
function writeBlindAudit(directory: string, misses: Result['misses']): void {
  // A fixed seed: the same misses give the same sample and order.
  let state = 20_261_122;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pool = misses.filter((miss) => miss.found !== '(nothing)');
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  const sample = pool.slice(0, auditSampleSize);
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const pairs = ['pair,query,A,B'];
  const key = ['pair,gold'];
  sample.forEach((miss, index) => {
    const isGoldFirst = random() < 0.5;
    const [first, second] = isGoldFirst ? [miss.goldName, miss.found] : [miss.found, miss.goldName];
    pairs.push([index + 1, quote(miss.query), quote(first), quote(second)].join(','));
    key.push(`${index + 1},${isGoldFirst ? 'A' : 'B'}`);
  });
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'pairs.csv'), `${pairs.join('\n')}\n`);
  writeFileSync(join(directory, 'key.csv'), `${key.join('\n')}\n`);
  console.log(
    `\nblind audit: ${sample.length} of ${misses.length} ksr-ru misses in ${join(directory, 'pairs.csv')}. ` +
      'Give the reviewer pairs.csv only; they write judgments.csv (pair,verdict,reason; verdict A, B or same), ' +
      `then: npm run eval:match -- --audit-score=${directory}`,
  );
}

/** Counts the misses where the reviewer found the gold better, ours better, or neither. */
function scoreBlindAudit(directory: string): void {
  const rows = (file: string) =>
    readFileSync(join(directory, file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
  const goldSide = new Map(rows('key.csv').map(([pair, side]) => [pair, side]));
  const counts = { gold: 0, ours: 0, same: 0 };
  for (const [pair, verdict] of rows('judgments.csv')) {
    const side = goldSide.get(pair ?? '');
    if (side === undefined) continue;
    if (verdict === 'same') counts.same += 1;
    else if (verdict === side) counts.gold += 1;
    else counts.ours += 1;
  }
  const total = counts.gold + counts.ours + counts.same;
  console.log(
    `blind audit of ${total} ksr-ru misses: gold better ${counts.gold}, ours better ${counts.ours}, ` +
      `neither ${counts.same}; the gold was the better item in ${((100 * counts.gold) / Math.max(total, 1)).toFixed(0)}% of misses`,
  );
}

await main();
