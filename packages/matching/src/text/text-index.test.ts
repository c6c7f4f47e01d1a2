import { describe, expect, it } from 'vitest';
import { createTextIndex, restoreTextIndex, type TextIndex } from './text-index';

const catalog: Array<[number, string]> = [
  [1, 'Анкер забивной латунный, диаметр внутренней резьбы М10, диаметр 12 мм, длина 40 мм'],
  [2, 'Анкер забивной латунный, диаметр внутренней резьбы М8, диаметр 10 мм, длина 30 мм'],
  [3, 'Подшипник шариковый радиальный 6204'],
  [4, 'Гайки стальные оцинкованные шестигранные, диаметр резьбы М10'],
  [5, 'Болты стальные оцинкованные с шестигранной головкой, диаметр резьбы М10, длина 50 мм'],
  [6, 'Кабель силовой с медными жилами ВВГнг(A)-LS 3х2,5'],
  [7, 'Выключатель автоматический, трехполюсный, на ток 100 А'],
  [8, 'sony bravia kdl-40v4100 40 inch lcd tv'],
];

function indexOf(entries: Array<[number, string]> = catalog): TextIndex {
  const index = createTextIndex();
  for (const [id, name] of entries) index.add(id, { name });
  return index;
}

function idsFor(index: TextIndex, text: string, limit = 10): number[] {
  return index.search({ text }, { limit }).map((hit) => hit.id);
}

/** The first 10 of a pruned search, ids and scores, must be those of a search that ranks every match. */
function expectPrunedToMatchExhaustive(index: TextIndex, texts: string[]): void {
  for (const text of texts) {
    const pruned = index.search({ text }, { limit: 10, candidateLimit: 0 }).map((hit) => [hit.id, hit.score]);
    const exhaustive = index
      .search({ text }, { limit: 100_000, candidateLimit: 0 })
      .slice(0, 10)
      .map((hit) => [hit.id, hit.score]);
    expect(pruned).toEqual(exhaustive);
  }
}

/** A small deterministic generator, so that a generated corpus is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('createTextIndex', () => {
  it('ranks the product whose words and sizes agree first', () => {
    const index = indexOf();
    expect(idsFor(index, 'Анкер забивной М10 DRM 12x40 сталь')[0]).toBe(1);
    expect(idsFor(index, 'Анкер забивной М8')[0]).toBe(2);
    expect(idsFor(index, 'Гайка М10 оцинк.')[0]).toBe(4);
    expect(idsFor(index, 'Болт М10х50 оцинк')[0]).toBe(5);
  });

  it('does not let one query word repeated in every field outweigh a product with more of the query words', () => {
    const index = createTextIndex();
    index.add(1, { name: 'Реле промежуточное', description: 'реле, реле', partNumber: 'РЕЛЕ' });
    index.add(2, { name: 'Реле герметичное' });
    const hits = index.search({ text: 'реле герметичное' }, { candidateLimit: 0 });
    expect(hits.map((hit) => hit.id)).toEqual([2, 1]);
  });

  it('does not return a product found only through a field weighted 0', () => {
    const index = createTextIndex({ fieldWeights: { description: 0 } });
    index.add(1, { name: 'Болт', description: 'гайка в комплекте' });
    index.add(2, { name: 'Гайка шестигранная' });
    expect(index.search({ text: 'гайка' }, { candidateLimit: 0 }).map((hit) => hit.id)).toEqual([2]);
  });

  it('scores a word in the name above the same word only in the description', () => {
    const index = createTextIndex();
    index.add(1, { name: 'Муфта кабельная', description: 'термоусаживаемая' });
    index.add(2, { name: 'Муфта термоусаживаемая кабельная' });
    const hits = index.search({ text: 'термоусаживаемая' }, { candidateLimit: 0 });
    expect(hits.map((hit) => hit.id)).toEqual([2, 1]);
  });

  it('finds a word by its other grammatical form', () => {
    expect(idsFor(indexOf(), 'подшипники')).toEqual([3]);
  });

  it('finds a model number however it is hyphenated or whatever script its letters are in', () => {
    expect(idsFor(indexOf(), 'KDL40V4100')[0]).toBe(8);
    expect(idsFor(indexOf(), 'ВВГнг-LS 3*2,5')[0]).toBe(6);
  });

  it('completes words cut short with a dot', () => {
    expect(idsFor(indexOf(), 'Авт. выкл. 100А')[0]).toBe(7);
  });

  it('still finds documents when a query word is unknown (OR semantics)', () => {
    expect(idsFor(indexOf(), 'подшипник квазиблямба')).toEqual([3]);
  });

  it('finds nothing for words no document has', () => {
    expect(idsFor(indexOf(), 'квазиблямба')).toEqual([]);
    expect(idsFor(indexOf(), '')).toEqual([]);
  });

  it('does not return a removed document', () => {
    const index = indexOf();
    expect(index.remove(3)).toBe(true);
    expect(idsFor(index, 'подшипник')).toEqual([]);
    expect(index.has(3)).toBe(false);
    expect(index.size).toBe(catalog.length - 1);
  });

  it('says when there was nothing to remove', () => {
    expect(indexOf().remove(999)).toBe(false);
  });

  it('replaces a document added again under the same id', () => {
    const index = indexOf();
    index.add(3, { name: 'Редуктор червячный' });
    expect(idsFor(index, 'подшипник')).toEqual([]);
    expect(idsFor(index, 'редуктор')).toEqual([3]);
    expect(index.size).toBe(catalog.length);
  });

  it('orders documents with equal scores by id', () => {
    const index = createTextIndex();
    for (const id of [42, 7, 19, 3]) index.add(id, { name: 'Хомут червячный 16-25 мм' });
    expect(idsFor(index, 'хомут червячный')).toEqual([3, 7, 19, 42]);
    expect(idsFor(index, 'хомут', 2)).toEqual([3, 7]);
  });

  it('explains a hit with the query words as written', () => {
    const [hit] = createTextIndex().search({ text: 'x' });
    expect(hit).toBeUndefined();
    const index = indexOf();
    const [best] = index.search({ text: 'Подшипники 6204 закрытые' });
    expect(best?.matchedTerms).toEqual(['подшипники', '6204']);
    expect(best?.textScore).toBeGreaterThan(0);
    expect(best?.features.termCoverage).toBeGreaterThan(0);
  });

  it('searches the description and the part number too, the name counting most', () => {
    const index = createTextIndex();
    index.add(1, { name: 'Насос', description: 'центробежный консольный для воды' });
    index.add(2, { name: 'Насос центробежный' });
    index.add(3, { name: 'Клапан', partNumber: 'KP-1006-BИ1' });
    expect(idsFor(index, 'центробежный')).toEqual([2, 1]);
    expect(idsFor(index, 'КР1006ВИ1')[0]).toBe(3);
    expect(index.search({ text: 'клапан', partNumber: 'kp1006bи1' })[0]?.id).toBe(3);
  });

  it('finds English names by a nameEn given beside the Russian one', () => {
    const index = createTextIndex();
    index.add(1, { name: 'Подшипник', nameEn: 'ball bearing' });
    expect(idsFor(index, 'bearings')).toEqual([1]);
  });

  it('returns no more than the limit, and the first stage alone when asked', () => {
    const index = indexOf();
    expect(index.search({ text: 'анкер диаметр' }, { limit: 1 })).toHaveLength(1);
    const firstStage = index.search({ text: 'анкер М10' }, { candidateLimit: 0 });
    expect(firstStage[0]?.score).toBeCloseTo(firstStage[0]?.textScore ?? 0, 6);
  });

  it('returns the first stage in exact BM25 order, pruning or not', () => {
    const words = [
      'болт',
      'гайка',
      'шайба',
      'винт',
      'анкер',
      'стальной',
      'оцинкованный',
      'латунный',
      'м8',
      'м10',
    ];
    const index = createTextIndex();
    const random = seededRandom(1);
    for (let id = 0; id < 3000; id += 1) {
      const length = 2 + Math.floor(random() * 6);
      index.add(id, {
        name: Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' '),
      });
    }
    expectPrunedToMatchExhaustive(index, [
      'болт м10 оцинкованный',
      'анкер латунный',
      'шайба',
      'винт стальной м8 гайка',
    ]);
  });

  it('keeps the exact top results when the products of the rarest terms are scored first', () => {
    const words = [
      'реле',
      'герметичное',
      'промежуточное',
      'диод',
      'транзистор',
      'кабель',
      'медный',
      'стальной',
    ];
    const index = createTextIndex();
    const random = seededRandom(7);
    const pick = () => words[Math.floor(random() * words.length)];
    for (let id = 0; id < 6000; id += 1) {
      // A few series of model numbers; some numbers repeat, as in a catalog with several suppliers of one part.
      const partNumber = `${['КП', 'ВА', 'LM'][id % 3]}${1000 + Math.floor(random() * 400)}${'РТХ'[id % 3]}`;
      index.add(id, {
        name: `${pick()} ${pick()} ${id % 5 === 0 ? partNumber : ''}`,
        description: id % 4 === 0 ? `${pick()} ${pick()}` : undefined,
        partNumber,
      });
    }
    expectPrunedToMatchExhaustive(index, [
      'герметичное реле КП1203Р',
      'диод ВА1100Т',
      'реле LM1399Х медный',
      'кабель КП9999',
    ]);
  });

  it('keeps the exact top results across many retrieval windows, with removed products among them', () => {
    const words = ['болт', 'гайка', 'шайба', 'стальной', 'оцинкованный', 'м8', 'м10', 'м12', 'din', 'класс'];
    const index = createTextIndex();
    const random = seededRandom(11);
    const pick = () => words[Math.floor(random() * words.length)];
    // Over 20,000 products: the pass takes them a few thousand at a time, and the lists run across windows.
    for (let id = 0; id < 21_000; id += 1) {
      const partNumber = `ВА${1000 + Math.floor(random() * 3000)}`;
      index.add(id, {
        name: `${pick()} ${pick()} ${pick()}`,
        partNumber: id % 7 === 0 ? partNumber : undefined,
      });
    }
    for (let id = 0; id < 21_000; id += 13) index.remove(id);
    expectPrunedToMatchExhaustive(index, [
      'болт м10 оцинкованный',
      'гайка din класс м12',
      'шайба',
      'болт ВА1234 стальной',
    ]);
  });

  it('scores one document as the search scores it, with or without grams, and a removed one as 0', () => {
    for (const hasGramField of [false, true]) {
      const index = createTextIndex({ hasGramField });
      const random = seededRandom(11);
      const words = ['реле', 'герметичное', 'диод', 'кабель', 'медный', 'стальной', 'relay', 'copper'];
      const pick = () => words[Math.floor(random() * words.length)];
      for (let id = 0; id < 800; id += 1) {
        index.add(id, {
          name: `${pick()} ${pick()} КП${1000 + (id % 50)}`,
          description: id % 3 === 0 ? `${pick()} ${pick()} ${pick()}` : undefined,
          partNumber: `КП${1000 + (id % 50)}`,
        });
      }
      for (const text of ['герметичное реле КП1007', 'медный кабель', 'copper relay КП1049 стальной']) {
        const hits = index.search({ text }, { limit: 100_000, candidateLimit: 0 });
        expect(hits.length).toBeGreaterThan(10);
        for (const hit of hits) expect(index.scoreDocument({ text }, hit.id)).toBe(hit.textScore);
      }
      expect(index.scoreDocument({ text: 'транзистор' }, 1)).toBe(0);
      const scored = index.scoreDocument({ text: 'реле диод кабель медный стальной' }, 5);
      index.remove(5);
      expect(scored).toBeGreaterThan(0);
      expect(index.scoreDocument({ text: 'реле диод кабель медный стальной' }, 5)).toBe(0);
    }
  });

  it('lists the first stage ids in its order, without re-ranking', () => {
    const index = indexOf();
    for (const text of ['анкер М10 латунный', 'гайка болт оцинкованные', 'kdl-40v4100']) {
      const firstStage = index.search({ text }, { limit: 5, candidateLimit: 0 }).map((hit) => hit.id);
      expect(firstStage.length).toBeGreaterThan(0);
      expect(index.searchIds({ text }, 5)).toEqual(firstStage);
    }
    expect(index.searchIds({ text: 'транзистор' }, 5)).toEqual([]);
  });

  it('does not keep a prepared query past a change of the index', () => {
    const index = indexOf();
    const before = index.scoreDocument({ text: 'анкер латунный' }, 1);
    // More documents with the words lower their IDF: the same document scores less.
    for (let id = 100; id < 120; id += 1) index.add(id, { name: 'Анкер латунный' });
    expect(index.scoreDocument({ text: 'анкер латунный' }, 1)).toBeLessThan(before);
  });

  it('does not pull in a whole series by its letters when the model number itself is known', () => {
    const index = createTextIndex();
    index.add(1, { name: 'Реле КП1948Р', partNumber: 'КП1948Р' });
    index.add(2, { name: 'Диод КП2000', partNumber: 'КП2000' });
    expect(index.search({ text: 'КП1948Р' }).map((hit) => hit.id)).toEqual([1]);
    // An unknown model number: its series is the best there is.
    expect(index.search({ text: 'КП5555' }).map((hit) => hit.id)).toEqual([2, 1]);
  });

  it('gives the same results after compaction and after a snapshot is restored', () => {
    const index = indexOf();
    index.remove(2);
    index.add(4, { name: 'Гайки стальные шестигранные, диаметр резьбы М12' });
    const queries = ['Анкер забивной М10', 'Гайка М12', 'подшипник', 'kdl40v4100'];
    const before = queries.map((text) => index.search({ text }));
    const restored = restoreTextIndex(index.toSnapshot());
    index.compact();
    expect(index.getStatistics().removedDocumentCount).toBe(0);
    expect(queries.map((text) => index.search({ text }))).toEqual(before);
    expect(queries.map((text) => restored.search({ text }))).toEqual(before);
    expect(restored.size).toBe(index.size);
  });

  it('leaves the terms of removed documents out of a snapshot', () => {
    const index = indexOf();
    const termCount = index.getStatistics().termCount;
    index.remove(3);
    const snapshot = index.toSnapshot();
    expect(snapshot.terms).not.toContain('6204');
    expect(snapshot.terms.length).toBeLessThan(termCount);
    expect(restoreTextIndex(snapshot).search({ text: '6204' })).toEqual([]);
  });

  it('compacts by itself when many documents have been replaced, losing none', () => {
    const index = createTextIndex({ compactionRatio: 0.2 });
    for (let round = 0; round < 3; round += 1) {
      for (let id = 0; id < 2000; id += 1) index.add(id, { name: `Труба стальная ${id} мм круг ${round}` });
    }
    const statistics = index.getStatistics();
    expect(statistics.documentCount).toBe(2000);
    expect(statistics.removedDocumentCount).toBeLessThan(2000);
    expect(idsFor(index, 'труба 1234')[0]).toBe(1234);
  });

  it('scores a name 3-gram field when asked to, finding glued and misspelt words', () => {
    const index = createTextIndex({ hasGramField: true });
    index.add(1, { name: 'Выключатель одноклавишный' });
    index.add(2, { name: 'Розетка двойная' });
    expect(idsFor(index, 'выключатель 1-клавишный')[0]).toBe(1);
    expect(idsFor(index, 'пердохранительный розетко')[0]).toBe(2);
    index.remove(1);
    expect(idsFor(index, 'выключатель')).toEqual([]);
  });

  it('finds the same whatever number of documents it was told to expect', () => {
    const queries = ['Анкер забивной М10', 'гайка оцинкованная', 'kdl40v4100', 'кабель 3x2.5'];
    const expected = queries.map((query) => indexOf().search({ text: query }));
    for (const expectedDocumentCount of [0, 3, 1000]) {
      const index = createTextIndex({ expectedDocumentCount });
      for (const [id, name] of catalog) index.add(id, { name });
      index.remove(2);
      index.add(2, { name: catalog[1]![1] });
      const restored = restoreTextIndex(index.toSnapshot());
      for (const [position, query] of queries.entries()) {
        expect(index.search({ text: query }).map((hit) => hit.id)).toEqual(
          expected[position]!.map((hit) => hit.id),
        );
        expect(restored.search({ text: query })).toEqual(index.search({ text: query }));
      }
    }
  });

  it('accepts ids that are not small integers', () => {
    const index = createTextIndex();
    for (const id of [2 ** 40, 1.5, -5]) index.add(id, { name: 'Болт' });
    expect(idsFor(index, 'болт')).toEqual([-5, 1.5, 2 ** 40]);
    expect(index.remove(2 ** 40)).toBe(true);
    expect(idsFor(index, 'болт')).toEqual([-5, 1.5]);
  });
});
