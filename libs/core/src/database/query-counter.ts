import type { Logger as TypeOrmLogger } from 'typeorm';
import { currentRequestScope, runInRequestScope } from '../context/request-scope.js';

/**
 * Counts the SQL statements that HTTP requests send through TypeORM: each request's own (logged with
 * its GraphQL operation, so an N+1 shows in production logs) and their running total, which tests
 * compare around one request to prove that list queries batch. Background work (the search relay,
 * match alerts) runs outside any request and is not counted.
 * @example const before = queryCounter.count; await gql(...); expect(queryCounter.count - before).toBeLessThan(8);
 */
export class QueryCounter {
  /** Statements of all requests so far. */
  count = 0;

  /** Runs work as if it were a request of its own (createApp puts every HTTP request in a request scope). */
  request<T>(work: () => T, requestId = 'internal'): T {
    return runInRequestScope(requestId, work);
  }

  /** Statements of the current request so far; undefined outside a request. */
  get current(): number | undefined {
    return currentRequestScope()?.statements;
  }
}
export const queryCounter = new QueryCounter();

export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onSlow?: (query: string, ms: number) => void) {}
  logQuery(): void {
    const scope = currentRequestScope();
    if (!scope) return;
    scope.statements++;
    queryCounter.count++;
  }
  logQueryError(): void {}
  logQuerySlow(time: number, query: string): void {
    this.onSlow?.(query, time);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(_level?: 'log' | 'info' | 'warn', _message?: unknown): void {}
}
