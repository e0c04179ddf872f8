import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs the rest of an HTTP request with its id in scope, so whatever logs on its behalf — the GraphQL
 * error formatter, which Apollo gives no request context — can name it.
 * @example app.use((req, res, next) => runInRequestScope(req.id, next));
 */
export function runInRequestScope<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
