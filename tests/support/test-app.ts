import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig, type AppConfig } from '@tradebridge/core';
import { MailRelay } from '@tradebridge/notifications';
import { ensureDatabase, MailCatcher } from '@tradebridge/runtime';
import pg from 'pg';
import { MeiliService, OutboxRelay } from '@tradebridge/search';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app.js';
import { testMail, type TestMail } from './mail.js';
import { newTestDataDir, testServices } from './test-services.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> };
  headers: Headers;
}

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  config: AppConfig;
  /** The app's own TypeORM connection (for asserting on rows). */
  dataSource: DataSource;
  databaseName: string;
  /** POST /graphql with JSON; pass an access token to call as a user, and headers such as Accept-Language. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Runs the search outbox relay until nothing is pending (then search reflects every committed write). */
  drainOutbox(): Promise<void>;
  /** What the app's own SMTP catcher received (real SMTP on 127.0.0.1; absent when the test sets SMTP_URL). */
  mail: TestMail;
  /** Hands every committed message to SMTP now (the relay also sends on its own). */
  drainMail(): Promise<void>;
  /** Raw SQL against the test database. */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment (as strings), e.g. { RATE_LIMIT_MUTATIONS_PER_MINUTE: '5' }. */
  env?: Record<string, string>;
  /** Use another PostgreSQL / Meilisearch (tests that stop services start their own). */
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  /** Wait until the search indexes have their settings (default true). */
  waitForSearch?: boolean;
  /** The built web app to serve at `/` (the browser tests pass dist/apps/web); by default the API alone. */
  webDir?: string;
  /** Where the app's log lines go (one JSON line per write), e.g. to grep them; set LOG_LEVEL in `env`. */
  logDestination?: { write(line: string): void };
}

/** A database name and index prefix unique to this test file. */
export function uniqueName(prefix = 't'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/**
 * Boots the real API (AppModule over HTTP on a free port) against the run's PostgreSQL and Meilisearch,
 * with a fresh database cloned from the migrated template and its own Meilisearch index prefix.
 * @example const t = await startTestApp(); const res = await t.gql('{ categories { code } }');
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const services = testServices();
  const databaseName = uniqueName('db');
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    await ensureDatabase(services.postgresAdminUrl, databaseName, services.templateDatabase);
    databaseUrl = services.postgresAdminUrl.replace(/\/postgres$/, `/${databaseName}`);
  }
  // Each app has its own mail catcher, so a test can stop it (an SMTP outage) without touching other files.
  const mailDir = newTestDataDir('tradebridge-mail-');
  const catcher = new MailCatcher({ dir: mailDir });
  if (!options.env?.SMTP_URL) await catcher.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    SMTP_URL: catcher.running ? catcher.url : undefined,
    MAIL_CATCHER_DIR: mailDir,
    MAIL_RETRY_BASE_MS: '100',
    MAIL_RETRY_MAX_MS: '1000',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    MEILI_URL: options.meiliUrl ?? services.meiliUrl,
    MEILI_MASTER_KEY: options.meiliMasterKey ?? services.meiliMasterKey,
    MEILI_INDEX_PREFIX: `${databaseName}_`,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RELAY_POLL_MS: '50',
    // Files register many users from one address; rate-limit tests set their own limits.
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '100000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
    RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
    ...options.env,
  });
  const app = await createApp(config, createLogger(config.logLevel, options.logDestination), { webDir: options.webDir ?? null });
  // Start-up gives Meilisearch only a few seconds; on a busy machine tests wait for the index settings
  // so the first search does not meet a half-configured index (tests that stop Meilisearch skip this).
  if (options.waitForSearch !== false) await app.get(MeiliService).ensureReady();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get(DataSource);
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: GraphQLResponse<T>['body'];
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`Non-JSON response ${response.status}: ${text.slice(0, 500)}`);
    }
    return { status: response.status, body, headers: response.headers };
  };
  return {
    url,
    app,
    config,
    dataSource,
    databaseName,
    gql,
    drainOutbox: async () => {
      await app.get(OutboxRelay).drain();
    },
    mail: testMail(catcher),
    drainMail: () => app.get(MailRelay).drain(),
    sql: (text, params) => dataSource.query(text, params),
    close: async () => {
      await app.close();
      await catcher.stop();
      rmSync(mailDir, { recursive: true, force: true });
      if (!options.databaseUrl) await dropDatabase(services.postgresAdminUrl, databaseName).catch(() => undefined);
    },
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Asserts a GraphQL error code on the first error and returns that error. */
export function errorOf(response: GraphQLResponse): { message: string; extensions?: Record<string, any> } {
  const error = response.body.errors?.[0];
  if (!error) throw new Error(`Expected a GraphQL error, got ${JSON.stringify(response.body).slice(0, 500)}`);
  return error;
}

/** The contract's `extensions.code` of the first error (throws when the response has no error). */
export function codeOf(response: GraphQLResponse): string | undefined {
  return errorOf(response).extensions?.code as string | undefined;
}

/** The paths named by the first error's `extensions.fields`, sorted (validation errors list every bad field). */
export function pathsOf(response: GraphQLResponse): string[] {
  return ((errorOf(response).extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path).sort();
}

/** A well-formed id that no row has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The data of a response that must have succeeded (throws with the errors otherwise). */
export function dataOf<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}
