import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PrivateMeilisearch, PrivatePostgres } from '../support/private-services.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CATEGORIES = '{ categories { code } }';

describe('when a backing service fails', () => {
  const pg = new PrivatePostgres();
  const meili = new PrivateMeilisearch();
  let t: TestApp;
  beforeAll(async () => {
    await Promise.all([pg.start(), meili.start()]);
    t = await startTestApp({ databaseUrl: await pg.database(), meiliUrl: meili.url, meiliMasterKey: meili.masterKey });
  }, 60_000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await Promise.all([pg.destroy(), meili.destroy()]);
  });

  it('reports /health 200 with both up, and 503 naming Meilisearch when it is stopped', async () => {
    const up = await fetch(`${t.url}/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: 'ok', postgres: 'up', meilisearch: 'up', outbox: { dead: 0 } });
    await meili.stop();
    const down = await fetch(`${t.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ postgres: 'up', meilisearch: 'down' });
    await meili.start();
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  }, 30_000);

  it('answers a clean SERVICE_UNAVAILABLE while PostgreSQL restarts under load, then recovers by itself', async () => {
    let running = true;
    const outcomes: string[] = [];
    const load = (async () => {
      while (running) {
        const res = await t.gql(CATEGORIES).catch((error: Error) => ({ status: 0, body: { errors: [{ message: error.message, extensions: { code: 'NETWORK' } }] } }));
        outcomes.push(res.body.errors ? `${res.status}:${res.body.errors[0].extensions?.code}` : `${res.status}:ok`);
        await sleep(20);
      }
    })();
    await sleep(300);
    await pg.stop();
    await sleep(800);
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ postgres: 'down' });
    await pg.start();
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      await sleep(100);
      recovered = !(await t.gql(CATEGORIES)).body.errors;
    }
    running = false;
    await load;
    expect(recovered).toBe(true);
    const failures = outcomes.filter((o) => !o.endsWith(':ok'));
    expect(failures.length).toBeGreaterThan(0);
    // Every failure is a clean GraphQL error with a contract code, never a crash or an internal error.
    for (const failure of failures) expect(failure).toMatch(/^\d+:SERVICE_UNAVAILABLE$/);
    expect(outcomes.at(-1)).toBe('200:ok');
  }, 60_000);
});
