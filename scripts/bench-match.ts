/**
 * npm run bench:match [-- --sizes 10000,100000,1000000 --queries 1000 --batch 100000 --skip postgres,minisearch]
 *
 * Generates catalogs with real TN VED codes, Russian and English names, part numbers and parameters, and demand lines
 * whose right answer is known, then prints one table: build time and rate, memory, top-10 latency, queries per second
 * on one core, recall@10 — for the Coopex matcher and for the alternatives a user would pick (PostgreSQL full-text
 * search in OR mode with ts_rank, MiniSearch, FlexSearch) on the same data, plus a coverage batch on both cores.
 * Each method builds from its own copy of the generated catalog (the same seed, the same data) and lets the raw
 * records go once it is built: a server holds its index, not the records it was loaded from, and a million
 * records left alive would charge their collection pauses to whichever method queries next.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import pg from 'pg';
import { assessCoverage, createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems, type GeneratedCatalog } from './bench/generate-catalog';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const classifierPath = path.resolve(repositoryRoot, '../shared/data/classifiers/tnved-2022.json');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const sizes = argument('sizes', '10000,100000,1000000').split(',').map(Number);
const queryCount = Number(argument('queries', '1000'));
const batchSize = Number(argument('batch', '100000'));
const skipped = new Set(argument('skip', '').split(',').filter(Boolean));
const seed = 20_261_122;
const postgresUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

interface Row {
  size: number;
  method: string;
  buildSeconds: number;
  buildRate: number;
  memoryMegabytes: number;
  p50: number;
  p99: number;
  queriesPerSecond: number;
  recallAt10: number;
  note?: string;
}

const rows: Row[] = [];
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};
// Live JavaScript heap plus typed-array memory after a full collection: RSS keeps freed pages and would credit one
// method with another's garbage.
const heapMegabytes = () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
};

function measureQueries(
  catalog: GeneratedCatalog,
  search: (query: GeneratedCatalog['queries'][number]['query']) => string[],
  limit = catalog.queries.length,
) {
  const latencies: number[] = [];
  let found = 0;
  for (const { query, goldKey } of catalog.queries.slice(0, limit)) {
    const started = performance.now();
    const keys = search(query);
    latencies.push(performance.now() - started);
    if (keys.slice(0, 10).includes(goldKey)) found += 1;
  }
  const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    queriesPerSecond: 1000 / mean,
    recallAt10: found / latencies.length,
  };
}

/** The alternatives take 100–300 ms a query at a million products: 200 queries give their percentiles in time. */
const alternativeQueryLimit = (size: number) => (size >= 1_000_000 ? 200 : queryCount);

const queryText = (query: GeneratedCatalog['queries'][number]['query']) =>
  `${query.name} ${query.partNumber ?? ''}`;

async function benchCoopex(size: number, catalog: GeneratedCatalog) {
  const before = heapMegabytes();
  const started = performance.now();
  // The catalog's size is known before it is loaded, as it is to CatalogMatching at start.
  const matcher = new Matcher(createTextIndex({ expectedDocumentCount: catalog.items.length }));
  for (const item of catalog.items) matcher.upsert(item);
  const buildSeconds = (performance.now() - started) / 1000;
  const memory = heapMegabytes() - before;
  releaseItems(catalog);
  const measured = measureQueries(catalog, (query) =>
    matcher.match(query, { limit: 10 }).map((candidate) => candidate.key),
  );
  rows.push({
    size,
    method: 'Coopex matcher (all criteria)',
    buildSeconds,
    buildRate: size / buildSeconds,
    memoryMegabytes: memory,
    ...measured,
    note: `process RSS ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`,
  });

  // A ministry's program of 5,000 items: each item matched against the other country and, when nobody there makes
  // it, against the whole union, then judged covered, partly or not covered — what synchronizePrograms does.
  const programItems = 5000;
  const programStarted = performance.now();
  for (let index = 0; index < programItems; index++) {
    const { query } = catalog.queries[index % catalog.queries.length]!;
    const candidates = matcher.match(query, { limit: 10, countries: ['RU'] });
    const coverage = assessCoverage({
      quantityPerYear: 1000,
      quantityUnit: 'pcs',
      candidates,
      itemName: query.name,
    });
    if (coverage.status === 'not_covered') matcher.match(query, { limit: 10, countries: ['BY', 'RU'] });
  }
  const programSeconds = (performance.now() - programStarted) / 1000;
  rows.push({
    size,
    method: `program coverage: ${programItems.toLocaleString('en')} items`,
    buildSeconds: programSeconds,
    buildRate: programItems / programSeconds,
    memoryMegabytes: 0,
    p50: 0,
    p99: 0,
    queriesPerSecond: programItems / programSeconds,
    recallAt10: Number.NaN,
    note: `${programSeconds.toFixed(1)} s on one core`,
  });
}

async function benchMiniSearch(size: number, catalog: GeneratedCatalog) {
  const before = heapMegabytes();
  const started = performance.now();
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  for (const item of catalog.items)
    index.add({ id: item.key, text: `${item.name} ${item.nameEn ?? ''} ${item.partNumber ?? ''}` });
  const buildSeconds = (performance.now() - started) / 1000;
  const memory = heapMegabytes() - before;
  releaseItems(catalog);
  const measured = measureQueries(
    catalog,
    (query) =>
      index
        .search(queryText(query), { combineWith: 'OR', prefix: true, fuzzy: 0.2 })
        .slice(0, 10)
        .map((hit) => String(hit.id)),
    alternativeQueryLimit(size),
  );
  rows.push({
    size,
    method: 'MiniSearch (OR, prefix, fuzzy 0.2)',
    buildSeconds,
    buildRate: size / buildSeconds,
    memoryMegabytes: memory,
    ...measured,
  });
}

async function benchFlexSearch(size: number, catalog: GeneratedCatalog) {
  const before = heapMegabytes();
  const started = performance.now();
  const index = new FlexSearch.Index({ tokenize: 'forward', encoder: 'Normalize' } as never);
  catalog.items.forEach((item, position) =>
    index.add(position, `${item.name} ${item.nameEn ?? ''} ${item.partNumber ?? ''}`),
  );
  const buildSeconds = (performance.now() - started) / 1000;
  const memory = heapMegabytes() - before;
  const keys = catalog.items.map((item) => item.key);
  releaseItems(catalog);
  const measured = measureQueries(
    catalog,
    (query) =>
      (index.search(queryText(query), { limit: 10, suggest: true } as never) as number[]).map(
        (position) => keys[position]!,
      ),
    alternativeQueryLimit(size),
  );
  rows.push({
    size,
    method: 'FlexSearch (forward, suggest)',
    buildSeconds,
    buildRate: size / buildSeconds,
    memoryMegabytes: memory,
    ...measured,
  });
}

async function benchPostgres(size: number, catalog: GeneratedCatalog) {
  const client = new pg.Client({ connectionString: postgresUrl });
  try {
    await client.connect();
  } catch {
    rows.push({
      size,
      method: 'PostgreSQL FTS',
      buildSeconds: 0,
      buildRate: 0,
      memoryMegabytes: 0,
      p50: 0,
      p99: 0,
      queriesPerSecond: 0,
      recallAt10: 0,
      note: `no server at ${postgresUrl}`,
    });
    return;
  }
  const table = `bench_products_${process.pid}`;
  try {
    const started = performance.now();
    await client.query(`CREATE UNLOGGED TABLE ${table} (key text PRIMARY KEY, document tsvector)`);
    for (let start = 0; start < catalog.items.length; start += 10_000) {
      const batch = catalog.items.slice(start, start + 10_000).map((item) => ({
        key: item.key,
        text: `${item.name} ${item.nameEn ?? ''} ${item.partNumber ?? ''}`,
      }));
      await client.query(
        `INSERT INTO ${table} SELECT key, to_tsvector('russian', text) FROM jsonb_to_recordset($1::jsonb) AS b(key text, text text)`,
        [JSON.stringify(batch)],
      );
    }
    await client.query(`CREATE INDEX ON ${table} USING gin (document)`);
    await client.query(`ANALYZE ${table}`);
    const buildSeconds = (performance.now() - started) / 1000;
    releaseItems(catalog);
    // OR-mode: a product matching any word is a candidate, ranked by ts_rank; 200 queries keep the run short.
    const sample = Math.min(catalog.queries.length, 200);
    const latencies: number[] = [];
    let found = 0;
    for (const { query, goldKey } of catalog.queries.slice(0, sample)) {
      const words =
        queryText(query)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [];
      const started = performance.now();
      const result = await client.query<{ key: string }>(
        `SELECT key FROM ${table}, to_tsquery('russian', $1) AS q WHERE document @@ q ORDER BY ts_rank(document, q) DESC LIMIT 10`,
        [words.join(' | ')],
      );
      latencies.push(performance.now() - started);
      if (result.rows.some((row) => row.key === goldKey)) found += 1;
    }
    const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;
    rows.push({
      size,
      method: 'PostgreSQL FTS (OR, ts_rank, GIN)',
      buildSeconds,
      buildRate: size / buildSeconds,
      memoryMegabytes: 0,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      queriesPerSecond: 1000 / mean,
      recallAt10: found / latencies.length,
      note: `server process; ${sample} queries`,
    });
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await client.end();
  }
}

/** Lets a method's generated records go once its index is built; the queries and their answers stay. */
function releaseItems(catalog: GeneratedCatalog): void {
  catalog.items.length = 0;
}

const workerModule = new URL('./bench/batch-worker.ts', import.meta.url).href;

async function benchBatch(size: number) {
  const workerCount = 2;
  const workers = Array.from(
    { length: workerCount },
    (_, workerIndex) =>
      // A worker starts without the parent's TypeScript loader: it registers tsx, then imports its module.
      new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); })`,
        {
          eval: true,
          workerData: { size, queryCount: batchSize, seed, classifierPath, workerIndex, workerCount },
        },
      ),
  );
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
  const started = performance.now();
  const results = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<{ matched: number }>((resolve) => {
          worker.once('message', resolve);
          worker.postMessage('go');
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  const matched = results.reduce((sum, result) => sum + result.matched, 0);
  rows.push({
    size,
    method: `coverage batch: ${matched} lines on ${workerCount} cores`,
    buildSeconds: seconds,
    buildRate: matched / seconds,
    memoryMegabytes: 0,
    p50: 0,
    p99: 0,
    queriesPerSecond: matched / seconds / workerCount,
    recallAt10: Number.NaN,
    note: `${seconds.toFixed(1)} s wall; each worker builds its own index`,
  });
}

const tnvedItems = loadTnvedItems(classifierPath);
console.log(
  `TN VED codes: ${[...tnvedItems.values()].reduce((sum, list) => sum + list.length, 0)} real items${tnvedItems.size ? '' : ' (classifier missing: synthetic codes)'}`,
);
for (const size of sizes) {
  const catalogCopy = () => generateCatalog({ size, queryCount, seed, tnvedItems });
  // The table is printed after every method: a million-product run takes minutes, and partial figures still count.
  await benchCoopex(size, catalogCopy());
  printTable();
  for (const [name, run] of [
    ['minisearch', () => benchMiniSearch(size, catalogCopy())],
    ['flexsearch', () => benchFlexSearch(size, catalogCopy())],
    ['postgres', () => benchPostgres(size, catalogCopy())],
    ['batch', () => benchBatch(size)],
  ] as const) {
    if (skipped.has(name)) continue;
    await run();
    printTable();
  }
}

function printTable() {
  const header = [
    'products',
    'method',
    'build s',
    'build /s',
    'heap MB',
    'p50 ms',
    'p99 ms',
    'q/s/core',
    'recall@10',
    'note',
  ];
  const lines = rows.map((row) => [
    row.size.toLocaleString('en'),
    row.method,
    row.buildSeconds.toFixed(1),
    Math.round(row.buildRate).toLocaleString('en'),
    row.memoryMegabytes ? Math.round(row.memoryMegabytes).toString() : '-',
    row.p50 ? row.p50.toFixed(2) : '-',
    row.p99 ? row.p99.toFixed(2) : '-',
    Math.round(row.queriesPerSecond).toLocaleString('en'),
    Number.isNaN(row.recallAt10) ? '-' : row.recallAt10.toFixed(3),
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  console.log(
    `\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}\n${lines.map(format).join('\n')}`,
  );
}
