/**
 * Writes a number the way a user typed it: no locale grouping, a dot as decimal separator, and no
 * binary floating-point noise (0.1 + 0.2 is "0.3", not "0.30000000000000004").
 * Excel itself keeps 15 significant digits, so rounding there loses nothing the user could see.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Integers are exact up to 2^53; rounding them would turn long codes into ...000.
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}
