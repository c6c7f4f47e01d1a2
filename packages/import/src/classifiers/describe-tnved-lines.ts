import { normaliseName } from './normalise-name';

export interface TnvedLine {
  /** Ten digits for an item; anything else (empty, 4..9 digits) marks a grouping line such as «- - прочие:» */
  code: string;
  /** As printed: «- - - убойные», dashes separated by (non-breaking) spaces */
  name: string;
}

export interface DescribedTnvedLine {
  code: string;
  /** Number of leading dashes: how deep the line sits under its heading */
  depth: number;
  /** The line's own name without dashes and trailing colon */
  name: string | null;
  /** Heading name, open grouping lines and the own name joined with '; ' */
  fullName: string | null;
}

const leadingDashes = /^[\s\-\u2010-\u2015]*/u;
const dash = /[-\u2010-\u2015]/gu;
const itemCode = /^\d{10}$/;
const fullNameSeparator = '; ';

/**
 * Gives the dash-fragment lines of one TN VED heading their full, readable descriptions.
 *
 * A line at depth n belongs to the nearest preceding line of depth n-1 (and so on upwards), but only a grouping
 * line can be such a parent: a line with a ten-digit code is always terminal in TN VED. The 2022 JSON and the FTS
 * item table carry only ten-digit lines, so there a preceding item at depth n-1 is a sibling of the real (missing)
 * parent, not the parent — 0101210000 «- - чистопородные племенные животные» is followed by 0101291000
 * «- - - убойные», which sits under the absent «- - прочие:». Chaining items would describe slaughter horses as
 * pure-bred breeding animals, so items are never used as parents and the description falls back to the heading.
 */
export function describeTnvedLines(
  headingName: string | null,
  lines: readonly TnvedLine[],
): DescribedTnvedLine[] {
  const openGroups: { depth: number; name: string | null }[] = [];
  return lines.map((line) => {
    const prefix = leadingDashes.exec(line.name)?.[0] ?? '';
    const depth = prefix.match(dash)?.length ?? 0;
    const name = normaliseName(line.name.slice(prefix.length).replace(/[\s:]+$/u, ''));
    // A line closes every open group at its own depth or deeper.
    while ((openGroups.at(-1)?.depth ?? -1) >= depth) openGroups.pop();
    const fullName = joinNames([headingName, ...openGroups.map((group) => group.name), name]);
    if (!itemCode.test(line.code)) openGroups.push({ depth, name });
    return { code: line.code, depth, name, fullName };
  });
}

function joinNames(names: readonly (string | null)[]): string | null {
  const parts: string[] = [];
  for (const name of names) {
    const cleaned = normaliseName(name?.replace(/[\s:]+$/u, ''));
    // An undivided heading's only line often repeats the heading name; saying it twice reads as an error.
    if (cleaned !== null && cleaned.toLowerCase() !== parts.at(-1)?.toLowerCase()) parts.push(cleaned);
  }
  return parts.length > 0 ? parts.join(fullNameSeparator) : null;
}
