import { analyzeText } from '../text/analyze-text';

export interface ComparableItem {
  name: string;
  nameEn?: string | null | undefined;
  tnved?: string | null | undefined;
  okpd2?: string | null | undefined;
}

/** The stems of the words of each name the item has (Russian and English separately). */
export function wordSetsOf(item: ComparableItem): Array<Set<string>> {
  return [item.name, item.nameEn]
    .filter((name): name is string => Boolean(name))
    .map(
      (name) =>
        new Set(
          analyzeText(name)
            .filter((token) => token.kind === 'word')
            .map((token) => token.term),
        ),
    );
}

/** How alike two items are by their names: the best Jaccard overlap of word stems over the languages both have. */
export function nameSimilarity(a: Array<Set<string>>, b: Array<Set<string>>): number {
  let best = 0;
  for (const left of a) {
    for (const right of b) {
      if (left.size === 0 || right.size === 0) continue;
      let shared = 0;
      for (const word of left) if (right.has(word)) shared += 1;
      best = Math.max(best, shared / (left.size + right.size - shared));
    }
  }
  return best;
}

/** The TN VED heading (4 digits) or, failing that, the OKPD2 kind (XX.XX.XX) that says what kind of product it is. */
export function productKindOf(item: ComparableItem): string | null {
  if (item.tnved && item.tnved.length >= 4) return `tnved:${item.tnved.slice(0, 4)}`;
  if (item.okpd2) return `okpd2:${item.okpd2.split('.').slice(0, 3).join('.')}`;
  return null;
}

/**
 * Sizes and ratings written into a name: «32-разрядные», «6-ступенчатые», «14,4 В», «80 В» give (разрядн, 32),
 * (ступенчат, 6), (в, 14.4), (в, 80). Two items naming the same quantity with different numbers are different
 * products, however alike their words: an 8-bit and a 32-bit microcontroller are not one item.
 */
export function namedQuantities(text: string): Map<string, Set<number>> {
  const quantities = new Map<string, Set<number>>();
  const pattern = /(\d+(?:[.,]\d+)?)\s*-?\s*([\p{L}%°]+)/gu;
  for (const match of text.toLowerCase().replace(/ё/g, 'е').matchAll(pattern)) {
    const key = match[2]!.slice(0, 6);
    const value = Number(match[1]!.replace(',', '.'));
    const set = quantities.get(key) ?? new Set<number>();
    set.add(value);
    quantities.set(key, set);
  }
  return quantities;
}

export function haveConflictingQuantities(a: Map<string, Set<number>>, b: Map<string, Set<number>>): boolean {
  for (const [key, values] of a) {
    const other = b.get(key);
    if (other && ![...values].some((value) => other.has(value))) return true;
  }
  return false;
}
