import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import { isRetryableTransactionError } from './pg-errors.js';

interface TransactionScope {
  manager: EntityManager;
  afterCommit: Array<() => void>;
}

const MAX_ATTEMPTS = 3;

/**
 * The one transaction helper. `run` opens a transaction, or joins the caller's when one is open,
 * so nested service calls commit together; serialization failures and deadlocks are retried.
 * Repositories must come from `repo()` so they use the current transaction.
 * @example return this.tx.run(async () => { await this.tx.repo(Offering).save(o); await this.outbox.enqueue(...); });
 */
@Injectable()
export class TransactionHost {
  private readonly storage = new AsyncLocalStorage<TransactionScope>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * Raw SQL in the current transaction, returning the rows also for UPDATE / DELETE … RETURNING (TypeORM
   * answers those as `[rows, count]`).
   * @example const ids = await this.tx.rows<{ id: string }>('DELETE FROM t WHERE done RETURNING id');
   */
  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const raw: unknown = await this.manager.query(sql, params);
    if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
    return raw as T[];
  }

  /** Runs `fn` once the outermost transaction has committed (never if it rolls back). */
  afterCommit(fn: () => void): void {
    const scope = this.storage.getStore();
    if (scope) scope.afterCommit.push(fn);
    else fn();
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.storage.getStore();
    if (current) return work(current.manager);
    for (let attempt = 1; ; attempt++) {
      const scope: TransactionScope = { manager: this.dataSource.manager, afterCommit: [] };
      try {
        const result = await this.dataSource.transaction((manager) => {
          scope.manager = manager;
          return this.storage.run(scope, () => work(manager));
        });
        for (const fn of scope.afterCommit) fn();
        return result;
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryableTransactionError(error)) throw error;
      }
    }
  }
}
