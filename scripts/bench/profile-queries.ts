/**
 * node --expose-gc --max-old-space-size=4096 --import tsx scripts/bench/profile-queries.ts [size]
 *
 * Builds the matcher over a generated catalog (a million products by default), then records a CPU profile of
 * 1,000 queries only (not the build) into /tmp/coopex-queries.cpuprofile, for Chrome DevTools or speedscope.
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';
const size = Number(process.argv[2] ?? 1000000);
const catalog = generateCatalog({
  size,
  queryCount: 1000,
  seed: 20_261_122,
  tnvedItems: loadTnvedItems(null),
});
let t = performance.now();
const matcher = new Matcher(createTextIndex({ expectedDocumentCount: catalog.items.length }));
for (const item of catalog.items) matcher.upsert(item);
console.log('build', ((performance.now() - t) / 1000).toFixed(1), 's');
for (const q of catalog.queries.slice(0, 200)) matcher.match(q.query, { limit: 10 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
t = performance.now();
const lat: number[] = [];
for (const q of catalog.queries) {
  const s = performance.now();
  matcher.match(q.query, { limit: 10 });
  lat.push(performance.now() - s);
}
const total = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/coopex-queries.cpuprofile', JSON.stringify(profile));
lat.sort((a, b) => a - b);
console.log('queries', total.toFixed(0), 'ms; p50', lat[500]?.toFixed(2), 'p99', lat[990]?.toFixed(2));
