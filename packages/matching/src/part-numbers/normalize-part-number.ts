import { mapLookAlikesToLatin } from '../text/look-alike-letters';

/**
 * The comparable form of a part number: upper case, Cyrillic look-alike letters as Latin (К/K, Р/P, А/A, С/C, Е/E,
 * О/O, Т/T, Х/X, М/M, Н/H, В/B), without spaces, dashes, dots, slashes and similar separators.
 * «КР1006ВИ1», «kp1006ви1» and «КР 1006 ВИ1» all become «KP1006BИ1».
 */
export function normalizePartNumber(raw: string): string {
  const lower = raw.toLowerCase().replace(/ё/g, 'е');
  return mapLookAlikesToLatin(lower)
    .replace(/[\s\-‐‑‒–—_./\\,:;#()'"«»×*]+/g, '')
    .toUpperCase();
}
