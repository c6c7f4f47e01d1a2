const romanDigits: readonly (readonly [number, string])[] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * Gives the Roman numeral that TN VED and HS print for a section ('01' → 'I', '22' → 'XXII'). The customs
 * reference tables and the TN VED JSON number sections '01'..'22' while HS files and printed editions use Roman
 * numerals; one spelling everywhere lets sections from different files meet on the same code.
 * A value that already is a Roman numeral is kept (upper-cased). Returns undefined for anything else.
 */
export function toSectionCode(raw: string): string | undefined {
  const text = raw.trim().toUpperCase();
  if (/^[IVX]+$/.test(text)) return text;
  if (!/^\d{1,2}$/.test(text)) return undefined;
  let remaining = Number(text);
  if (remaining < 1 || remaining > 39) return undefined;
  let numeral = '';
  for (const [value, letters] of romanDigits) {
    while (remaining >= value) {
      numeral += letters;
      remaining -= value;
    }
  }
  return numeral;
}
