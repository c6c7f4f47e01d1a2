import type { CatalogItem } from './catalog-item';
import type { Matcher } from './matcher';
import type { OpenLineIndex } from './open-line-index';

/**
 * Applies changed and removed products to the matcher and says which open lines they can alter: lines their text,
 * part number or code reach where a product, before or after its change, is or would be among the candidates (see
 * Matcher.couldEnterCandidates); lines whose TN VED code's bucket crossed the size `match` lists, whoever crossed
 * it; and lines not matched since they were indexed. The other lines' stored matches stand as they are. Each line
 * is weighed against all its products in turn, so that its query is prepared once; no product is added or removed
 * while one side is weighed.
 */
export function applyCatalogChanges(options: {
  matcher: Matcher;
  openLines: OpenLineIndex;
  items?: readonly CatalogItem[];
  removedKeys?: readonly string[];
}): { alterable: Set<string>; examined: Set<string> } {
  const { matcher, openLines, items = [], removedKeys = [] } = options;
  const alterable = new Set<string>();
  const examined = new Set<string>();
  const tnvedCodes = new Set<string>();
  // Before: a product leaving a line's candidates alters it too. Its old version reaches lines by its old text.
  const before = new Map<string, string[]>();
  const weighPrevious = (key: string, current: CatalogItem | null) => {
    const previous = matcher.catalogItemOf(key);
    if (!previous) return;
    if (previous.tnved) tnvedCodes.add(previous.tnved);
    const lineIds = new Set(openLines.linesFor(previous, matcher.analogues));
    if (current) for (const lineId of openLines.linesFor(current, matcher.analogues)) lineIds.add(lineId);
    for (const lineId of lineIds) appendTo(before, lineId, key);
  };
  for (const item of items) {
    weighPrevious(item.key, item);
    if (item.tnved) tnvedCodes.add(item.tnved);
  }
  for (const key of removedKeys) weighPrevious(key, null);
  weigh(before);

  const listingsBefore = new Map([...tnvedCodes].map((code) => [code, matcher.tnvedListingOf(code)]));
  for (const item of items) matcher.upsert(item);
  for (const key of removedKeys) matcher.remove(key);
  for (const [code, listing] of listingsBefore) {
    const now = matcher.tnvedListingOf(code);
    const lineIds = openLines.linesOfTnvedSubheading(code.slice(0, 6));
    for (const lineId of lineIds) {
      const isSameCode = openLines.queryOf(lineId)?.tnved === code;
      if (now.forSubheading !== listing.forSubheading || (isSameCode && now.forCode !== listing.forCode)) {
        alterable.add(lineId);
        examined.add(lineId);
      }
    }
  }

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
