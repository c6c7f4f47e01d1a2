import { nameSimilarity, productKindOf, wordSetsOf, type ComparableItem } from './item-similarity';

export interface GapGroup<Item> {
  /** The TN VED heading or OKPD2 kind the items share. */
  productKind: string | null;
  items: Item[];
  /** Sum of the items' yearly values (in their currencies as given; convert before summing across currencies). */
  valuePerYear: number;
}

const sameGroupSimilarity = 0.15;

/**
 * Items nobody in the union makes, grouped into candidate joint projects: items of one kind of product whose names
 * are alike enough to be made on one line. Groups come largest value first.
 */
export function groupGaps<Item extends ComparableItem & { valuePerYear: number | null }>(
  items: readonly Item[],
): Array<GapGroup<Item>> {
  const groups: Array<GapGroup<Item> & { words: Array<Array<Set<string>>> }> = [];
  for (const item of items) {
    const kind = productKindOf(item);
    const words = wordSetsOf(item);
    const home = groups.find(
      (group) =>
        group.productKind === kind &&
        kind !== null &&
        group.words.some((memberWords) => nameSimilarity(memberWords, words) >= sameGroupSimilarity),
    );
    if (home) {
      home.items.push(item);
      home.words.push(words);
      home.valuePerYear += item.valuePerYear ?? 0;
    } else {
      groups.push({ productKind: kind, items: [item], words: [words], valuePerYear: item.valuePerYear ?? 0 });
    }
  }
  return groups
    .map(({ words: _words, ...group }) => group)
    .sort((a, b) => b.valuePerYear - a.valuePerYear || b.items.length - a.items.length);
}
