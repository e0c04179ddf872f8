import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ConflictError, ValidationFailed } from './domain-error.js';
import { formatGraphQLError } from './graphql-error-formatter.js';

const log = { error: jest.fn() };
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphQLError', () => {
  it('keeps a domain error code and its extensions', () => {
    const error = ValidationFailed.field('input.taxId', 'invalid check digit');
    const formatted = formatGraphQLError({ message: error.message }, wrap(error), log);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.taxId', message: 'invalid check digit' }] });
    expect(formatGraphQLError({ message: 'x' }, wrap(new ConflictError('taken')), log).extensions?.code).toBe('CONFLICT');
  });

  it('maps a PostgreSQL unique violation to CONFLICT', () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(formatGraphQLError({ message: pgError.message }, wrap(pgError), log).extensions?.code).toBe('CONFLICT');
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR, logs them, and leaks no stack', () => {
    const formatted = formatGraphQLError(
      { message: 'secret detail', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrap(new TypeError('secret detail')),
      log,
      'req-1',
    );
    expect(formatted.message).not.toContain('secret');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
    expect(log.error).toHaveBeenCalled();
  });

  it('reports parse and validation failures as BAD_USER_INPUT', () => {
    const formatted = formatGraphQLError(
      { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field'),
      log,
    );
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
