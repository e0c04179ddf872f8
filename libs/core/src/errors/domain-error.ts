/** The contract's error codes (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  /** Dotted argument path, e.g. "input.taxId". */
  path: string;
  message: string;
  /** The value refused, when the field is a list or the message alone would not say which. */
  value?: string;
  /** Known values close to the one refused (a region, a unit), best first, named in the caller's language. */
  suggestions?: Array<{ code: string; name: string }>;
}

/**
 * A refusal with a stable code; the GraphQL edge maps it to `extensions.code`.
 * Slices subclass it (`class OfferingNotFound extends NotFoundError`).
 * @example throw new ForbiddenError('Only members of the organization may edit it');
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends DomainError {
  constructor(readonly fields: FieldError[]) {
    super(ErrorCode.BAD_USER_INPUT, describeFields(fields), { fields });
  }

  /** One bad field. @example throw ValidationFailed.field('input.categoryCode', 'unknown category') */
  static field(path: string, message: string): ValidationFailed {
    return new ValidationFailed([{ path, message }]);
  }
}

function describeFields(fields: FieldError[]): string {
  return 'Invalid input: ' + fields.map((f) => `${f.path}: ${f.message}`).join('; ');
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required: sign in and send the access token') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id === undefined ? `${what} not found` : `${what} ${id} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(service: string, cause?: unknown) {
    super(ErrorCode.SERVICE_UNAVAILABLE, `${service} is unavailable right now; please retry shortly`);
    if (cause) this.cause = cause;
  }
}
