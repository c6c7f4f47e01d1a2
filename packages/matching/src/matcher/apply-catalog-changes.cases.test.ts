import { describe, expect, it } from 'vitest';
import { createTextIndex } from '../text/text-index';
import { applyCatalogChanges } from './apply-catalog-changes';
import type { MatchQuery } from './catalog-item';
import { catalogItem as product } from './catalog-item.fixture';
import { Matcher } from './matcher';
import { OpenLineIndex } from './open-line-index';

const today = '2027-01-01';
const keysOf = (matcher: Matcher, query: MatchQuery, limit = 20) =>
  matcher.match(query, { limit, today }).map((candidate) => candidate.key);

function lineOf(matcher: Matcher, query: MatchQuery) {
  const openLines = new OpenLineIndex(createTextIndex());
  openLines.upsert('line', query);
  const { candidates, textCutoff } = matcher.matchWithTextCutoff(query, { limit: 20, today });
  openLines.setTextCutoff('line', textCutoff);
  return { openLines, stored: candidates.map((candidate) => candidate.key), textCutoff };
}

describe('applyCatalogChanges: lines whose candidates change', () => {
  it('marks a line when its last text candidate itself comes back into use', () => {
    const matcher = new Matcher(createTextIndex());
    for (let index = 0; index < 39; index += 1)
      matcher.upsert(
        product({ key: `p${String(index).padStart(2, '0')}`, name: 'Насос шестеренный масляный' }),
      );
    // id 39: the 40th text candidate, with a lead time no buyer accepts.
    matcher.upsert(product({ key: 'a-cutoff', name: 'Насос шестеренный масляный', leadTimeDays: 900 }));
    matcher.upsert(product({ key: 'p40', name: 'Насос шестеренный масляный' }));
    const query = { name: 'Насос шестеренный масляный', neededBy: '2027-02-01' };
    const { openLines, stored, textCutoff } = lineOf(matcher, query);
    expect(textCutoff?.id).toBe(39);
    expect(stored).not.toContain('a-cutoff');

    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product({ key: 'a-cutoff', name: 'Насос шестеренный масляный', leadTimeDays: 5 })],
    });
    expect([...result.examined]).toEqual(['line']);
    expect(keysOf(matcher, query)[0]).toBe('a-cutoff');
    expect([...result.alterable]).toEqual(['line']);
  });

  it('marks a line when an inactive product among equal names becomes active', () => {
    const matcher = new Matcher(createTextIndex());
    // Other products, as in any catalog: one more product with the words then hardly moves their statistics.
    for (let index = 0; index < 500; index += 1)
      matcher.upsert(product({ key: `bolt-${index}`, name: `Болт М${index}` }));
    for (let index = 0; index < 39; index += 1)
      matcher.upsert(
        product({ key: `p${String(index).padStart(2, '0')}`, name: 'Насос шестеренный масляный' }),
      );
    matcher.upsert(product({ key: 'a-cutoff', name: 'Насос шестеренный масляный', isActive: false }));
    matcher.upsert(product({ key: 'p40', name: 'Насос шестеренный масляный' }));
    const query = { name: 'Насос шестеренный масляный' };
    const { openLines, stored } = lineOf(matcher, query);
    expect(stored).not.toContain('a-cutoff');
    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product({ key: 'a-cutoff', name: 'Насос шестеренный масляный', isActive: true })],
    });
    expect(keysOf(matcher, query, 40)).toContain('a-cutoff');
    expect([...result.alterable]).toEqual(['line']);
  });

  it('gives an inactive product no text candidate place: the line stays as it was and is left alone', () => {
    const matcher = new Matcher(createTextIndex());
    for (let index = 0; index < 60; index += 1)
      matcher.upsert(product({ key: `pump-${index}`, name: `Насос шестеренный масляный НШ${100 + index}` }));
    const query = { name: 'Насос шестеренный масляный' };
    const { openLines } = lineOf(matcher, query);
    const before = matcher.match(query, { limit: 20, today }).map((c) => `${c.key}:${c.score}`);

    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product({ key: 'inactive-exact', name: 'Насос шестеренный масляный', isActive: false })],
    });
    const after = matcher.match(query, { limit: 20, today }).map((c) => `${c.key}:${c.score}`);
    expect(before.length).toBe(20);
    expect(after).toEqual(before);
    expect([...result.alterable]).toEqual([]);
  });

  it('marks a line whose TN VED code grows past the size match lists, and again when it shrinks back', () => {
    const matcher = new Matcher(createTextIndex());
    for (let index = 0; index < 300; index += 1)
      matcher.upsert(product({ key: `item-${index}`, name: `Изделие тип ${index}`, tnved: '8481101909' }));
    const query = { name: 'Клапан редукционный', tnved: '8481101909' };
    const { openLines, stored } = lineOf(matcher, query);
    expect(stored).toHaveLength(20);

    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product({ key: 'item-300', name: 'Изделие тип 300', tnved: '8481101909' })],
    });
    expect(keysOf(matcher, query)).toEqual([]);
    expect([...result.alterable]).toEqual(['line']);
    openLines.setTextCutoff('line', matcher.matchWithTextCutoff(query, { limit: 20, today }).textCutoff);
    const removal = applyCatalogChanges({ matcher, openLines, removedKeys: ['item-7'] });
    expect(keysOf(matcher, query)).toHaveLength(20);
    expect([...removal.alterable]).toEqual(['line']);
  });

  it('marks a line when a product among its text candidates but not stored is removed', () => {
    const matcher = new Matcher(createTextIndex());
    // 40 equal best texts, ids 0..39; all fail the lead time, so they score low.
    for (let index = 0; index < 40; index += 1)
      matcher.upsert(
        product({ key: `r${String(index).padStart(2, '0')}`, name: 'Реле промежуточное', leadTimeDays: 900 }),
      );
    matcher.upsert(
      product({
        key: 'x-41st',
        name: 'Реле промежуточное двухпозиционное малогабаритное',
        leadTimeDays: 900,
      }),
    );
    const query = { name: 'Реле промежуточное', neededBy: '2027-02-01' };
    const { openLines, stored, textCutoff } = lineOf(matcher, query);
    expect(textCutoff?.id).toBe(39);
    expect(stored).not.toContain('r30');

    // The 41st moves up into the text candidates: the line must be matched again (and get its new cutoff).
    const result = applyCatalogChanges({ matcher, openLines, removedKeys: ['r30'] });
    expect(matcher.has('r30')).toBe(false);
    expect([...result.alterable]).toEqual(['line']);
  });

  it('marks a line a product leaves by a change of its description', () => {
    const matcher = new Matcher(createTextIndex());
    for (let index = 0; index < 39; index += 1)
      matcher.upsert(
        product({
          key: `g${String(index).padStart(2, '0')}`,
          name: 'Прокладка резиновая',
          leadTimeDays: 900,
        }),
      );
    // In the text top 40 only by its description.
    const leaving = product({
      key: 'zz-leaving',
      name: 'Изделие специальное',
      description: 'прокладка прокладка резиновая резиновая',
      leadTimeDays: 900,
    });
    matcher.upsert(leaving);
    const filler = Array.from(
      { length: 30 },
      (_, index) => `слово${'абвгдежзиклмнопрстуфхцчшщэюяйё'[index]}`,
    );
    matcher.upsert(
      product({ key: 'y-41st', name: `Прокладка резиновая ${filler.join(' ')}`, leadTimeDays: 5 }),
    );
    const query = { name: 'Прокладка резиновая', neededBy: '2027-02-01' };
    const { openLines, stored } = lineOf(matcher, query);
    expect(keysOf(matcher, query, 100)).toContain('zz-leaving');
    expect(keysOf(matcher, query, 100)).not.toContain('y-41st');
    expect(stored).not.toContain('zz-leaving');

    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [{ ...leaving, description: 'болт' }],
    });
    expect(keysOf(matcher, query)[0]).toBe('y-41st');
    expect([...result.alterable]).toEqual(['line']);
  });
});
