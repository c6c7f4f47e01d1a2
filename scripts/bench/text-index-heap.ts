// Writes a heap snapshot of a text index over a generated catalog, to see what its memory is made of.
import { writeHeapSnapshot } from 'node:v8';
import { createTextIndex } from '@coopex/matching';
import { generateCatalog, loadTnvedItems } from './generate-catalog';

const size = Number(process.argv[2] ?? 50000);
const catalog = generateCatalog({ size, queryCount: 10, seed: 1, tnvedItems: loadTnvedItems(null) });
const index = createTextIndex();
catalog.items.forEach((item, itemIndex) =>
  index.add(itemIndex, {
    name: item.name,
    nameEn: item.nameEn ?? undefined,
    description: item.description ?? undefined,
    partNumber: item.partNumber ?? undefined,
  }),
);
catalog.items.length = 0;
globalThis.gc?.();
console.log(writeHeapSnapshot('.tmp/text-index.heapsnapshot'), index.size);
