/** PostgreSQL breaks a deadlock by failing one of its transactions with SQLSTATE 40P01; trying again succeeds. */
export function isDeadlock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '40P01';
}
