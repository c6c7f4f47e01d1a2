/**
 * Character n-grams of a term with word-boundary marks («^болт$» → «^бо», «бол», «олт», «лт$»), so that spelling
 * variants and glued words still share most of their grams. Terms shorter than the gram give themselves, marked.
 */
export function buildCharacterNgrams(term: string, size = 3): string[] {
  const marked = `^${term}$`;
  if (marked.length <= size) return [marked];
  const grams = new Set<string>();
  for (let start = 0; start + size <= marked.length; start += 1) grams.add(marked.slice(start, start + size));
  return [...grams];
}
