import { Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

/** Builds a matcher over 100k generated products with a text index that does nothing: the matcher's own cost. */
const catalog = generateCatalog({ size: 100_000, queryCount: 10, seed: 1, tnvedItems: loadTnvedItems(null) });
const started = performance.now();
const matcher = new Matcher({ add() {}, remove() {}, search: () => [] });
for (const item of catalog.items) matcher.upsert(item);
console.log(
  'matcher without text index:',
  Math.round(performance.now() - started),
  'ms for',
  matcher.size,
  'products',
);
