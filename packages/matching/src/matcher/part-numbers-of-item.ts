import type { CatalogItem } from './catalog-item';

/** A product's own part number, and designations written into its name («Микросхема 140УД6А»). */
export function partNumbersOfItem(item: Pick<CatalogItem, 'name' | 'partNumber'>): string[] {
  const parts = item.partNumber ? [item.partNumber] : [];
  for (const token of item.name.split(/[\s,;()«»"]+/)) {
    if (token.length >= 4 && /\d/.test(token) && /\p{L}/u.test(token) && !/^\d+[xх×]\d+/u.test(token)) {
      if (!parts.includes(token)) parts.push(token);
    }
  }
  return parts;
}
