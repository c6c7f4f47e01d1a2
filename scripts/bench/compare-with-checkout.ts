/**
 * node --max-old-space-size=6000 --import tsx scripts/bench/compare-with-checkout.ts --base DIR [--size 1000000]
 *   [--queries 1000] [--rounds 5]
 *
 * Compares this checkout's matcher with another checkout's (DIR, e.g. a clone at an older commit) in one process:
 * both are built over the same generated catalog and queried in alternating slices of 50 queries, so that a shared
 * machine's changing speed falls on both alike (timings of separate runs here have varied by a third within minutes).
 * Prints the time of text retrieval alone and of the whole matcher for each, and whether both found the same.
 */
import path from 'node:path';
import * as current from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

type MatchingPackage = typeof current;

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const baseDirectory = argument('base', '');
if (!baseDirectory) throw new Error('--base DIR: the other checkout to compare with is required');
const size = Number(argument('size', '1000000'));
const queryCount = Number(argument('queries', '1000'));
const rounds = Number(argument('rounds', '5'));
const sliceSize = 50;

const base = (await import(path.resolve(baseDirectory, 'packages/matching/src/index.ts'))) as MatchingPackage;
const catalog = generateCatalog({ size, queryCount, seed: 20_261_122, tnvedItems: loadTnvedItems(null) });
const builds = [
  { name: 'base', matching: base },
  { name: 'this checkout', matching: current },
].map(({ name, matching }) => {
  const textIndex = matching.createTextIndex({ expectedDocumentCount: size });
  const matcher = new matching.Matcher(textIndex);
  const started = performance.now();
  for (const item of catalog.items) matcher.upsert(item);
  return { name, textIndex, matcher, buildSeconds: (performance.now() - started) / 1000 };
});
const queries = catalog.queries.map((generated) => generated.query);
const textQueries = queries.map((query) => ({ text: query.name, partNumber: query.partNumber ?? undefined }));

function timeAlternating(run: (build: (typeof builds)[number], index: number) => void): number[][] {
  const latencies = builds.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let start = 0; start < queries.length; start += sliceSize) {
      builds.forEach((build, buildIndex) => {
        for (let index = start; index < Math.min(start + sliceSize, queries.length); index += 1) {
          const started = performance.now();
          run(build, index);
          latencies[buildIndex]?.push(performance.now() - started);
        }
      });
    }
  }
  return latencies;
}

for (const build of builds) {
  for (const query of queries.slice(0, 200)) build.matcher.match(query, { limit: 10 });
}
const retrieval = timeAlternating((build, index) =>
  build.textIndex.searchIds(textQueries[index] ?? { text: '' }, 30),
);
const matching = timeAlternating((build, index) =>
  build.matcher.match(queries[index] ?? { name: '' }, { limit: 10 }),
);
const [baseBuild, currentBuild] = builds;
const isSameText = textQueries.every(
  (query) =>
    baseBuild?.textIndex.searchIds(query, 30).join() === currentBuild?.textIndex.searchIds(query, 30).join(),
);
const isSameMatches = queries.every(
  (query) =>
    JSON.stringify(baseBuild?.matcher.match(query, { limit: 10, today: '2026-01-15' })) ===
    JSON.stringify(currentBuild?.matcher.match(query, { limit: 10, today: '2026-01-15' })),
);

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const percentile = (values: number[], share: number) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length * share)] ?? 0;
console.log(
  `${size.toLocaleString('en')} products, ${queries.length} queries × ${rounds} rounds, alternating`,
);
builds.forEach((build, index) => {
  const text = retrieval[index] ?? [];
  const whole = matching[index] ?? [];
  console.log(
    `${build.name.padEnd(14)} build ${build.buildSeconds.toFixed(1)} s | text retrieval ${(sum(text) / 1000).toFixed(1)} s | ` +
      `matcher ${(sum(whole) / 1000).toFixed(1)} s, p50 ${percentile(whole, 0.5).toFixed(2)} ms, ` +
      `p99 ${percentile(whole, 0.99).toFixed(2)} ms, ${Math.round(whole.length / (sum(whole) / 1000))} queries/s`,
  );
});
console.log(`same text ids: ${isSameText}; same matches: ${isSameMatches}`);
