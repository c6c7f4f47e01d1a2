import { describe, expect, it } from 'vitest';
import { createTextIndex, restoreTextIndex } from './text-index';

// A synthetic catalog shaped like real ones: a few hundred kinds of product, materials and brands, sizes and a
// unique article number each. The test checks results, not timings (CI machines vary).
const documentCount = 50_000;

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function buildCatalog(): string[] {
  const random = createRandom(2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const syllables = [
    'ка',
    'ро',
    'ли',
    'то',
    'на',
    've',
    'ст',
    'ан',
    'ер',
    'ол',
    'ми',
    'ду',
    'пр',
    'ск',
    'ин',
    'ат',
  ];
  const word = (length: number) => Array.from({ length }, () => pick(syllables)).join('');
  const kinds = Array.from({ length: 300 }, () => word(3));
  const materials = Array.from({ length: 800 }, () => `${word(3)}ный`);
  const brands = Array.from({ length: 2000 }, () => word(2).toUpperCase());
  return Array.from(
    { length: documentCount },
    (_, id) =>
      `${pick(kinds)} ${pick(materials)} ${pick(brands)} ${Math.floor(random() * 200)}x${Math.floor(random() * 500)} мм арт. A${id}Z`,
  );
}

describe('text index at scale', () => {
  const names = buildCatalog();
  const index = createTextIndex();
  names.forEach((name, id) => index.add(id, { name }));

  it('indexes every document', () => {
    expect(index.size).toBe(documentCount);
    expect(index.getStatistics().termCount).toBeGreaterThan(documentCount);
  });

  it('finds each sampled document first by its full name', () => {
    for (let id = 0; id < documentCount; id += 997) {
      const [best] = index.search({ text: names[id] ?? '' }, { limit: 5 });
      expect(best?.id).toBe(id);
    }
  });

  it('finds a document by its article number among noise words', () => {
    for (let id = 13; id < documentCount; id += 4999) {
      expect(index.search({ text: `нужен артикул a${id}z срочно` }, { limit: 3 })[0]?.id).toBe(id);
    }
  });

  it('keeps results right through removals, replacements and a snapshot', () => {
    const removed = [5, 500, 5000, 49_999];
    for (const id of removed) index.remove(id);
    index.add(777, { name: 'Совершенно новый редуктор планетарный арт. NEW777' });
    for (const id of removed)
      expect(index.search({ text: `a${id}z` }, { limit: 3 }).map((hit) => hit.id)).not.toContain(id);
    expect(index.search({ text: 'редуктор планетарный' })[0]?.id).toBe(777);
    // The replaced text is gone: its article number no longer matches (the shared number 777 still may).
    const hitFor777 = index.search({ text: 'a777z' }).find((hit) => hit.id === 777);
    expect(hitFor777?.matchedTerms ?? []).not.toContain('a777z');

    const restored = restoreTextIndex(index.toSnapshot());
    expect(restored.size).toBe(documentCount - removed.length);
    for (const text of [names[1234] ?? '', 'редуктор планетарный', 'a42z']) {
      expect(restored.search({ text })).toEqual(index.search({ text }));
    }
  });
});
