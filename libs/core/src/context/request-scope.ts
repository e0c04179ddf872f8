import { AsyncLocalStorage } from 'node:async_hooks';

/** What the rest of an HTTP request carries without being passed along: its id and its SQL statement count. */
export interface RequestScope {
  requestId: string;
  statements: number;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs the rest of an HTTP request in its scope, so whatever logs on its behalf — the GraphQL error
 * formatter, which Apollo gives no request context — can name it, and its SQL statements are counted.
 * Background work (the search relay, match alerts, mail) runs outside any request scope.
 * @example app.use((req, res, next) => runInRequestScope(req.id, next));
 */
export function runInRequestScope<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId, statements: 0 }, work);
}

/** The scope of the request being handled, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return scope.getStore();
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
