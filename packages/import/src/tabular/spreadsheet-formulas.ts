/**
 * Text a spreadsheet would run as a formula (=…, @…, +cmd…, -cmd…, or a leading tab or carriage return) gets a
 * leading apostrophe, so opening an export in Excel runs nothing; numbers and ranges such as -40…+85 stay as they
 * are. The reader removes the apostrophe again, so exports still re-import unchanged.
 */
export function neutralizeFormula(text: string): string {
  return /^(?:[=@\t\r]|[+-][^\d.,\s])/.test(text) ? `'${text}` : text;
}

/** Undoes `neutralizeFormula` on a cell read back from CSV. */
export function restoreNeutralizedFormula(text: string): string {
  return /^'(?:[=@\t\r]|[+-][^\d.,\s])/.test(text) ? text.slice(1) : text;
}
