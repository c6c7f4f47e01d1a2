/**
 * The second half of `npm run eval:match`: labelled sets of our own for what the public sets do not test —
 * analogues, part-number spellings and parameter requirements — built from the demo market, whose hot lists were
 * written with the right answer for every line. The full matcher is compared with text retrieval alone and with
 * MiniSearch on the same rows.
 */
import path from 'node:path';
import MiniSearch from 'minisearch';
import {
  demoAnaloguesPath,
  demoDataDirectory,
  demoProductFiles,
  loadDemoHotListExpectations,
  loadDemoHotLists,
  loadDemoOrganisations,
} from '@coopex/demo-data';
import {
  bindColumns,
  convertDemandRow,
  convertProductRow,
  readAnalogueTable,
  readTable,
} from '@coopex/import';
import { createTextIndex, Matcher, type CatalogItem, type MatchQuery } from '@coopex/matching';

const today = '2027-01-01';

async function loadCatalog(): Promise<CatalogItem[]> {
  const countries = new Map(
    loadDemoOrganisations().map((organisation) => [organisation.key, organisation.country]),
  );
  const items: CatalogItem[] = [];
  for (const file of demoProductFiles()) {
    const table = await readTable({ source: file.path });
    const { columns } = bindColumns({ headers: table.headers, kind: 'product' });
    for await (const row of table.rows) {
      const { input } = convertProductRow(row, columns);
      if (!input) continue;
      items.push({
        key: `${file.organisationKey}|${input.partNumber ?? input.externalId}`,
        organisationId: file.organisationKey,
        country: countries.get(file.organisationKey)!,
        name: input.nameRu,
        nameEn: input.nameEn,
        description: input.description,
        manufacturer: input.manufacturer,
        partNumber: input.partNumber,
        tnved: input.tnved,
        okpd2: input.okpd2,
        parameters: input.parameters,
        capacityPerYear: input.capacityPerYear,
        capacityUnit: input.capacityUnit,
        leadTimeDays: input.leadTimeDays,
        isActive: input.status === 'active',
      });
    }
  }
  return items;
}

async function loadHotListQueries(): Promise<
  Array<{ key: string; query: MatchQuery; buyerCountry: string }>
> {
  const countries = new Map(
    loadDemoOrganisations().map((organisation) => [organisation.key, organisation.country]),
  );
  const queries: Array<{ key: string; query: MatchQuery; buyerCountry: string }> = [];
  for (const hotList of loadDemoHotLists()) {
    const table = await readTable({ source: path.join(demoDataDirectory, hotList.file) });
    const { columns } = bindColumns({ headers: table.headers, kind: 'demand' });
    const buyerCountry = countries.get(hotList.organisation)!;
    for await (const row of table.rows) {
      const { input } = convertDemandRow(row, columns);
      if (input)
        queries.push({
          key: `${hotList.key}|${input.externalId}`,
          query: { ...input, buyerCountry },
          buyerCountry,
        });
    }
  }
  return queries;
}

interface Row {
  set: string;
  method: string;
  queries: number;
  top1: number;
  recallAt3: number;
  note: string;
}

const rows: Row[] = [];
const share = (values: boolean[]) => values.filter(Boolean).length / Math.max(1, values.length);

const catalog = await loadCatalog();
const matcher = new Matcher(createTextIndex());
for await (const result of readAnalogueTable({ source: demoAnaloguesPath }))
  if ('row' in result) matcher.addAnalogue(result.row);
for (const item of catalog) matcher.upsert(item);
const textOnly = createTextIndex();
catalog.forEach((item, index) =>
  textOnly.add(index, {
    name: item.name,
    nameEn: item.nameEn ?? undefined,
    description: item.description ?? undefined,
    partNumber: item.partNumber ?? undefined,
  }),
);
const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
miniSearch.addAll(
  catalog.map((item, index) => ({
    id: index,
    text: `${item.name} ${item.nameEn ?? ''} ${item.partNumber ?? ''}`,
  })),
);
const queryText = (query: MatchQuery) =>
  [query.name, query.nameEn, query.description, query.partNumber].filter(Boolean).join(' ');
const rankers: Array<{ method: string; rank: (query: MatchQuery) => string[] }> = [
  {
    method: 'Coopex matcher (all criteria)',
    rank: (query) => matcher.match(query, { limit: 10, today }).map((candidate) => candidate.key),
  },
  {
    method: 'text retrieval only',
    rank: (query) =>
      textOnly.search({ text: queryText(query) }, { limit: 10 }).map((hit) => catalog[hit.id]!.key),
  },
  {
    method: 'MiniSearch (OR, prefix, fuzzy 0.2)',
    rank: (query) =>
      miniSearch
        .search(queryText(query), { prefix: true, fuzzy: 0.2 })
        .slice(0, 10)
        .map((hit) => catalog[hit.id as number]!.key),
  },
];

// 1. The designed hot lists: is the designed supplier's part first, or in the top three?
const hotLines = await loadHotListQueries();
const expectations = loadDemoHotListExpectations();
const covered = expectations.filter((expectation) => expectation.outcome === 'covered');
for (const { method, rank } of rankers) {
  const hits = covered.map((expectation) => {
    const line = hotLines.find(
      (candidate) => candidate.key === `${expectation.list}|${expectation.externalId}`,
    )!;
    const ranked = rank(line.query);
    return ranked.indexOf(`${expectation.supplier}|${expectation.partNumber}`);
  });
  rows.push({
    set: 'demo hot lists: covered lines (analogues, codes, parameters)',
    method,
    queries: hits.length,
    top1: share(hits.map((position) => position === 0)),
    recallAt3: share(hits.map((position) => position >= 0 && position < 3)),
    note: '',
  });
}
const shortfalls = expectations.filter(
  (expectation) => expectation.outcome === 'falls_short' && expectation.partNumber,
);
const flagged = shortfalls.map((expectation) => {
  const line = hotLines.find(
    (candidate) => candidate.key === `${expectation.list}|${expectation.externalId}`,
  )!;
  const offer = matcher
    .match(line.query, { limit: 10, today })
    .find((candidate) => candidate.key === `${expectation.supplier}|${expectation.partNumber}`);
  return offer === undefined ? null : offer.failed.length > 0 || (offer.explanation.capacity?.share ?? 1) < 1;
});
rows.push({
  set: 'demo hot lists: offers that fall short',
  method: 'Coopex matcher (all criteria)',
  queries: flagged.length,
  top1: share(flagged.map((isFlagged) => isFlagged === true)),
  recallAt3: Number.NaN,
  note: `share shown with the failed requirement or short capacity; ${flagged.filter((value) => value === null).length} not proposed (drafts)`,
});

// 2. Part-number spellings: the same part written as buyers write it must find the product; another family must not.
const lookAlike: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
const toCyrillic: Record<string, string> = Object.fromEntries(
  Object.entries(lookAlike).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const spellings: Array<{ query: MatchQuery; gold: string }> = [];
const otherFamilies: MatchQuery[] = [];
catalog
  .filter(
    (item) => item.partNumber && /\d/.test(item.partNumber) && item.partNumber.length >= 5 && item.isActive,
  )
  .forEach((item, index) => {
    const part = item.partNumber!;
    const variants = [
      part.toLowerCase(),
      [...part].map((character) => lookAlike[character] ?? toCyrillic[character] ?? character).join(''),
      part.replace(/[-\s.]/g, ''),
      part.replace(/(\d)([A-ZА-Я])/u, '$1-$2'),
    ];
    const variant = variants[index % variants.length]!;
    const noun = item.name.split(' ')[0]!;
    spellings.push({ query: { name: noun, partNumber: variant }, gold: item.key });
    // Another family: the last digit of the number changed (6205 → 6206, 140УД6 → 140УД7).
    const changed = part.replace(/(\d)(?!.*\d)/, (digit) => String((Number(digit) + 1) % 10));
    if (!catalog.some((other) => other.partNumber === changed))
      otherFamilies.push({ name: noun, partNumber: changed });
  });
for (const { method, rank } of rankers) {
  const positions = spellings.map(({ query, gold }) => rank(query).indexOf(gold));
  rows.push({
    set: 'part-number spellings (case, look-alike letters, separators)',
    method,
    queries: positions.length,
    top1: share(positions.map((position) => position === 0)),
    recallAt3: share(positions.map((position) => position >= 0 && position < 3)),
    note: '',
  });
}
const falseAgreements = otherFamilies.map((query) =>
  matcher.match(query, { limit: 10, today }).some((candidate) => candidate.explanation.partNumber !== null),
);
rows.push({
  set: 'part numbers of another family (one digit changed)',
  method: 'Coopex matcher (all criteria)',
  queries: falseAgreements.length,
  top1: 1 - share(falseAgreements),
  recallAt3: Number.NaN,
  note: 'share with no part-number agreement claimed (higher is better)',
});

// 3. Parameter requirements: a range inside the product's range is met; one reaching past it fails.
const verdicts: boolean[] = [];
for (const item of catalog) {
  for (const parameter of item.parameters) {
    const value = parameter.value;
    if (value.kind !== 'range' || value.min === null || value.max === null || value.max <= value.min)
      continue;
    const width = value.max - value.min;
    const inside = {
      kind: 'range' as const,
      min: value.min + width * 0.1,
      max: value.max - width * 0.1,
      unit: value.unit,
    };
    const beyond = {
      kind: 'range' as const,
      min: value.min,
      max: value.max + Math.max(1, width * 0.2),
      unit: value.unit,
    };
    for (const [requirement, shouldMeet] of [
      [inside, true],
      [beyond, false],
    ] as const) {
      const query: MatchQuery = {
        name: item.name,
        partNumber: item.partNumber,
        requirements: [{ name: parameter.name, requirement }],
      };
      const candidate = matcher.match(query, { limit: 10, today }).find((found) => found.key === item.key);
      const verdict = candidate?.explanation.parameters?.verdicts[0]?.isMet;
      verdicts.push(verdict === shouldMeet);
    }
  }
}
rows.push({
  set: 'parameter requirements (range inside vs past the offer)',
  method: 'Coopex matcher (all criteria)',
  queries: verdicts.length,
  top1: share(verdicts),
  recallAt3: Number.NaN,
  note: 'share of correct met/failed verdicts',
});

const header = ['set', 'method', 'queries', 'top-1', 'R@3', 'note'];
const lines = rows.map((row) => [
  row.set,
  row.method,
  String(row.queries),
  row.top1.toFixed(3),
  Number.isNaN(row.recallAt3) ? '-' : row.recallAt3.toFixed(3),
  row.note,
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...lines.map((line) => line[column]!.length)),
);
const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
console.log(
  `\nOwn labelled sets (demo market, ${catalog.length} products, ${hotLines.length} hot-list lines):`,
);
console.log(
  `${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}\n${lines.map(format).join('\n')}`,
);
