/**
 * Collapses every run of white space (including the non-breaking spaces the customs files put between numbers and
 * units) into one plain space, so names compare and search the same; blank names become null.
 */
export function normaliseName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const cleaned = raw.replace(/\s+/gu, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
