import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

const quiet = new AsyncLocalStorage<true>();

/**
 * Counts SQL statements sent through TypeORM, so tests can prove that list queries batch (no N+1).
 * @example const before = queryCounter.count; await gql(...); expect(queryCounter.count - before).toBeLessThan(8);
 */
export class QueryCounter {
  count = 0;

  /** Runs background work (the search relay) without counting its statements in the request being measured. */
  uncounted<T>(work: () => Promise<T>): Promise<T> {
    return quiet.run(true, work);
  }
}
export const queryCounter = new QueryCounter();

export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onSlow?: (query: string, ms: number) => void) {}
  logQuery(): void {
    if (!quiet.getStore()) queryCounter.count++;
  }
  logQueryError(): void {}
  logQuerySlow(time: number, query: string): void {
    this.onSlow?.(query, time);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
