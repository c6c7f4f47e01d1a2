export type CsvDelimiter = ';' | ',' | '\t';

/** On a tie the semicolon wins: it is what Excel with Russian regional settings writes. */
const candidates: CsvDelimiter[] = [';', '\t', ','];

/**
 * Picks the delimiter that occurs most often in the header line, counting only outside quotes,
 * since quoted header names may themselves contain commas ("Цена, руб.").
 *
 * A header line without any candidate is a one-column table; then a tab is chosen because it is the
 * candidate least likely to occur inside the data and split a name like "Болт М8, оцинкованный".
 */
export function detectDelimiter({ text }: { text: string }): CsvDelimiter {
  const counts = new Map<string, number>(candidates.map((candidate) => [candidate, 0]));
  let inQuotes = false;
  let lineHasContent = false;
  for (const character of text) {
    if (character === '"') {
      // A doubled quote inside a quoted field toggles twice, which leaves the state unchanged.
      inQuotes = !inQuotes;
      lineHasContent = true;
      continue;
    }
    if (inQuotes) continue;
    if (character === '\n' || character === '\r') {
      // Leading blank lines are skipped, just as the reader skips them when it looks for the header.
      if (lineHasContent) break;
      continue;
    }
    const count = counts.get(character);
    if (count !== undefined) counts.set(character, count + 1);
    if (character.trim() !== '') lineHasContent = true;
  }
  let best: CsvDelimiter = '\t';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
