import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { fieldErrors, problemOf } from './errors';

const graphql = (errors: Array<Record<string, unknown>>) => new CombinedGraphQLErrors({ errors } as never);

describe('problemOf', () => {
  it('reads the code, the fields and the retry delay of a GraphQL error', () => {
    const problem = problemOf(
      graphql([{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.taxId', message: 'check digit' }] } }]),
    );
    expect(problem).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.taxId', message: 'check digit' }] });
    expect(problemOf(graphql([{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }])).retryAfterSeconds).toBe(42);
  });

  it('reads a GraphQL error from the body of a non-2xx response', () => {
    const response = new Response('', { status: 401 });
    const error = new ServerError('401', { response, bodyText: JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }) });
    expect(problemOf(error).code).toBe('UNAUTHENTICATED');
  });

  it('treats unknown codes as internal errors and anything else as a network failure', () => {
    expect(problemOf(graphql([{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }])).code).toBe('INTERNAL_SERVER_ERROR');
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const unavailable = new ServerError('502', { response: new Response('', { status: 502 }), bodyText: '<html>Bad gateway</html>' });
    expect(problemOf(unavailable).code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('fieldErrors', () => {
  it('maps API paths to form fields and keeps the rest for a banner', () => {
    const problem = problemOf(
      graphql([
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.taxId', message: 'a' },
              { path: 'input.budget.max', message: 'b' },
              { path: 'input.somethingElse', message: 'c' },
            ],
          },
        },
      ]),
    );
    const { byField, unmatched } = fieldErrors(problem, ['taxId', 'budget']);
    expect(byField).toEqual({ taxId: 'taxId', budget: 'budget.max' });
    expect(unmatched.map((f) => f.path)).toEqual(['input.somethingElse']);
  });
});
