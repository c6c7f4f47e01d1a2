// Times building and querying the text index alone, for profiling with --cpu-prof.
import { createTextIndex } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

const size = Number(process.argv[2] ?? 100000);
// Repeating the queries makes them stand out in a CPU profile next to the build.
const queryRounds = Number(process.argv[3] ?? 1);
const catalog = generateCatalog({ size, queryCount: 1000, seed: 1, tnvedItems: loadTnvedItems(null) });
const documents = catalog.items.map((item) => ({
  name: item.name,
  nameEn: item.nameEn ?? undefined,
  description: item.description ?? undefined,
  partNumber: item.partNumber ?? undefined,
}));
globalThis.gc?.();
const heapBefore = process.memoryUsage();
let started = performance.now();
const index = createTextIndex();
documents.forEach((document, documentIndex) => index.add(documentIndex, document));
const buildMilliseconds = performance.now() - started;
globalThis.gc?.();
const heapAfter = process.memoryUsage();
console.log(
  `build ${buildMilliseconds.toFixed(0)} ms, ${Math.round((size / buildMilliseconds) * 1000)} /s;`,
  `rss +${Math.round((heapAfter.rss - heapBefore.rss) / 1048576)} MB,`,
  `heap +${Math.round((heapAfter.heapUsed - heapBefore.heapUsed) / 1048576)} MB,`,
  `external+buffers +${Math.round((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1048576)} MB`,
);
const times: number[] = [];
let checksum = 0;
for (const query of Array.from({ length: queryRounds }, () => catalog.queries).flat()) {
  started = performance.now();
  const hits = index.search({ text: query.query.name, partNumber: query.query.partNumber ?? undefined });
  times.push(performance.now() - started);
  checksum += hits.reduce((sum, hit) => sum + hit.id * hit.score, 0);
}
times.sort((left, right) => left - right);
console.log(
  `search p50 ${times[Math.floor(times.length * 0.5)]?.toFixed(2)} ms, p99 ${times[Math.floor(times.length * 0.99)]?.toFixed(2)} ms, checksum ${checksum.toFixed(6)}`,
);
