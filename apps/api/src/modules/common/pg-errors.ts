/** Postgres SQLSTATE 23505: a unique constraint refused the row (e.g. a number already in use). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { driverError?: { code?: string }; code?: string }).driverError?.code === '23505';
}

/** SQLSTATE 23503: a referenced row does not exist (for this tenant, given the composite keys). */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { driverError?: { code?: string } }).driverError?.code === '23503';
}
