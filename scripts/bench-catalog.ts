/**
 * npm run bench:catalog [-- --rows 1000000 --skip pglite]
 *
 * Fills a fresh database with N generated products (Russian names, part numbers, TN VED codes) and times the
 * catalog page a user opens most: the first 50 products with their count, unfiltered, by text (a common word and a
 * part number), by TN VED prefix and by country, through the products repository the API uses. Each search runs
 * with the trigram index Coopex creates and, side by side, without it (the plain ILIKE scan a simpler schema
 * would do). PostgreSQL server from BENCH_DATABASE_URL, TEST_DATABASE_URL or 127.0.0.1:5432; embedded PGlite too.
 */
import pg from 'pg';
import { createRepositories, openDatabase, type Database, type ProductFilter } from '@coopex/db';
import { systemActor } from '@coopex/domain';
import { createOrganisation, prepareDatabase } from '@coopex/use-cases';

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const rowCount = Number(argument('rows', '1000000'));
const skipped = new Set(argument('skip', '').split(',').filter(Boolean));
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const searches: Array<[string, Omit<ProductFilter, 'limit' | 'offset'>]> = [
  ['first page, no filter', {}],
  ['text: common word', { search: 'подшипник' }],
  ['text: part number', { search: 'PN123456' }],
  ['text: no match', { search: 'несуществующее' }],
  ['TN VED prefix 8482', { tnvedPrefix: '8482' }],
  ['country BY', { country: 'BY' }],
];

interface Row {
  backend: string;
  search: string;
  withIndex: number;
  withoutIndex: number;
  total: string;
}
const rows: Row[] = [];

async function fill(database: Database): Promise<void> {
  await prepareDatabase({ database });
  const organisations: string[] = [];
  for (const [country, taxIds] of [
    ['BY', ['100582333', '190542056']],
    ['RU', ['7707083893', '7736050003']],
  ] as const) {
    for (const taxId of taxIds) {
      const organisation = await createOrganisation({
        database,
        actor: systemActor,
        input: {
          kind: 'enterprise',
          nameRu: `Завод ${taxId}`,
          nameEn: null,
          country,
          taxId,
          ogrn: null,
          industries: [],
        },
      });
      organisations.push(organisation.id);
    }
  }
  const started = performance.now();
  await database.query(
    `INSERT INTO products (organisation_id, external_id, name_ru, part_number, tnved, price, capacity_per_year, capacity_unit)
     SELECT ($1::uuid[])[1 + g % 4], 'GEN-' || g,
       (ARRAY['Подшипник шариковый','Втулка бронзовая','Клапан обратный','Фильтр масляный','Микросхема',
              'Реле промежуточное','Насос шестеренный','Датчик давления'])[1 + g % 8] || ' ' || (g % 997) || '-' || (g % 31),
       'PN' || g,
       (ARRAY['8482101009','8483308007','8481309908','8421230000','8542399010','8536490000','8413603100','9026204000'])[1 + g % 8],
       g % 1000, 1000 + g % 50000, 'pcs'
     FROM generate_series(1, $2::int) AS g`,
    [organisations, rowCount],
  );
  await database.query('ANALYZE products');
  console.log(
    `  ${rowCount.toLocaleString('en')} products written in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** The median of five runs after one warm-up, in milliseconds. */
async function time(database: Database, filter: Omit<ProductFilter, 'limit' | 'offset'>) {
  const products = createRepositories(database).products;
  let page = await products.list({ ...filter, limit: 50, offset: 0 });
  const durations: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    page = await products.list({ ...filter, limit: 50, offset: 0 });
    durations.push(performance.now() - started);
  }
  durations.sort((left, right) => left - right);
  return { milliseconds: durations[2]!, total: `${page.total}${page.isTotalCapped ? '+' : ''}` };
}

async function measure(backend: string, database: Database): Promise<void> {
  console.log(`${backend}:`);
  await fill(database);
  const withIndex = new Map<string, { milliseconds: number; total: string }>();
  for (const [name, filter] of searches) withIndex.set(name, await time(database, filter));
  await database.query('DROP INDEX products_search_trgm_idx');
  for (const [name, filter] of searches) {
    const without = await time(database, filter);
    rows.push({
      backend,
      search: name,
      withIndex: withIndex.get(name)!.milliseconds,
      withoutIndex: without.milliseconds,
      total: withIndex.get(name)!.total,
    });
  }
}

function printTable(): void {
  const header = [
    'backend',
    'first 50 products with count',
    'trigram index (ms)',
    'plain ILIKE (ms)',
    'total',
  ];
  const body = rows.map((row) => [
    row.backend,
    row.search,
    row.withIndex.toFixed(1),
    row.withoutIndex.toFixed(1),
    row.total,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]!.length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  console.log(`\nCatalog page at ${rowCount.toLocaleString('en')} products (median of 5):`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const cells of body) console.log(line(cells));
}

if (!skipped.has('postgres')) {
  const name = `coopex_bench_catalog_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ backend: 'postgres', connectionString: url.toString() });
    try {
      await measure('PostgreSQL', database);
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  } catch (error) {
    console.log(`PostgreSQL skipped: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
  printTable();
}
if (!skipped.has('pglite')) {
  const database = await openDatabase({ backend: 'pglite' });
  await measure('PGlite', database);
  await database.close();
  printTable();
}
