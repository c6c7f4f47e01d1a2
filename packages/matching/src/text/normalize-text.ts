import { isDigitCode } from './character-classes';

// Characters that are only other spellings of a plain one: ё, spaces, dashes and the unicode minus, quotes.
const replacementByCode: ReadonlyMap<number, number> = new Map([
  [0x451, 0x435], // ё → е
  ...codesOf(
    '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\t\r\n',
    ' ',
  ),
  ...codesOf('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d', '-'),
  ...codesOf('«»„“”‟″〃', '"'),
  ...codesOf('‘’‚‛′`´', "'"),
  ...codesOf('⌀∅', 'ø'),
]);
const dimensionSeparatorCodes = new Set(codesOf('хx*×', 'x').map(([code]) => code));
// Tables by character code: a lookup per character is all the hot loop can afford.
const replacementTable = new Uint16Array(0x10000);
for (const [code, replacement] of replacementByCode) replacementTable[code] = replacement;
const isSpecialTable = new Uint8Array(0x10000);
for (const code of [...replacementByCode.keys(), ...dimensionSeparatorCodes, 0x2c]) isSpecialTable[code] = 1;
const spaceCode = 0x20;
const commaCode = 0x2c;
const dotCode = 0x2e;
const xCode = 0x78;

let buffer = new Uint16Array(256);

/**
 * Brings free product text to one spelling before tokenising: lower case, ё → е, one kind of space, quote and
 * dash, decimal comma → dot («4,5» → «4.5», but not «болт, 10»), and every dimension separator between numbers
 * («12 х 40», «7*0.75», «3×2.5») → «x». Punctuation is kept; the tokenizer decides what separates tokens.
 * One pass over character codes: it runs for every name indexed.
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (!needsRewriting(lower)) return lower;
  if (buffer.length < lower.length) buffer = new Uint16Array(lower.length * 2);
  let length = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    const previous = length > 0 ? (buffer[length - 1] ?? 0) : 0;
    if (code === commaCode && isDigitCode(previous) && isDigitCode(lower.charCodeAt(index + 1))) {
      buffer[length++] = dotCode;
      continue;
    }
    // x, х, *, × (spelled out: a set lookup per character costs more here).
    if (code === xCode || code === 0x445 || code === 0x2a || code === 0xd7) {
      let before = length;
      while (before > 0 && buffer[before - 1] === spaceCode) before -= 1;
      let after = index + 1;
      while (after < lower.length && isSpaceCode(lower.charCodeAt(after))) after += 1;
      if (before > 0 && isDigitCode(buffer[before - 1] ?? 0) && isDigitCode(lower.charCodeAt(after))) {
        length = before;
        buffer[length++] = xCode;
        index = after - 1;
        continue;
      }
    }
    buffer[length++] = replacementTable[code] || code;
  }
  let result = '';
  // In slices: String.fromCharCode takes its characters as arguments, and a long description could be too many.
  for (let start = 0; start < length; start += 8192) {
    result += String.fromCharCode.apply(
      null,
      buffer.subarray(start, Math.min(start + 8192, length)) as unknown as number[],
    );
  }
  return result;
}

function needsRewriting(lower: string): boolean {
  for (let index = 0; index < lower.length; index += 1) {
    if (isSpecialTable[lower.charCodeAt(index)]) return true;
  }
  return false;
}

function isSpaceCode(code: number): boolean {
  return code === spaceCode || replacementTable[code] === spaceCode;
}

function codesOf(characters: string, replacement: string): Array<[number, number]> {
  return [...characters].map((character) => [character.charCodeAt(0), replacement.charCodeAt(0)]);
}
