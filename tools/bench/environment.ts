// The benchmark's own world: PostgreSQL and Meilisearch started embedded in a temporary DATA_DIR,
// migrated, with the taxonomy loaded, and a Nest application context (no HTTP) for bulk loading and
// draining the outbox. The relevance runner uses the same pieces.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CatalogModule, TaxonomyService } from '@tradebridge/catalog';
import {
  ConfigModule,
  createLogger,
  DatabaseModule,
  loadConfig,
  PinoNestLogger,
  runMigrations,
  type AppConfig,
} from '@tradebridge/core';
import { DemoModule } from '@tradebridge/demo';
import { IdentityModule } from '@tradebridge/identity';
import { MailCatcher, startEmbeddedServices, type EmbeddedServices } from '@tradebridge/runtime';
import { SearchModule } from '@tradebridge/search';

export const BENCH_JWT_SECRET = 'bench-only-secret-0123456789abcdef-0123456789abcdef';

/** What bulk loading and relay draining need: the database, search and the catalog, without HTTP or GraphQL. */
@Module({})
class BenchContextModule {
  static register(config: AppConfig, logger: ReturnType<typeof createLogger>): DynamicModule {
    return {
      module: BenchContextModule,
      imports: [ConfigModule.forRoot(config, logger), DatabaseModule, SearchModule.forRoot(), IdentityModule, CatalogModule, DemoModule],
    };
  }
}

export interface BenchEnvironment {
  dataDir: string;
  services: EmbeddedServices;
  /** DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX, JWT_SECRET, SMTP_URL. */
  env: Record<string, string>;
  config: AppConfig;
  /** A Nest context over the same services (relay not started); close it when done with it. */
  openContext(): Promise<INestApplicationContext>;
  stop(): Promise<void>;
}

/**
 * Starts embedded PostgreSQL + Meilisearch in a fresh temporary folder, migrates and loads the taxonomy.
 * @example const env = await startBenchEnvironment('tradebridge-bench-'); ... await env.stop();
 */
export async function startBenchEnvironment(prefix: string, keep = false): Promise<BenchEnvironment> {
  // Under /tmp: PostgreSQL runs as the `postgres` user when we are root, and must reach the folder.
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  let services: EmbeddedServices;
  // Production settings need an SMTP server: a catcher keeps the mails the runs send (match alerts, verification).
  const mail = new MailCatcher({ dir: join(dataDir, 'mail') });
  try {
    // BENCH_MEILI_ARGS: experiments with Meilisearch's flags ("--max-indexing-threads=2 ...").
    const meiliArgs = process.env.BENCH_MEILI_ARGS?.split(/\s+/).filter(Boolean);
    services = await startEmbeddedServices({ dataDir, meiliArgs });
    await mail.start();
  } catch (error) {
    await mail.stop().catch(() => undefined);
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const env = { ...services.env, SMTP_URL: mail.url, MEILI_INDEX_PREFIX: '', JWT_SECRET: BENCH_JWT_SECRET };
  const config = loadConfig({ ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', RELAY_ENABLED: 'false', DATABASE_POOL_SIZE: '10' });
  try {
    await runMigrations(config);
    const context = await openContext(config);
    try {
      await context.get(TaxonomyService).loadTaxonomy();
    } finally {
      await context.close();
    }
  } catch (error) {
    await mail.stop();
    await services.stop();
    throw error;
  }
  return {
    dataDir,
    services,
    env,
    config,
    openContext: () => openContext(config),
    stop: async () => {
      await mail.stop();
      await services.stop();
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openContext(config: AppConfig): Promise<INestApplicationContext> {
  const logger = createLogger(config.logLevel);
  return NestFactory.createApplicationContext(BenchContextModule.register(config, logger), { logger: new PinoNestLogger(logger) });
}
