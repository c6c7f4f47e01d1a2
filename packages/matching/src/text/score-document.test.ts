import { describe, expect, it } from 'vitest';
import { createTextIndex, restoreTextIndex, type TextIndex, type TextIndexOptions } from './text-index';

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const words = [
  'реле',
  'реле',
  'герметичное',
  'герметичного',
  'диод',
  'диоды',
  'кабель',
  'кабели',
  'медный',
  'медного',
  'стальной',
  'стальные',
  'relay',
  'copper',
  'выключатель',
  'выкл.',
  'М10',
  '12',
  'мм',
  'ba7746p',
  'ва',
  '40v4100',
];
const queries = [
  'герметичное реле КП1007',
  'медный кабель',
  'copper relay КП1049 стальной',
  'выкл. стальн',
  'ba7746p реле',
  'ва7746 диоды 12 мм',
  'кабели медного М10',
];

function build(options: TextIndexOptions, idOf: (n: number) => number, seed: number): TextIndex {
  const index = createTextIndex(options);
  const random = seededRandom(seed);
  const pick = () => words[Math.floor(random() * words.length)];
  for (let n = 0; n < 1500; n += 1) {
    index.add(idOf(n), {
      name: `${pick()} ${pick()} КП${1000 + (n % 50)}`,
      description: n % 3 === 0 ? `${pick()} ${pick()} ${pick()}` : undefined,
      partNumber: `КП${1000 + (n % 50)}`,
    });
  }
  // Replace and remove some (past 1000 removed: automatic compaction with a low ratio).
  for (let n = 0; n < 1500; n += 1) {
    if (n % 2 === 0) index.remove(idOf(n));
    else index.add(idOf(n), { name: `${pick()} ${pick()} ${pick()}`, partNumber: `КП${2000 + n}` });
  }
  return index;
}

function expectParity(index: TextIndex, label: string): number {
  let mismatches = 0;
  for (const text of queries) {
    const hits = index.search({ text }, { limit: 100_000, candidateLimit: 0 });
    for (const hit of hits) {
      const scored = index.scoreDocument({ text }, hit.id);
      if (scored !== hit.textScore) mismatches += 1;
    }
  }
  expect(mismatches, label).toBe(0);
  return mismatches;
}

describe('scoreDocument against search, configuration by configuration', () => {
  const configurations: Array<[string, TextIndexOptions]> = [
    ['default', { compactionRatio: 0.05 }],
    ['grams', { hasGramField: true, compactionRatio: 0.05 }],
    [
      'zero-weight description and name grams',
      { fieldWeights: { description: 0, nameGrams: 0 }, hasGramField: true },
    ],
    ['zero-weight name', { fieldWeights: { name: 0 } }],
    ['no variants, k1 0', { variantWeight: 0, bm25: { k1: 0 } }],
  ];
  const idMaps: Array<[string, (n: number) => number]> = [
    ['small ids', (n) => n],
    ['large and negative ids', (n) => (n % 2 === 0 ? 2 ** 40 + n : -1 - n)],
  ];
  for (const [name, options] of configurations) {
    for (const [idName, idOf] of idMaps) {
      it(`${name}, ${idName}: equal for every hit, also after a snapshot restore`, () => {
        const index = build(options, idOf, 3);
        // Compaction ran during the build (1500 documents went dead; fewer than 1000 are left dead).
        expect(index.getStatistics().removedDocumentCount).toBeLessThan(1000);
        expectParity(index, name);
        expectParity(restoreTextIndex(index.toSnapshot()), `${name} restored`);
      });
    }
  }

  it('does not keep prepared queries past a compaction, which renumbers terms and documents', () => {
    const index = build({}, (n) => n, 5);
    const text = 'герметичное реле КП1007';
    const hits = () => index.search({ text }, { limit: 100_000, candidateLimit: 0 });
    // Prime the cache, then compact without any add or remove in between.
    for (const hit of hits()) index.scoreDocument({ text }, hit.id);
    index.compact();
    let mismatches = 0;
    for (const hit of hits()) if (index.scoreDocument({ text }, hit.id) !== hit.textScore) mismatches += 1;
    expect(mismatches).toBe(0);
  });
});
