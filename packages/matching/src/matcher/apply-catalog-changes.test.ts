import { describe, expect, it } from 'vitest';
import { createTextIndex } from '../text/text-index';
import { applyCatalogChanges } from './apply-catalog-changes';
import type { CatalogItem } from './catalog-item';
import { catalogItem } from './catalog-item.fixture';
import { Matcher } from './matcher';
import { OpenLineIndex } from './open-line-index';

function product(key: string, name: string): CatalogItem {
  return catalogItem({ key, name });
}

const today = '2027-01-01';

/** 60 gear pumps and a line asking for one: its 40 text candidates are full. */
function setUp() {
  const matcher = new Matcher(createTextIndex());
  for (let index = 0; index < 60; index += 1)
    matcher.upsert(product(`pump-${index}`, `Насос шестеренный масляный НШ${100 + index}`));
  const openLines = new OpenLineIndex(createTextIndex());
  const query = { name: 'Насос шестеренный масляный' };
  openLines.upsert('line', query);
  return { matcher, openLines, query };
}

describe('applyCatalogChanges', () => {
  it('adds the products and leaves a line alone that none of them can enter', () => {
    const { matcher, openLines, query } = setUp();
    openLines.setTextCutoff('line', matcher.matchWithTextCutoff(query, { limit: 20, today }).textCutoff);
    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product('vacuum', 'Насос вакуумный пластинчатый')],
    });
    expect(matcher.has('vacuum')).toBe(true);
    expect([...result.examined]).toEqual(['line']);
    expect([...result.alterable]).toEqual([]);
  });

  it('marks a line a new product outranks', () => {
    const { matcher, openLines, query } = setUp();
    openLines.setTextCutoff('line', matcher.matchWithTextCutoff(query, { limit: 20, today }).textCutoff);
    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product('exact', 'Насос шестеренный масляный')],
    });
    expect([...result.alterable]).toEqual(['line']);
  });

  it('marks a line a renamed product leaves, though its new name no longer reaches the line', () => {
    const { matcher, openLines, query } = setUp();
    const { candidates, textCutoff } = matcher.matchWithTextCutoff(query, { limit: 40, today });
    openLines.setTextCutoff('line', textCutoff);
    const member = candidates[0]!.key;
    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product(member, 'Реле промежуточное')],
    });
    expect([...result.alterable]).toEqual(['line']);
  });

  it('marks a line not matched since it was indexed', () => {
    const { matcher, openLines } = setUp();
    const result = applyCatalogChanges({
      matcher,
      openLines,
      items: [product('vacuum', 'Насос вакуумный пластинчатый')],
    });
    expect([...result.alterable]).toEqual(['line']);
  });
});
