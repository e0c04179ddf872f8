/** The name of the unique constraint or index a PostgreSQL error violated, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (code !== '23505') return null;
  return e?.driverError?.constraint ?? e?.constraint ?? '';
}
