// Issue 7, point 7 (SIGTERM): the API, run as in production (its own process), lets the requests and
// the relay batch in flight at SIGTERM finish before it exits, and loses no outbox entry.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort, repoPath } from '@tradebridge/core';
import { ensureDatabase, MailCatcher } from '@tradebridge/runtime';
import pg from 'pg';
import { freshTaxId, TEST_PASSWORD } from '../support/factories.js';
import { testMail, tokenIn } from '../support/mail.js';
import { dataOf, startTestApp, uniqueName, type GraphQLResponse } from '../support/test-app.js';
import { newTestDataDir, testServices } from '../support/test-services.js';

const REQUESTS = 40;
const services = testServices();
const databaseName = uniqueName('shutdown');
const databaseUrl = services.postgresAdminUrl.replace(/\/postgres$/, `/${databaseName}`);
const prefix = `${databaseName}_`;
const CREATE = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id title } }`;

interface Api {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}
type Outcome = { ok: true; response: GraphQLResponse } | { ok: false; error: string };

let db: pg.Client; // the test's own connection: locks and assertions
// Production requires SMTP_URL: the API's mail (registration links) goes to this catcher.
const catcher = new MailCatcher({ dir: newTestDataDir('tradebridge-shutdown-mail-') });
const children: ChildProcess[] = [];
const organizations: string[] = [];

/** `node --import ./tools/register.mjs apps/api/src/main.ts` with production settings on this file's database. */
async function startApi(): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/api/src/main.ts'], {
    cwd: repoPath(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // Every request of the burst holds its own connection, so all of them are inside the API at once.
      DATABASE_POOL_SIZE: String(REQUESTS + 10),
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      MEILI_INDEX_PREFIX: prefix,
      JWT_SECRET: 'shutdown-test-secret-that-is-long-enough-0123456789',
      SMTP_URL: catcher.url,
      RELAY_POLL_MS: '50',
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '100000',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
      RATE_LIMIT_SEARCH_PER_MINUTE: '100000',
    },
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Awaited<Api['exited']>>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  const api = { url: `http://127.0.0.1:${port}`, port, child, output: () => output, exited };
  await until('the API answers /health', async () => (await fetch(`${api.url}/health`).catch(() => null))?.status === 200, 60_000, api);
  return api;
}

async function post(api: Api, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text(); // rejects when the connection is reset before the body is complete
  return { status: response.status, body: JSON.parse(text), headers: response.headers };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000, api?: Api): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(25)) if (await check()) return;
  throw new Error(`timed out waiting until ${what}; API output: ${api?.output().slice(-2000) ?? ''}`);
}

/** Backends of this database whose statement matches `pattern` and waits for a lock. */
async function waitingOnLock(pattern: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query ILIKE $2`,
    [databaseName, pattern],
  );
  return rows[0].n;
}

/** Runs `statement` (which takes a lock) on a connection of its own; the returned function ends it, releasing the lock. */
async function hold(statement: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(statement);
  return () => client.end();
}
const lockTable = (table: string) => hold(`BEGIN; LOCK TABLE ${table} IN EXCLUSIVE MODE`); // plain reads pass, writers wait

/** The API's relay is idle: its indexes are set up and every outbox row so far is processed. */
const relayCaughtUp = () =>
  until('the relay has caught up', async () => (await db.query(`SELECT 1 FROM search_outbox WHERE processed_at IS NULL`)).rowCount === 0);

/** A user owning a new organization, signed in on `api`. */
async function owner(api: Api): Promise<{ token: string; orgId: string }> {
  const input = { email: `${uniqueName('op')}@example.by`, password: TEST_PASSWORD, displayName: 'Оператор' };
  const token = dataOf(await post(api, `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, { input })).register.accessToken;
  // Organizations need a confirmed address: open the link the API mailed.
  const [mail] = await testMail(catcher).waitFor(input.email);
  dataOf(await post(api, `mutation ($token: String!) { verifyEmail(token: $token) }`, { token: tokenIn(mail, '/verify-email') }));
  const org = { name: `ОАО Завод ${uniqueName('o')}`, country: 'BY', region: 'Minsk Region', taxId: freshTaxId('BY'), sectorCodes: ['87'] };
  const orgId = dataOf(await post(api, `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input: org }, token))
    .createOrganization.id;
  organizations.push(orgId);
  return { token, orgId };
}

function burst(api: Api, token: string): Promise<Outcome[]> {
  return Promise.all(
    Array.from({ length: REQUESTS }, (_, i) =>
      post(api, CREATE, { input: { kind: 'PRODUCT', title: `Карьерный самосвал останов №${i}`, description: 'Партия', categoryCode: '87.04' } }, token).then(
        (response): Outcome => ({ ok: true, response }),
        (error: Error): Outcome => ({ ok: false, error: `${error.message} ${String(error.cause ?? '')}` }),
      ),
    ),
  );
}

/** Every request got a complete 200 JSON answer with its offering; the process exited 0 soon after `released`. */
async function expectDrained(api: Api, outcomes: Outcome[], released: number): Promise<void> {
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    expect({ status: outcome.response.status, errors: outcome.response.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(outcome.response.body.data?.createOffering.title).toMatch(/^Карьерный самосвал останов №\d+$/);
  }
  // The last relay batch (Meilisearch sync and match alerts) may still run: normally well under a second,
  // a few seconds on a busy machine, and in any case well inside the 30 s an orchestrator waits by default.
  const exit = await Promise.race([api.exited, sleep(20_000).then(() => null)]);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit!.at - released).toBeLessThan(15_000);
  expect(api.output()).not.toMatch(/"level":(50|60)|error while closing|batch failed|sync failed/);
}

/** Each offering of `orgId` has outbox rows, each processed or never claimed (none of a batch cut off half-way). */
async function expectOutboxIntact(orgId: string, count: number): Promise<{ processed: number; pending: number }> {
  const { rows } = await db.query(
    `SELECT o.id, count(s.id)::int AS entries, count(s.processed_at)::int AS processed,
            count(*) FILTER (WHERE s.processed_at IS NULL AND s.attempts > 0)::int AS stranded
       FROM offerings o LEFT JOIN search_outbox s ON s.entity = 'offering' AND s.entity_id = o.id
      WHERE o.organization_id = $1 GROUP BY o.id`,
    [orgId],
  );
  expect(rows).toHaveLength(count);
  for (const row of rows) expect({ id: row.id, hasEntries: row.entries > 0, stranded: row.stranded }).toEqual({ id: row.id, hasEntries: true, stranded: 0 });
  const processed = rows.reduce((n, r) => n + r.processed, 0);
  return { processed, pending: rows.reduce((n, r) => n + r.entries, 0) - processed };
}

beforeAll(async () => {
  await catcher.start();
  await ensureDatabase(services.postgresAdminUrl, databaseName, services.templateDatabase);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.end().catch(() => undefined);
  const admin = new pg.Client({ connectionString: services.postgresAdminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(databaseName)} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  await catcher.stop();
  rmSync(catcher.dir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('stops accepting connections but answers every request already in flight, then exits 0', async () => {
    const api = await startApi();
    const { token, orgId } = await owner(api);
    await relayCaughtUp();
    const release = await lockTable('offerings'); // the burst waits at its INSERT (the relay reads offerings only)
    const pending = burst(api, token);
    let settled = false;
    void pending.then(() => (settled = true));
    await until(`all ${REQUESTS} requests wait inside the API`, async () => (await waitingOnLock('%INSERT INTO "offerings"%')) === REQUESTS);

    api.child.kill('SIGTERM');
    const refused = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(api.port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(false)));
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
      });
    await until('the API refuses new connections', refused, 5_000, api);
    expect({ alive: api.child.exitCode === null, settled }).toEqual({ alive: true, settled: false });
    const released = Date.now();
    await release();

    await expectDrained(api, await pending, released);
    // Rows committed while the relay was stopping were synced by its last batch or left pending for the next relay.
    await expectOutboxIntact(orgId, REQUESTS);
  }, 120_000);

  it('lets the relay batch in flight finish as well', async () => {
    const api = await startApi();
    const { token, orgId } = await owner(api);
    await relayCaughtUp();
    // The relay's next batch waits at its claim lock, the burst at its outbox INSERT.
    const releaseClaims = await hold(`SELECT pg_advisory_lock(hashtext('tradebridge.search_outbox.claim'))`);
    const releaseOutbox = await lockTable('search_outbox');
    const pending = burst(api, token);
    await until(`all ${REQUESTS} requests wait on the outbox`, async () => (await waitingOnLock('%INSERT INTO search_outbox%')) === REQUESTS);
    await until('a relay batch waits to claim', async () => (await waitingOnLock('%pg_advisory_xact_lock%')) === 1);

    api.child.kill('SIGTERM');
    await sleep(300);
    await releaseOutbox(); // the requests finish and commit their outbox rows; the batch still waits
    const outcomes = await pending;
    await sleep(300);
    expect(api.child.exitCode).toBeNull(); // the process waits for the batch it started
    const released = Date.now();
    await releaseClaims();

    await expectDrained(api, outcomes, released);
    // The batch in flight at SIGTERM claimed the burst's rows, synced them to Meilisearch and marked them done.
    expect((await expectOutboxIntact(orgId, REQUESTS)).pending).toBe(0);
  }, 120_000);

  it('a later relay makes every offering created during the shutdowns searchable', async () => {
    const t = await startTestApp({ databaseUrl, env: { MEILI_INDEX_PREFIX: prefix } });
    try {
      await t.drainOutbox();
      for (const orgId of organizations) {
        const ids = (await db.query(`SELECT id FROM offerings WHERE organization_id = $1`, [orgId])).rows.map((r) => r.id);
        const search = dataOf(await t.gql(`query ($org: ID!) { searchOfferings(filter: { organizationId: $org }, first: 100) {
          totalHits hits { offering { id } } } }`, { org: orgId })).searchOfferings;
        expect(search.totalHits).toBe(REQUESTS);
        expect(new Set(search.hits.map((h: { offering: { id: string } }) => h.offering.id))).toEqual(new Set(ids));
      }
    } finally {
      await t.close();
    }
  }, 60_000);
});
