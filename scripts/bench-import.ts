import { systemActor } from '@coopex/domain';
/**
 * npm run bench:import [-- --rows 100000]
 *
 * Writes a catalog CSV of N rows (Russian headers, parameters, real-looking codes) and imports it in one
 * transaction through the same use-case the CLI and API run, on embedded PGlite and on a PostgreSQL server
 * (BENCH_DATABASE_URL, TEST_DATABASE_URL, or 127.0.0.1:5432), then re-imports it (all updates). Prints rows/s and
 * the process's peak memory, which must stay flat as files grow.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '@coopex/db';
import { createOrganisation, importProducts, prepareDatabase } from '@coopex/use-cases';

const rowsArgument = process.argv.indexOf('--rows');
const rowCount = rowsArgument >= 0 ? Number(process.argv[rowsArgument + 1]) : 100_000;
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const folder = await mkdtemp(path.join(os.tmpdir(), 'coopex-bench-import-'));
const file = path.join(folder, 'catalog.csv');
const output = createWriteStream(file);
output.write(
  'Код;Наименование;Обозначение;Код ТН ВЭД;Мощность в год;Ед. изм.;Срок изготовления (дней);Цена;Валюта;param:Диапазон рабочих температур[°C];param:Корпус\n',
);
const nouns = [
  'Подшипник шариковый',
  'Микросхема',
  'Фильтр масляный',
  'Насос шестеренный',
  'Клапан обратный',
];
const codes = ['8482109008', '8542339000', '8421230000', '8413604000', '8481300000'];
for (let index = 0; index < rowCount; index++) {
  const line = `B-${index};${nouns[index % 5]} ${1000 + (index % 9000)}-${index};X${index};${codes[index % 5]};${1000 + (index % 50_000)};шт;${10 + (index % 90)};${(index % 1000) / 10 + 1};BYN;-40..85;SOIC-8\n`;
  if (!output.write(line)) await once(output, 'drain');
}
output.end();
await once(output, 'close');

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

async function measure(backend: string, database: Database) {
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
}

const pglite = await openDatabase({ backend: 'pglite' });
await measure('PGlite (embedded)', pglite);
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
