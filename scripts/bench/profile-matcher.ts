import { createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';
const catalog = generateCatalog({ size: 20000, queryCount: 1000, seed: 1, tnvedItems: loadTnvedItems(null) });
let t = performance.now();
const index = createTextIndex();
catalog.items.forEach((item, i) =>
  index.add(i, {
    name: item.name,
    nameEn: item.nameEn ?? undefined,
    description: item.description ?? undefined,
    partNumber: item.partNumber ?? undefined,
  }),
);
console.log('text index only build', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const q of catalog.queries)
  index.search({ text: `${q.query.name} ${q.query.partNumber}` }, { limit: 200 });
console.log('text search limit 200 x1000', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const q of catalog.queries)
  index.search({ text: `${q.query.name} ${q.query.partNumber}` }, { limit: 10 });
console.log('text search limit 10 x1000', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
const matcher = new Matcher(createTextIndex());
for (const item of catalog.items) matcher.upsert(item);
console.log('matcher build', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const q of catalog.queries) matcher.match(q.query, { limit: 10 });
console.log('matcher match x1000', (performance.now() - t).toFixed(0), 'ms');
