/**
 * node --expose-gc --import tsx scripts/bench/check-matcher-build.ts [--size 100000] [--queries 500] [--out file]
 *
 * Times building the matcher over a generated catalog and, with --out, writes every query's full result (keys,
 * scores, explanations) to a file: two checkouts' files must be byte for byte the same when a change to the index
 * is meant to make it faster without changing what it finds.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const size = Number(argument('size', '100000'));
const queryCount = Number(argument('queries', '500'));
const output = argument('out', '');
// What CatalogMatching would pass when it loads the whole catalog at start.
const isSized = process.argv.includes('--expected');
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const classifierPath = path.resolve(repositoryRoot, '../shared/data/classifiers/tnved-2022.json');

const catalog = generateCatalog({
  size,
  queryCount,
  seed: 20_261_122,
  tnvedItems: loadTnvedItems(classifierPath),
});
globalThis.gc?.();
const started = performance.now();
// CPU time as well as wall time: other processes on a shared machine lengthen the second far more.
const cpuBefore = process.cpuUsage();
const matcher = new Matcher(createTextIndex(isSized ? { expectedDocumentCount: size } : {}));
for (const item of catalog.items) matcher.upsert(item);
const buildSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
globalThis.gc?.();
const usage = process.memoryUsage();
console.log(
  `build ${buildSeconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${Math.round(size / buildSeconds)} products/s, heap ${Math.round((usage.heapUsed + usage.arrayBuffers) / 1024 / 1024)} MB`,
);

if (output) {
  const today = '2026-01-15';
  const lines: string[] = [];
  for (const { query } of catalog.queries) {
    lines.push(JSON.stringify(matcher.match(query, { limit: 20, today })));
    // The text stage alone as well, with an English and a cut-down query, so that its order is compared too.
    lines.push(JSON.stringify(matcher.match({ name: query.name }, { limit: 20, today })));
  }
  // Replacing and removing products must leave the same index as well.
  for (const item of catalog.items.slice(0, Math.min(2000, size))) {
    matcher.upsert({ ...item, name: `${item.name} исп. 2` });
  }
  for (const item of catalog.items.slice(2000, Math.min(4000, size))) matcher.remove(item.key);
  for (const { query } of catalog.queries.slice(0, 100)) {
    lines.push(JSON.stringify(matcher.match(query, { limit: 20, today })));
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(output, text);
  console.log(
    `${lines.length} results, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
  );
}
