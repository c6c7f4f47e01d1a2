/** PostgreSQL reports a broken unique constraint as SQLSTATE 23505, on both back-ends. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
