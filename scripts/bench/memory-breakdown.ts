import { createTextIndex, Matcher } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';
const rss = () => {
  globalThis.gc?.();
  return Math.round(process.memoryUsage().rss / 1048576);
};
const catalog = generateCatalog({ size: 100000, queryCount: 10, seed: 1, tnvedItems: loadTnvedItems(null) });
const base = rss();
const index = createTextIndex();
catalog.items.forEach((item, i) =>
  index.add(i, {
    name: item.name,
    nameEn: item.nameEn ?? undefined,
    description: item.description ?? undefined,
    partNumber: item.partNumber ?? undefined,
  }),
);
console.log('text index alone MB', rss() - base, index.getStatistics());
const base2 = rss();
const noText = new Matcher({
  add() {},
  remove() {},
  search() {
    return [];
  },
});
for (const item of catalog.items) noText.upsert(item);
console.log('matcher without text index MB', rss() - base2);
