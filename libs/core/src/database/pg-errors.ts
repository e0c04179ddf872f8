// What a PostgreSQL error says, read in one place: pg's errors carry the SQLSTATE in `code`, TypeORM's
// QueryFailedError carries pg's error in `driverError`, and a lost connection carries Node's code
// (ECONNREFUSED, ...) in the same field.

export const SQLSTATE = {
  UNIQUE_VIOLATION: '23505',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
} as const;

interface PgLikeError {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

/**
 * The SQLSTATE (or network error code) of an error from pg or TypeORM; undefined for anything else.
 * @example if (sqlStateOf(error) === SQLSTATE.UNIQUE_VIOLATION) ...
 */
export function sqlStateOf(error: unknown): string | undefined {
  const e = error as PgLikeError | null | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The unique constraint or index a unique violation broke ('' when PostgreSQL names none), or null when
 * the error is not a unique violation.
 * @example if (uniqueViolationOf(error) === 'users_email_key') throw new EmailAlreadyRegistered();
 */
export function uniqueViolationOf(error: unknown): string | null {
  if (sqlStateOf(error) !== SQLSTATE.UNIQUE_VIOLATION) return null;
  const e = error as PgLikeError;
  const constraint = e.driverError?.constraint ?? e.constraint;
  return typeof constraint === 'string' ? constraint : '';
}

/** A serialization failure or deadlock: the transaction may succeed when run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = sqlStateOf(error);
  return code === SQLSTATE.SERIALIZATION_FAILURE || code === SQLSTATE.DEADLOCK_DETECTED;
}
