import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter, repoRoot } from '@tradebridge/core';
import { OutboxRelay, SearchMaintenance, SearchRegistry, type IndexedChange } from '@tradebridge/search';
import { createOffering, createOwner } from '../support/factories.js';
import { PrivateMeilisearch } from '../support/private-services.js';
import { forkRelay } from '../support/relay.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { searchFixtures, sqlFixtures } from './search.fixtures.js';

// Tests that stop Meilisearch or kill relays use a Meilisearch of their own.
const meili = new PrivateMeilisearch();
let t: TestApp;
let s: ReturnType<typeof searchFixtures>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  await meili.start();
  t = await startTestApp({ meiliUrl: meili.url, meiliMasterKey: meili.masterKey });
  s = searchFixtures(t);
}, 60_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  await t?.close().catch(() => undefined);
  await meili.destroy();
});

const pendingRows = async () => Number((await t.sql(`SELECT count(*) AS n FROM search_outbox WHERE processed_at IS NULL AND dead_at IS NULL`))[0].n);

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Starts tests/e2e/search-relay.child.ts (the worker module) against the test database. */
async function startRelayProcess(meiliUrl: string, leaseMs: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'tests/e2e/search-relay.child.ts'], {
    cwd: repoRoot(),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: t.config.databaseUrl,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      RELAY_ENABLED: 'true',
      RELAY_POLL_MS: '50',
      LOG_LEVEL: 'silent',
      TEST_RELAY_LEASE_MS: String(leaseMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor('the relay process to start', async () => {
    if (child.exitCode !== null) throw new Error(`relay process exited: ${output}`);
    return output.includes('relay ready');
  }, 30_000);
  return child;
}

/** A proxy to the private Meilisearch that never answers document writes (a relay stuck mid-sync). */
async function stallingProxy(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && /\/documents(\?|$)/.test(req.url ?? '')) return; // hang forever
    const body = await new Promise<Buffer>((resolve) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts)));
    });
    const upstream = await fetch(meili.url + req.url, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => ['authorization', 'content-type'].includes(k)) as Array<[string, string]>),
      body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : body,
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('Meilisearch down', () => {
  it('writes succeed while it is stopped; search answers SERVICE_UNAVAILABLE; afterwards all 50 are searchable exactly once', async () => {
    const owner = await createOwner(t, { country: 'BY' });
    await meili.stop();
    const res = await s.searchRaw({ query: 'зерносушилка' });
    expect(errorOf(res).extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const ids: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) => createOffering(t, owner.token, { title: `Зерносушилка модульная №${batch * 10 + i}`, keywords: [] })),
      );
      ids.push(...created.map((o) => o.id));
    }
    expect(new Set(ids).size).toBe(50);
    const stats = await t.app.get(SearchMaintenance).outboxStats();
    expect(stats.pending).toBeGreaterThanOrEqual(50);
    expect(stats.lagSeconds).toBeGreaterThan(0);
    expect(stats.dead).toBe(0);

    await meili.start();
    await s.drain(60_000);
    const result = await s.search({ query: 'зерносушилка', first: 100 });
    const found = result.hits.map((h) => h.offering.id as string);
    expect(result.totalHits).toBe(50);
    expect(found).toHaveLength(50);
    expect(new Set(found)).toEqual(new Set(ids));
    expect(await t.app.get(SearchMaintenance).outboxStats()).toMatchObject({ pending: 0, dead: 0 });
  }, 90_000);
});

describe('a relay process dies', () => {
  it('after commit, before any sync: a new relay process indexes the pending rows', async () => {
    // The API's own relay is stopped, as if the process had died right after the commits.
    await t.app.get(OutboxRelay).stop();
    const owner = await createOwner(t, { country: 'BY' });
    const ids = (await Promise.all(Array.from({ length: 5 }, (_, i) => createOffering(t, owner.token, { title: `Сеялка пневматическая ${i}`, keywords: [] })))).map((o) => o.id);
    expect(await pendingRows()).toBeGreaterThanOrEqual(5);
    const child = await startRelayProcess(meili.url, 2000);
    await waitFor('the new relay to sync', async () => (await pendingRows()) === 0);
    expect(new Set(await s.ids({ query: 'сеялка', first: 100 }))).toEqual(new Set(ids));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }, 60_000);

  it('in the middle of a sync (rows claimed, SIGKILL): another relay indexes them once the lease ends', async () => {
    const proxy = await stallingProxy();
    try {
      const owner = await createOwner(t, { country: 'BY' });
      const ids = (await Promise.all(Array.from({ length: 3 }, (_, i) => createOffering(t, owner.token, { title: `Культиватор прицепной ${i}`, keywords: [] })))).map((o) => o.id);
      // Started after the commits (the API's relay is still stopped), so the child's first claim takes every
      // row: a relay hangs on one batch, and rows committed after that claim would never be its.
      const child = await startRelayProcess(proxy.url, 1500);
      // The child claims the rows and hangs on the document upload: kill it there.
      await waitFor('the child to claim', async () => {
        const rows = await t.sql(`SELECT count(*) AS n FROM search_outbox WHERE entity_id = ANY($1::uuid[]) AND attempts = 1 AND processed_at IS NULL`, [ids]);
        return Number(rows[0].n) >= ids.length;
      });
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(await pendingRows()).toBeGreaterThanOrEqual(3);
      const other = forkRelay(t.app);
      await other.drain(30_000);
      expect(new Set(await s.ids({ query: 'культиватор', first: 100 }))).toEqual(new Set(ids));
      const attempts = await t.sql(`SELECT DISTINCT attempts FROM search_outbox WHERE entity_id = ANY($1::uuid[])`, [ids]);
      expect(attempts.map((r) => r.attempts)).toEqual([2]);
    } finally {
      proxy.server.closeAllConnections();
      proxy.server.close();
      t.app.get(OutboxRelay).start();
    }
  }, 60_000);
});

describe('a document Meilisearch rejects', () => {
  it('is isolated and recorded dead; the rest of its batch is indexed', async () => {
    const registry = t.app.get(SearchRegistry);
    const poisonSurrogate = randomUUID();
    const poisonVectors = randomUUID();
    registry.register({
      entity: 'probe',
      index: 'probe',
      settings: {},
      // A lone UTF-16 surrogate (a mapper cutting a string in the middle of an emoji) and a malformed
      // `_vectors` field: Meilisearch fails the whole task for either.
      load: async (ids) =>
        ids.map((id) =>
          id === poisonSurrogate ? { id, title: 'broken \ud83d' } : id === poisonVectors ? { id, title: 'bad', _vectors: 'nope' } : { id, title: `probe ${id}` },
        ),
      allIds: async () => [],
    });
    const good = Array.from({ length: 18 }, () => randomUUID());
    const all = [...good.slice(0, 7), poisonSurrogate, ...good.slice(7, 12), poisonVectors, ...good.slice(12)];
    await t.sql(`INSERT INTO search_outbox (entity, entity_id, event) SELECT 'probe', unnest($1::uuid[]), 'test.probe.changed'`, [all]);
    await s.drain();

    const docs = await fetch(`${meili.url}/indexes/${t.config.meiliIndexPrefix}probe/documents?limit=100&fields=id`, {
      headers: { authorization: `Bearer ${meili.masterKey}` },
    }).then((r) => r.json() as Promise<{ results: Array<{ id: string }> }>);
    expect(new Set(docs.results.map((d) => d.id))).toEqual(new Set(good));
    const dead = await t.sql(`SELECT entity_id, last_error FROM search_outbox WHERE entity = 'probe' AND dead_at IS NOT NULL ORDER BY entity_id`);
    expect(new Set(dead.map((r) => r.entity_id))).toEqual(new Set([poisonSurrogate, poisonVectors]));
    for (const row of dead) expect(row.last_error).toMatch(/\w+/);
    expect((await t.app.get(SearchMaintenance).outboxStats()).dead).toBe(2);
    expect(await pendingRows()).toBe(0);
  }, 60_000);
});

describe('two relays at once', () => {
  it('index everything exactly once', async () => {
    const prefix = t.config.meiliIndexPrefix;
    const other = await startTestApp({ databaseUrl: t.config.databaseUrl, meiliUrl: meili.url, meiliMasterKey: meili.masterKey, env: { MEILI_INDEX_PREFIX: prefix } });
    try {
      const seen = new Map<string, number>();
      const count = (changes: IndexedChange[]) => {
        for (const c of changes) if (c.entity === 'offering' && c.indexed) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
        return Promise.resolve();
      };
      const perRelay = [0, 0];
      t.app.get(SearchRegistry).onIndexed(async (changes) => { perRelay[0] += changes.length; await count(changes); });
      other.app.get(SearchRegistry).onIndexed(async (changes) => { perRelay[1] += changes.length; await count(changes); });
      // Both processes' relays run; small batches so that they interleave.
      await t.app.get(OutboxRelay).stop();
      await other.app.get(OutboxRelay).stop();
      const a = forkRelay(t.app, { batchSize: 7, pollMs: 10 });
      const b = forkRelay(other.app, { batchSize: 7, pollMs: 10 });
      a.start();
      b.start();
      const sql = sqlFixtures(t.sql);
      const org = await sql.organization();
      const ids: string[] = [];
      for (let round = 0; round < 10; round++) {
        ids.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => sql.offering(org, `Опрыскиватель навесной ${round}-${i}`)))));
      }
      await waitFor('both relays to finish', async () => (await pendingRows()) === 0, 60_000);
      await Promise.all([a.stop(), b.stop()]);

      expect(ids).toHaveLength(200);
      expect(perRelay[0]).toBeGreaterThan(0);
      expect(perRelay[1]).toBeGreaterThan(0);
      expect(ids.every((id) => seen.get(id) === 1)).toBe(true);
      const attempts = await t.sql(`SELECT attempts, count(*) AS n FROM search_outbox WHERE entity_id = ANY($1::uuid[]) GROUP BY attempts`, [ids]);
      expect(attempts).toEqual([{ attempts: 1, n: '200' }]);
      const result = await s.search({ query: 'опрыскиватель', first: 100 });
      expect(result.totalHits).toBe(200);
      const all: string[] = [];
      for (let after: string | null = null; ; ) {
        const page = await s.search({ query: 'опрыскиватель', first: 100, after });
        all.push(...page.hits.map((h) => h.offering.id as string));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(all).toHaveLength(200);
      expect(new Set(all)).toEqual(new Set(ids));
    } finally {
      await other.close();
      t.app.get(OutboxRelay).start();
    }
  }, 120_000);
});

describe('batches in flight', () => {
  const documentTitle = async (id: string) => {
    const response = await fetch(`${meili.url}/indexes/${t.config.meiliIndexPrefix}offerings/documents/${id}?fields=title`, {
      headers: { authorization: `Bearer ${meili.masterKey}` },
    });
    return ((await response.json()) as { title?: string }).title;
  };

  it('the last write wins while the next batch is sent before the previous one is indexed', async () => {
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    // One row per batch, so every update travels in a batch of its own, overlapping the one before.
    const fork = forkRelay(t.app, { batchSize: 1, pollMs: 5 });
    fork.start();
    try {
      const sql = sqlFixtures(t.sql);
      const id = await sql.offering(await sql.organization(), 'Погрузчик фронтальный, версия 0');
      for (let version = 1; version <= 25; version++) {
        await t.sql(
          `WITH u AS (UPDATE offerings SET title = $2, updated_at = now() WHERE id = $1 RETURNING id)
           INSERT INTO search_outbox (entity, entity_id, event) SELECT 'offering', id, 'catalog.offering.updated' FROM u`,
          [id, `Погрузчик фронтальный, версия ${version}`],
        );
        if (version % 5 === 0) await sleep(20);
      }
      await waitFor('the relay to finish', async () => (await pendingRows()) === 0);
      await fork.stop();
      expect(await documentTitle(id)).toBe('Погрузчик фронтальный, версия 25');
    } finally {
      await fork.stop();
      relay.start();
    }
  }, 60_000);

  it('a stopped relay still drains on request (tests and the reindex command call drain)', async () => {
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    try {
      const sql = sqlFixtures(t.sql);
      const id = await sql.offering(await sql.organization(), 'Автогрейдер ДЗ-98, версия для дорог');
      await relay.drain(20_000);
      expect(await documentTitle(id)).toBe('Автогрейдер ДЗ-98, версия для дорог');
    } finally {
      relay.start();
    }
  }, 60_000);

  it("runs its SQL outside any request: a request's statement count never includes the relay's", async () => {
    const owner = await createOwner(t, { country: 'BY' });
    await createOffering(t, owner.token, { title: 'Погрузчик фронтальный Амкодор 342В', keywords: [] });
    const before = queryCounter.count;
    await s.drain();
    expect(queryCounter.count).toBe(before);
    expect(queryCounter.current).toBeUndefined();
  });

  it('an organization row re-syncs its listings, except the row of its creation', async () => {
    const changes: IndexedChange[] = [];
    t.app.get(SearchRegistry).onIndexed(async (batch) => void changes.push(...batch));
    const sql = sqlFixtures(t.sql);
    const org = await sql.organization();
    const offering = await sql.offering(org, 'Каток дорожный вибрационный');
    await s.drain();
    const resynced = async (event: string) => {
      changes.length = 0;
      await t.sql(`INSERT INTO search_outbox (entity, entity_id, event) VALUES ('organization', $1, $2)`, [org, event]);
      await s.drain();
      return changes.filter((c) => c.id === offering).map((c) => c.events);
    };
    expect(await resynced('identity.organization.created')).toEqual([]);
    expect(await resynced('identity.organization.updated')).toEqual([['identity.organization.updated']]);
    expect(await pendingRows()).toBe(0);
  }, 60_000);
});
