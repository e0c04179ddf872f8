import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BenchDataLoader, DEMO_LOGINS, DemoSeeder, type DemoSeedResult } from '@tradebridge/demo';
import { ReferenceAudit } from '@tradebridge/reference';
import { countRows } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { organization { id name } } } }`;

let t: TestApp;
let first: DemoSeedResult;

beforeAll(async () => {
  t = await startTestApp();
  first = await t.app.get(DemoSeeder).seedDemo();
});

afterAll(async () => {
  await t?.close();
});

describe('demo data', () => {
  it('loads at least 60 organizations (35+ Belarusian, 20+ Russian), 400 offerings and 150 needs', async () => {
    expect(first.skipped).toBe(false);
    expect(first.organizations).toBeGreaterThanOrEqual(60);
    expect(first.offerings).toBeGreaterThanOrEqual(400);
    expect(first.needs).toBeGreaterThanOrEqual(150);
    expect(first.users).toBeGreaterThanOrEqual(first.organizations);
    expect(await countRows(t, `SELECT count(*) AS n FROM organizations WHERE country = 'BY'`)).toBeGreaterThanOrEqual(35);
    expect(await countRows(t, `SELECT count(*) AS n FROM organizations WHERE country = 'RU' AND region = 'RU-VLA'`)).toBeGreaterThanOrEqual(20);
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings`)).toBe(first.offerings);
    expect(await countRows(t, `SELECT count(*) AS n FROM needs`)).toBe(first.needs);
  });

  it('writes an outbox row for every organization, offering and need', async () => {
    for (const [table, entity] of [['organizations', 'organization'], ['offerings', 'offering'], ['needs', 'need']]) {
      const missing = await countRows(t, `SELECT count(*) AS n FROM ${table} x WHERE NOT EXISTS
        (SELECT 1 FROM search_outbox s WHERE s.entity = '${entity}' AND s.entity_id = x.id)`);
      expect(missing).toBe(0);
    }
  });

  it('is idempotent: a second run finds the organizations by tax id and writes nothing', async () => {
    const outbox = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    const again = await t.app.get(DemoSeeder).seedDemo();
    expect(again).toMatchObject({ skipped: true, organizations: 0, users: 0, offerings: 0, needs: 0 });
    expect(await countRows(t, `SELECT count(*) AS n FROM organizations`)).toBe(first.organizations);
    expect(await countRows(t, `SELECT count(*) AS n FROM search_outbox`)).toBe(outbox);
  });

  it('lets the demo users sign in with the README passwords and see their listings through the contract', async () => {
    const supplier = dataOf(await t.gql(LOGIN, DEMO_LOGINS.supplier)).login;
    expect(supplier.user.organization).not.toBeNull();
    const buyer = dataOf(await t.gql(LOGIN, DEMO_LOGINS.buyer)).login;
    expect(buyer.user.organization).not.toBeNull();
    const res = await t.gql(
      `query ($id: ID!) { organization(id: $id) { name sectors { code } offerings(first: 5) { totalCount edges { node { title price { min currency } category { code } } } } } }`,
      { id: supplier.user.organization.id },
      supplier.accessToken,
    );
    const org = dataOf(res).organization;
    expect(org.sectors.length).toBeGreaterThan(0);
    expect(org.offerings.totalCount).toBeGreaterThan(0);
    expect(org.offerings.edges[0].node.title.length).toBeGreaterThan(3);
    const needs = dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { needs { totalCount } } }`, { id: buyer.user.organization.id }));
    expect(needs.organization.needs.totalCount).toBeGreaterThan(0);
  });

  it('dates the listings relative to the day they were loaded: the showcase is current, open needs lie ahead', async () => {
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const [maz] = await t.sql<{ valid_until: Date; status: string }>(
      `SELECT o.valid_until, o.status FROM offerings o WHERE o.title LIKE 'Городской низкопольный автобус МАЗ-203%'`,
    );
    expect(maz.status).toBe('PUBLISHED');
    // 364 days after the load day (loaded today; 363 if midnight passed since)
    expect([363, 364]).toContain(Math.round((maz.valid_until.getTime() - today) / 86_400_000));
    expect(await countRows(t, `SELECT count(*) AS n FROM needs WHERE status = 'OPEN' AND needed_by <= now()`)).toBe(0);
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings WHERE status = 'PUBLISHED' AND valid_until <= now()`)).toBe(0);
    const publicOfferings = dataOf(await t.gql(`{ organizations(first: 100) { edges { node { offerings { totalCount } } } } }`));
    const total = publicOfferings.organizations.edges.reduce((sum: number, e: any) => sum + e.node.offerings.totalCount, 0);
    expect(total).toBe(await countRows(t, `SELECT count(*) AS n FROM offerings WHERE status = 'PUBLISHED'`));
  });

  it('has one region facet value per region, each a code labelled in the reader\'s language, and codes in every reference column', async () => {
    await t.drainOutbox();
    const facets = `{ searchOfferings(first: 1) { facets { field values { value label count } } } searchNeeds(first: 1) { facets { field values { value label count } } } }`;
    const data = dataOf(await t.gql(facets));
    for (const result of [data.searchOfferings, data.searchNeeds]) {
      const regions = result.facets.find((f: any) => f.field === 'region').values as Array<{ value: string; label: string }>;
      expect(regions.length).toBeGreaterThan(0);
      expect(new Set(regions.map((v) => v.label)).size).toBe(regions.length); // no two values for one region
      for (const v of regions) expect(v.value).toMatch(/^(BY|RU)-[A-Z]{2,3}$/);
    }
    const offeringRegions = data.searchOfferings.facets.find((f: any) => f.field === 'region').values;
    expect(offeringRegions.find((v: any) => v.value === 'BY-HM')?.label).toBe('Минск');
    const audit = await t.app.get(ReferenceAudit).audit();
    expect(audit.flatMap((a) => [...a.unknown, ...a.uncoded])).toEqual([]);
  });

  it('stores money with two decimals and keeps the data consistent with the lifecycle columns', async () => {
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings WHERE status <> 'DRAFT' AND published_at IS NULL`)).toBe(0);
    expect(await countRows(t, `SELECT count(*) AS n FROM needs WHERE status <> 'DRAFT' AND opened_at IS NULL`)).toBe(0);
    const [row] = await t.sql(`SELECT price_min::text AS min FROM offerings WHERE price_min IS NOT NULL LIMIT 1`);
    expect(row.min).toMatch(/^\d+\.\d{2}$/);
  });
});

describe('bench data', () => {
  it('bulk-loads a deterministic synthetic catalog with outbox rows and reports the rate', async () => {
    const before = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    const progress: number[] = [];
    const result = await t.app.get(BenchDataLoader).loadBench({ offerings: 3000, needs: 600, seed: 1, onProgress: (n) => progress.push(n) });
    expect(result).toMatchObject({ offerings: 3000, needs: 600 });
    expect(result.organizations).toBeGreaterThanOrEqual(20);
    expect(result.rows).toBe(result.organizations + 3600);
    expect(result.rowsPerSecond).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(3600);
    const outbox = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    expect(outbox - before).toBe(result.rows);
    // A second run with the same seed reuses the organizations and adds the listings again.
    const again = await t.app.get(BenchDataLoader).loadBench({ offerings: 100, needs: 10, seed: 1 });
    expect(again.organizations).toBe(0);
    expect(again.offerings).toBe(100);
  });
});
