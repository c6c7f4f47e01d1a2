import { systemActor } from '@coopex/domain';
/**
 * npm run bench:import [-- --rows 100000 --lines 5000]
 *
 * Writes a catalog CSV of N rows (Russian headers, parameters, real-looking codes) and imports it in one
 * transaction through the same use-case the CLI and API run, on embedded PGlite and on a PostgreSQL server
 * (BENCH_DATABASE_URL, TEST_DATABASE_URL, or 127.0.0.1:5432), then re-imports it (all updates). Prints rows/s and
 * the process's peak memory, which must stay flat as files grow.
 *
 * Then, on PGlite with that catalog and the server's matcher, a hot list of `--lines` open lines is matched, and a
 * 1,000-row change (half new products, half renamed) is imported: how long the import takes to answer, and how long
 * the stored matches take to follow in the background (0 lines skips this part).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '@coopex/db';
import {
  createOrganisation,
  importDemandList,
  importProducts,
  loadCatalogMatching,
  prepareDatabase,
} from '@coopex/use-cases';

const numberArgument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const rowCount = numberArgument('rows', 100_000);
const lineCount = numberArgument('lines', 5000);
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const folder = await mkdtemp(path.join(os.tmpdir(), 'coopex-bench-import-'));
async function writeFile(name: string, header: string, rows: Iterable<string>): Promise<string> {
  const target = path.join(folder, name);
  const stream = createWriteStream(target);
  stream.write(header);
  for (const row of rows) if (!stream.write(row)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'close');
  return target;
}
const nouns = [
  'Подшипник шариковый',
  'Микросхема',
  'Фильтр масляный',
  'Насос шестеренный',
  'Клапан обратный',
];
const codes = ['8482109008', '8542339000', '8421230000', '8413604000', '8481300000'];
const catalogHeader =
  'Код;Наименование;Обозначение;Код ТН ВЭД;Мощность в год;Ед. изм.;Срок изготовления (дней);Цена;Валюта;param:Диапазон рабочих температур[°C];param:Корпус\n';
const catalogRow = (externalId: string, name: string, partNumber: string, index: number) =>
  `${externalId};${name};${partNumber};${codes[index % 5]};${1000 + (index % 50_000)};шт;${10 + (index % 90)};${(index % 1000) / 10 + 1};BYN;-40..85;SOIC-8\n`;
const file = await writeFile(
  'catalog.csv',
  catalogHeader,
  (function* () {
    for (let index = 0; index < rowCount; index++)
      yield catalogRow(
        `B-${index}`,
        `${nouns[index % 5]} ${1000 + (index % 9000)}-${index}`,
        `X${index}`,
        index,
      );
  })(),
);

interface Row {
  backend: string;
  pass: string;
  seconds: number;
  rowsPerSecond: number;
  peakMegabytes: number;
}
const rows: Row[] = [];
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

async function measure(backend: string, database: Database): Promise<string> {
  await prepareDatabase({ database });
  const organisation = await createOrganisation({
    actor: systemActor,
    database,
    input: {
      kind: 'enterprise',
      nameRu: 'ОАО «Стенд»',
      nameEn: null,
      country: 'BY',
      taxId: '100582333',
      ogrn: null,
      industries: [],
    },
  });
  for (const pass of ['insert', 're-import (updates)']) {
    peak = process.memoryUsage().rss;
    const started = performance.now();
    const report = await importProducts({
      actor: systemActor,
      database,
      source: file,
      organisationId: organisation.id,
    });
    const seconds = (performance.now() - started) / 1000;
    if (report.status !== 'imported')
      throw new Error(`import ${report.status}: ${JSON.stringify(report.problems.slice(0, 3))}`);
    rows.push({
      backend,
      pass,
      seconds,
      rowsPerSecond: rowCount / seconds,
      peakMegabytes: peak / 1024 / 1024,
    });
  }
  return organisation.id;
}

interface FollowFigures {
  firstMatchSeconds: number;
  answerSeconds: number;
  followSeconds: number;
  linesMatchedAgain: number;
}

/**
 * The server's part after a catalog change: its matcher holds the catalog, `lineCount` open lines have stored
 * matches, then 1,000 rows change. The import answers once its rows are written; the refresh follows.
 */
async function measureStoredMatches(database: Database, supplierId: string): Promise<FollowFigures> {
  const buyer = await createOrganisation({
    actor: systemActor,
    database,
    input: {
      kind: 'enterprise',
      nameRu: 'АО «Покупатель»',
      nameEn: null,
      country: 'RU',
      taxId: '7707083893',
      ogrn: null,
      industries: [],
    },
  });
  const matching = await loadCatalogMatching({ database });
  await matching.requestCatchUp();
  await matching.refreshes.settled();
  // Lines asking for what the catalog holds, by name and by part number.
  const hotList = await writeFile(
    'hot-list.csv',
    'external_id;name;part_number;tnved;quantity_per_year;quantity_unit\n',
    (function* () {
      for (let index = 0; index < lineCount; index++) {
        const product = (index * 7919) % rowCount;
        yield `L-${index};${nouns[product % 5]} ${1000 + (product % 9000)};${index % 2 === 0 ? `X${product}` : ''};${codes[product % 5]};500;шт\n`;
      }
    })(),
  );
  let started = performance.now();
  await importDemandList({
    actor: systemActor,
    database,
    source: hotList,
    organisationId: buyer.id,
    title: 'Стенд',
    matching,
  });
  await matching.refreshes.settled();
  const firstMatchSeconds = (performance.now() - started) / 1000;
  const change = await writeFile(
    'change.csv',
    catalogHeader,
    (function* () {
      for (let index = 0; index < 1000; index++) {
        const product = (index * 104_729) % rowCount;
        yield index % 2 === 0
          ? catalogRow(
              `N-${index}`,
              `${nouns[product % 5]} ${1000 + (product % 9000)} исп. ${index}`,
              `N${index}`,
              product,
            )
          : catalogRow(
              `B-${product}`,
              `${nouns[(product + 1) % 5]} ${1000 + (product % 9000)}-${product}`,
              `X${product}`,
              product,
            );
      }
    })(),
  );
  started = performance.now();
  const report = await importProducts({
    actor: systemActor,
    database,
    source: change,
    organisationId: supplierId,
    matching,
  });
  const answerSeconds = (performance.now() - started) / 1000;
  if (report.status !== 'imported') throw new Error(`change ${report.status}`);
  await matching.refreshes.settled();
  const followSeconds = (performance.now() - started) / 1000 - answerSeconds;
  const outcome = matching.refreshes.status().lastFinished;
  if (outcome?.error) throw new Error(`refresh failed: ${outcome.error.message}`);
  await matching.refreshes.stop();
  return { firstMatchSeconds, answerSeconds, followSeconds, linesMatchedAgain: outcome?.lineCount ?? 0 };
}

const pglite = await openDatabase({ backend: 'pglite' });
const supplierId = await measure('PGlite (embedded)', pglite);
const follow = lineCount > 0 ? await measureStoredMatches(pglite, supplierId) : null;
await pglite.close();

const name = `coopex_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const server = await openDatabase({ backend: 'postgres', connectionString: url.toString() });
  await measure('PostgreSQL server', server);
  await server.close();
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
} catch (error) {
  console.log(`PostgreSQL skipped: ${(error as Error).message}`);
} finally {
  await admin.end().catch(() => undefined);
}
clearInterval(sampler);
await rm(folder, { recursive: true, force: true });

console.log(
  `\nImport of a ${rowCount.toLocaleString('en')}-row catalog CSV (one transaction, validated row by row):`,
);
console.log('backend            | pass                | seconds | rows/s  | peak RSS MB');
console.log('-------------------|---------------------|---------|---------|------------');
for (const row of rows) {
  console.log(
    `${row.backend.padEnd(18)} | ${row.pass.padEnd(19)} | ${row.seconds.toFixed(1).padStart(7)} | ${Math.round(row.rowsPerSecond).toString().padStart(7)} | ${Math.round(row.peakMegabytes).toString().padStart(10)}`,
  );
}
if (follow) {
  console.log(
    `\nPGlite, the server's matcher over that catalog and ${lineCount.toLocaleString('en')} open lines with stored matches:`,
  );
  console.log('step                                                                   | seconds');
  console.log('-----------------------------------------------------------------------|--------');
  const step = (label: string, seconds: number) =>
    console.log(`${label.padEnd(70)} | ${seconds.toFixed(1).padStart(7)}`);
  step('hot list imported and its lines matched (background, waited for)', follow.firstMatchSeconds);
  step('1,000-row catalog change: the import answers', follow.answerSeconds);
  step(
    `  stored matches follow in the background (${follow.linesMatchedAgain.toLocaleString('en')} lines matched again)`,
    follow.followSeconds,
  );
}
