import { normalizePartNumber } from './normalize-part-number';
import { partNumberFamily } from './part-number-family';

export type PartNumberAgreement = 'exact' | 'prefix' | 'family';

const minimumComparableLength = 3;

/**
 * How two part numbers agree, or null. A prefix counts only where the longer one goes on across a letter/digit
 * boundary: LM358 is a prefix of LM358DR, but LM35 (a temperature sensor) is not a prefix of LM358 (an op-amp).
 */
export function comparePartNumbers(requested: string, offered: string): PartNumberAgreement | null {
  return compareNormalizedPartNumbers(
    { normalized: normalizePartNumber(requested), family: partNumberFamily(requested) },
    { normalized: normalizePartNumber(offered), family: partNumberFamily(offered) },
  );
}

/** A part number prepared once for many comparisons. */
export interface PreparedPartNumber {
  normalized: string;
  family: string;
}

export function preparePartNumber(raw: string): PreparedPartNumber & { raw: string } {
  const normalized = normalizePartNumber(raw);
  return { raw, normalized, family: partNumberFamily(raw, normalized) };
}

/** The same comparison on prepared part numbers: what the matcher runs for every candidate. */
export function compareNormalizedPartNumbers(
  requested: PreparedPartNumber,
  offered: PreparedPartNumber,
): PartNumberAgreement | null {
  const a = requested.normalized;
  const b = offered.normalized;
  if (a.length < minimumComparableLength || b.length < minimumComparableLength) return null;
  if (a === b) return 'exact';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && isBoundary(shorter.at(-1)!, longer[shorter.length]!)) return 'prefix';
  if (requested.family.length >= minimumComparableLength + 1 && requested.family === offered.family)
    return 'family';
  return null;
}

function isBoundary(last: string, next: string): boolean {
  return /\d/.test(last) !== /\d/.test(next);
}
