import type { CatalogItem } from './catalog-item';
import type { Matcher } from './matcher';
import type { OpenLineIndex } from './open-line-index';

/**
 * Adds changed products to the matcher and says which open lines they can alter: lines their text, part number
 * or code could serve where a product, before or after its change, is or would be among the candidates (see
 * Matcher.couldEnterCandidates), and lines not matched since they were indexed. The other lines' stored matches
 * stand as they are. Each line is weighed against all its products in turn, so that its query is prepared once;
 * no product is added while one side is weighed.
 */
export function applyCatalogChanges(options: {
  matcher: Matcher;
  openLines: OpenLineIndex;
  items: readonly CatalogItem[];
}): { alterable: Set<string>; examined: Set<string> } {
  const { matcher, openLines, items } = options;
  const alterable = new Set<string>();
  const examined = new Set<string>();
  // Before: a product leaving a line's candidates alters it too. Its old version reaches lines by its old text.
  const before = new Map<string, string[]>();
  for (const item of items) {
    const previous = matcher.catalogItemOf(item.key);
    if (!previous) continue;
    const lineIds = new Set([
      ...openLines.linesFor(previous, matcher.analogues),
      ...openLines.linesFor(item, matcher.analogues),
    ]);
    for (const lineId of lineIds) appendTo(before, lineId, item.key);
  }
  weigh(before);
  for (const item of items) matcher.upsert(item);
  const after = new Map<string, string[]>();
  for (const item of items) {
    for (const lineId of openLines.linesFor(item, matcher.analogues)) appendTo(after, lineId, item.key);
  }
  weigh(after);
  return { alterable, examined };

  function weigh(productsByLine: Map<string, string[]>): void {
    for (const [lineId, productKeys] of productsByLine) {
      examined.add(lineId);
      if (alterable.has(lineId)) continue;
      const query = openLines.queryOf(lineId);
      const textCutoff = openLines.textCutoffOf(lineId);
      // A line not matched since it was indexed has no cutoff to go by.
      if (
        !query ||
        textCutoff === undefined ||
        productKeys.some((key) => matcher.couldEnterCandidates(query, key, textCutoff))
      )
        alterable.add(lineId);
    }
  }
}

function appendTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
