import {
  haveConflictingQuantities,
  nameSimilarity,
  namedQuantities,
  productKindOf,
  wordSetsOf,
  type ComparableItem,
} from './item-similarity';

export interface OverlapPair<Left, Right> {
  left: Left;
  right: Right;
  similarity: number;
}

/** Names this alike, of one kind of product, are the same product worded twice. */
const sameProductSimilarity = 0.34;
/** With the very same ten-digit code, a weaker likeness of names is enough. */
const sameCodeSimilarity = 0.15;

/**
 * Items that both countries plan to localise: the same kind of product (TN VED heading or OKPD2 kind) and alike
 * names. Items of one heading with unlike names are false friends (tapered roller bearings for trucks and ball
 * bearings for motors share 8482), listed apart and never counted as overlaps; so are alike names that state the
 * same quantity with different numbers (8-bit and 32-bit microcontrollers, 14.4 V and 80 V batteries).
 */
export function findOverlaps<Left extends ComparableItem, Right extends ComparableItem>(options: {
  left: readonly Left[];
  right: readonly Right[];
}): { overlaps: Array<OverlapPair<Left, Right>>; falseFriends: Array<OverlapPair<Left, Right>> } {
  const rightByKind = new Map<
    string,
    Array<{ item: Right; words: Array<Set<string>>; quantities: Map<string, Set<number>> }>
  >();
  for (const item of options.right) {
    const kind = productKindOf(item);
    if (kind === null) continue;
    const list = rightByKind.get(kind) ?? [];
    list.push({ item, words: wordSetsOf(item), quantities: namedQuantities(item.name) });
    rightByKind.set(kind, list);
  }
  const overlaps: Array<OverlapPair<Left, Right>> = [];
  const falseFriends: Array<OverlapPair<Left, Right>> = [];
  for (const left of options.left) {
    const kind = productKindOf(left);
    if (kind === null) continue;
    const words = wordSetsOf(left);
    const quantities = namedQuantities(left.name);
    for (const right of rightByKind.get(kind) ?? []) {
      const similarity = haveConflictingQuantities(quantities, right.quantities)
        ? 0
        : nameSimilarity(words, right.words);
      const threshold =
        left.tnved && right.item.tnved && left.tnved === right.item.tnved
          ? sameCodeSimilarity
          : sameProductSimilarity;
      const pair = { left, right: right.item, similarity: Math.round(similarity * 1000) / 1000 };
      (similarity >= threshold ? overlaps : falseFriends).push(pair);
    }
  }
  overlaps.sort((a, b) => b.similarity - a.similarity);
  return { overlaps, falseFriends };
}
