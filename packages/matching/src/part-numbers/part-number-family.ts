import { normalizePartNumber } from './normalize-part-number';

/**
 * The family of a part: its designation without the suffixes that name a package, temperature grade, reel or
 * selection grade. Parts of one family are interchangeable in function; the suffix decides the mounting.
 *
 * - Western ICs: prefix letters, the number, then suffixes: LM358DR, LM358N → LM358; TL431AIDBZR → TL431;
 *   NE555P → NE555; 74HC00N → 74HC00; IRF540NPBF → IRF540; STM32F103C8T6 → STM32F103 (the letters and digits after
 *   the second number code flash size, package and temperature).
 * - Soviet and Russian designations: [package prefix К, КР, КФ, КМ, Н …] series digits, two function letters,
 *   number, grade letter: КР1006ВИ1 → 1006ВИ1; 140УД6А → 140УД6; 1564ЛА3 → 1564ЛА3.
 * - Bearings and similar: 6205-2RS, 6205-2RSH, 6205ZZ → 6205; 180205 stays itself (its own designation system).
 */
export function partNumberFamily(raw: string, normalized?: string): string {
  // A bearing-style number keeps its seal and clearance suffix after a dash: the digits before it are the family.
  const numericHead = /^\s*(\d{4,6})\s*-\s*(?:\d?[A-Za-z]{1,4}\d?)\s*$/.exec(raw);
  if (numericHead) return numericHead[1]!;
  // The caller may have normalised it already: preparing a million products' part numbers, that is not free.
  const part = normalized ?? normalizePartNumber(raw);
  const soviet = /^(?:K[PФMC]?|H|Б)?(\d{3,4}[A-ZА-Я]{2}\d{1,3})[A-ZА-Я]{0,2}\d?$/u.exec(part);
  if (soviet && /[А-Я]/u.test(soviet[1]!)) return soviet[1]!;
  const microcontroller = /^([A-Z]{2,5}\d{1,3}[A-Z]\d{2,4})[A-Z0-9]*$/.exec(part);
  if (microcontroller && /^[A-Z]{2,5}\d{1,3}[A-Z]\d{2,4}[A-Z]\d/.test(part)) return microcontroller[1]!;
  // Digit runs are taken whole: a family never ends in the middle of a number (BK-1200-166 is not BK-1200-16…).
  const western = /^([A-Z]{0,5}\d{2,}(?:[A-Z]{1,3}\d+)?)(?!\d)/.exec(part);
  if (western && western[1]!.length >= 3 && /\d/.test(western[1]!)) return western[1]!;
  return part;
}
