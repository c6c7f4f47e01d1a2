import { normalizePartNumber } from './normalize-part-number';
import { partNumberFamily } from './part-number-family';

export type PartNumberAgreement = 'exact' | 'prefix' | 'family';

const minimumComparableLength = 3;

/**
 * How two part numbers agree, or null. A prefix counts only where the longer one goes on across a letter/digit
 * boundary: LM358 is a prefix of LM358DR, but LM35 (a temperature sensor) is not a prefix of LM358 (an op-amp).
 */
export function comparePartNumbers(requested: string, offered: string): PartNumberAgreement | null {
  const a = normalizePartNumber(requested);
  const b = normalizePartNumber(offered);
  if (a.length < minimumComparableLength || b.length < minimumComparableLength) return null;
  if (a === b) return 'exact';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && isBoundary(shorter.at(-1)!, longer[shorter.length]!)) return 'prefix';
  const familyA = partNumberFamily(a);
  const familyB = partNumberFamily(b);
  if (familyA.length >= minimumComparableLength + 1 && familyA === familyB) return 'family';
  return null;
}

function isBoundary(last: string, next: string): boolean {
  return /\d/.test(last) !== /\d/.test(next);
}
