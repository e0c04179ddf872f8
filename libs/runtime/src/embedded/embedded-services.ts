import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from './embedded-meilisearch.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';

export interface EmbeddedServices {
  postgres: EmbeddedPostgresHandle;
  meilisearch: EmbeddedMeilisearchHandle;
  /** Environment to hand to loadConfig: DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** A secret generated on first use and kept in `dir` (mode 600), so restarts reuse it. */
export function persistentSecret(dir: string, name: string, bytes = 32): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(bytes).toString('hex'); // hex: never starts with "-", safe as a CLI argument
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export interface EmbeddedServicesOptions {
  dataDir: string;
  database?: string;
  postgresPort?: number;
  meiliPort?: number;
  /** More Meilisearch flags (see EmbeddedMeilisearchOptions.extraArgs). */
  meiliArgs?: string[];
}

/**
 * Starts PostgreSQL and Meilisearch under `dataDir` (ports: free ones unless given), creating the database.
 * @example const services = await startEmbeddedServices({ dataDir: '.data' });
 */
export async function startEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const { dataDir } = options;
  const database = options.database ?? 'tradebridge';
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root: it must reach its folder
  const secrets = join(dataDir, 'secrets');
  const [postgres, meilisearch] = await Promise.all([
    startEmbeddedPostgres({
      dir: join(dataDir, 'postgres'),
      password: persistentSecret(secrets, 'postgres-password'),
      port: options.postgresPort,
      logFile: join(dataDir, 'postgres.log'),
    }),
    startEmbeddedMeilisearch({
      dir: join(dataDir, 'meilisearch'),
      masterKey: persistentSecret(secrets, 'meili-master-key'),
      port: options.meiliPort,
      logFile: join(dataDir, 'meilisearch.log'),
      extraArgs: options.meiliArgs,
    }),
  ]);
  await ensureDatabase(postgres.adminUrl, database);
  return {
    postgres,
    meilisearch,
    env: { DATABASE_URL: postgres.urlFor(database), MEILI_URL: meilisearch.url, MEILI_MASTER_KEY: meilisearch.masterKey },
    stop: async () => {
      await Promise.allSettled([meilisearch.stop(), postgres.stop()]);
    },
  };
}

/** Creates `database` (optionally from a template) when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
