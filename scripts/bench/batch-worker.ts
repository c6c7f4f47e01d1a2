import { parentPort, workerData } from 'node:worker_threads';
import { createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

/** One core of the coverage batch: builds the same catalog, then matches its share of the demand lines. */
const { size, queryCount, seed, classifierPath, workerIndex, workerCount } = workerData as {
  size: number;
  queryCount: number;
  seed: number;
  classifierPath: string | null;
  workerIndex: number;
  workerCount: number;
};
const catalog = generateCatalog({ size, queryCount, seed, tnvedItems: loadTnvedItems(classifierPath) });
const matcher = new Matcher(createTextIndex({ expectedDocumentCount: catalog.items.length }));
for (const item of catalog.items) matcher.upsert(item);
catalog.items.length = 0;
parentPort!.postMessage({ kind: 'ready' });
parentPort!.once('message', () => {
  const started = performance.now();
  let matched = 0;
  for (let index = workerIndex; index < catalog.queries.length; index += workerCount) {
    matcher.match(catalog.queries[index]!.query, { limit: 10 });
    matched += 1;
  }
  parentPort!.postMessage({ kind: 'done', matched, milliseconds: performance.now() - started });
});
