import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The contract's error codes, plus NETWORK when the API could not be reached at all. */
export type ProblemCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/** What went wrong, read once from an Apollo error: pages never parse messages. */
export interface Problem {
  code: ProblemCode;
  /** BAD_USER_INPUT: the API's paths ("input.taxId") with its (English) messages. */
  fields: Array<{ path: string; message: string }>;
  /** RATE_LIMITED: seconds until a retry may succeed. */
  retryAfterSeconds?: number;
  /** INTERNAL_SERVER_ERROR: the request id to quote to support. */
  requestId?: string;
  /** Why a FORBIDDEN was refused, when the API says (e.g. EMAIL_NOT_VERIFIED, ACCOUNT_DEACTIVATED). */
  reason?: string;
  /** The API's message, for logs only (users read the localized text). */
  message: string;
}

interface RawError {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

/** The first error of a GraphQL response (also from a non-2xx body), or null. */
function graphqlErrorOf(error: unknown): RawError | null {
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0] as RawError | undefined) ?? null;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawError[] };
      return body.errors?.[0] ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The Problem one GraphQL-shaped error (of an operation, or the body of POST /imports) stands for. */
export function problemOfGraphqlError(error: { message?: string | null; extensions?: Record<string, unknown> | null }): Problem {
  const code = String(error.extensions?.code ?? '');
  const fields = Array.isArray(error.extensions?.fields) ? (error.extensions.fields as Problem['fields']) : [];
  const retry = Number(error.extensions?.retryAfterSeconds);
  return {
    code: CODES.has(code) ? (code as ProblemCode) : 'INTERNAL_SERVER_ERROR',
    fields: fields.filter((f) => typeof f?.path === 'string'),
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : undefined,
    requestId: typeof error.extensions?.requestId === 'string' ? error.extensions.requestId : undefined,
    reason: typeof error.extensions?.reason === 'string' ? error.extensions.reason : undefined,
    message: error.message ?? '',
  };
}

/**
 * Turns anything an operation threw into a Problem.
 * @example const problem = problemOf(error); if (problem.code === 'RATE_LIMITED') wait(problem.retryAfterSeconds)
 */
export function problemOf(error: unknown): Problem {
  const raw = graphqlErrorOf(error);
  if (raw) return problemOfGraphqlError(raw);
  if (ServerError.is(error)) {
    const code: ProblemCode = error.statusCode === 429 ? 'RATE_LIMITED' : error.statusCode >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
    return { code, fields: [], message: error.message };
  }
  return { code: 'NETWORK', fields: [], message: error instanceof Error ? error.message : String(error) };
}

export function isUnauthenticated(error: unknown): boolean {
  return graphqlErrorOf(error)?.extensions?.code === 'UNAUTHENTICATED';
}

/**
 * The form field each API path names, with `input.` (the argument) taken off: "input.taxId" -> "taxId",
 * "input.budget.max" -> "budget.max". Paths no form field has are returned in `unmatched` (show a banner).
 */
export function fieldErrors(problem: Problem, formFields: readonly string[]): { byField: Record<string, string>; unmatched: Problem['fields'] } {
  const byField: Record<string, string> = {};
  const unmatched: Problem['fields'] = [];
  for (const field of problem.fields) {
    const path = field.path.replace(/^input\./, '');
    const match = formFields.find((name) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`));
    if (match) byField[match] ??= path;
    else unmatched.push(field);
  }
  return { byField, unmatched };
}
