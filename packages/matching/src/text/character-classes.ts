// Character tests by code, for the loops that run over every character of millions of names: regular
// expressions over Cyrillic text cost several times more.

/** Lower-case letters of the scripts product names are written in (Latin, Greek, Cyrillic, CJK, Hangul). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  if (code >= 0x400 && code <= 0x52f) return true;
  return (
    code === 0xb5 ||
    (code >= 0xdf && code <= 0x24f && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Characters that stay inside a chunk: letters, digits and the joiners «.», «-», «/». */
export function isChunkCode(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 0x2e || code === 0x2d || code === 0x2f;
}

/** The same letters as a regular-expression class body, for the rarer pattern work on single chunks. */
export const letterClass =
  'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af';
