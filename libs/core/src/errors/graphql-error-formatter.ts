import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { sqlStateOf, SQLSTATE } from '../database/pg-errors.js';
import { DomainError, ErrorCode, type FieldError } from './domain-error.js';

export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

const PG_CONNECTION_ERRORS = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Apollo's own codes for requests that never reached a resolver; all are bad input to the client. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * The one place where errors become the contract's `extensions.code`.
 * Domain errors keep their code; a Postgres unique violation is CONFLICT; a lost database connection
 * is SERVICE_UNAVAILABLE; everything else is logged and answered as INTERNAL_SERVER_ERROR without details.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLogger,
  requestId?: string,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error) as { name?: string; thrownValue?: unknown } | undefined;
  // graphql-js wraps thrown non-Error values (pg throws plain objects such as { code: 'ECONNREFUSED' }).
  const original = unwrapped?.name === 'NonErrorThrown' && unwrapped.thrownValue ? unwrapped.thrownValue : unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
  }
  const sqlState = sqlStateOf(original);
  if (sqlState === SQLSTATE.UNIQUE_VIOLATION) {
    return { ...base, message: 'This already exists', extensions: { code: ErrorCode.CONFLICT } };
  }
  if ((sqlState && PG_CONNECTION_ERRORS.has(sqlState)) || (sqlState && NETWORK_ERRORS.has(sqlState)) || isPoolError(original)) {
    log.error({ err: original, requestId }, 'database unavailable');
    return { ...base, message: 'The database is unavailable right now; please retry shortly', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code)) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: inputFields(formatted) } };
  }
  if (typeof code === 'string' && code in ErrorCode && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { ...(formatted.extensions ?? {}), stacktrace: undefined } };
  }
  log.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: `Internal server error${requestId ? ` (request ${requestId})` : ''}`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}

function isPoolError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection/i.test(message);
}

/** Best-effort field path for variable coercion errors: `Variable "$input" got invalid value ... at "input.title"`. */
function inputFields(formatted: GraphQLFormattedError): FieldError[] {
  const fields = formatted.extensions?.fields;
  if (Array.isArray(fields)) return fields as FieldError[];
  const variable = /Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?;/.exec(formatted.message);
  if (variable) return [{ path: variable[2] ?? variable[1], message: formatted.message }];
  const argument = /Argument "([^"]+)"/.exec(formatted.message) ?? /Field "\w+\.(\w+)"/.exec(formatted.message);
  return argument ? [{ path: argument[1], message: formatted.message }] : [];
}
