import type { Logger } from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { createLogger } from '../logging/logger.js';
import { MIGRATIONS } from './migrations/index.js';
import { CountingLogger } from './query-counter.js';

/**
 * TypeORM options shared by the app, the CLI and the test harness. Schema changes only by migration.
 * `databaseStatementTimeoutMs` (DATABASE_STATEMENT_TIMEOUT_MS) becomes every pooled connection's
 * statement_timeout, so no request (a costly query, a lock wait) holds a connection for long.
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'> & Partial<Pick<AppConfig, 'databaseStatementTimeoutMs'>>,
): DataSourceOptions {
  const timeout = config.databaseStatementTimeoutMs ?? 0;
  return {
    type: 'postgres',
    url: config.databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    logging: ['query'],
    logger: new CountingLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: config.databasePoolSize,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      application_name: 'tradebridge',
      ...(timeout > 0 ? { statement_timeout: timeout } : {}),
    },
  };
}

const MIGRATION_LOCK = 7_604_300_000;

/** Hands what a migration logs (`queryRunner.connection.logger.log('warn', { ... })`) to pino. */
class MigrationLogger extends CountingLogger {
  constructor(private readonly logger: Logger) {
    super();
  }

  override log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const fields = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : { detail: message };
    const text = typeof fields.msg === 'string' ? fields.msg : 'migration';
    if (level === 'warn') this.logger.warn(fields, text);
    else this.logger.info(fields, text);
  }
}

/**
 * Applies pending migrations under an advisory lock, so several processes starting together are safe.
 * What a migration reports (rows it could not map, say) goes to `logger` (default: a logger at LOG_LEVEL).
 * @example await runMigrations(config, logger);
 */
export async function runMigrations(config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'>, logger?: Logger): Promise<string[]> {
  const log = logger ?? createLogger(process.env.LOG_LEVEL ?? 'info');
  const dataSource = new DataSource({ ...dataSourceOptions(config), entities: [], extra: { max: 2 }, logger: new MigrationLogger(log) });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
