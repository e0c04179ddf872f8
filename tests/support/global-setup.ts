import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '@tradebridge/core';
import { startEmbeddedServices, type EmbeddedServices } from '@tradebridge/runtime';
import { newTestDataDir, publishTestServices } from './test-services.js';

declare global {
  var __TRADEBRIDGE_SERVICES__: EmbeddedServices | undefined;
}

const TEMPLATE = 'tradebridge_template';

/**
 * Starts one real PostgreSQL and one real Meilisearch for the whole run and prepares a template
 * database with every migration applied; each test file clones it (CREATE DATABASE ... TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  // The e2e and browser projects share one set of services per run.
  if (globalThis.__TRADEBRIDGE_SERVICES__) return;
  const dataDir = newTestDataDir();
  const services = await startEmbeddedServices({ dataDir, database: TEMPLATE });
  globalThis.__TRADEBRIDGE_SERVICES__ = services;
  await runMigrations({ databaseUrl: services.env.DATABASE_URL, databasePoolSize: 2 });
  publishTestServices({
    dataDir,
    postgresAdminUrl: services.postgres.adminUrl,
    postgresPort: services.postgres.port,
    postgresPassword: readFileSync(join(dataDir, 'secrets', 'postgres-password'), 'utf8').trim(),
    templateDatabase: TEMPLATE,
    meiliUrl: services.meilisearch.url,
    meiliMasterKey: services.meilisearch.masterKey,
  });
}
