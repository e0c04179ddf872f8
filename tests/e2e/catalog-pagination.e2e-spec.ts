import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter } from '@tradebridge/core';
import { createOwner, type TestOwner } from '../support/factories.js';
import { codeOf, dataOf, pathsOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id createdAt } }`;
const CREATE_NEED = `mutation ($input: NeedInput!) { createNeed(input: $input) { id } }`;
const PAGE = `query ($id: ID!, $first: Int, $after: String) {
  organization(id: $id) { offerings(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } } } } }`;
const PAGE_WITHOUT_COUNT = `query ($id: ID!, $first: Int) {
  organization(id: $id) { offerings(first: $first) { pageInfo { hasNextPage } edges { node { id } } } } }`;

// Categories that exist in the taxonomy, so the 50-row list spans several of them and their parents.
const CATEGORIES = ['87.04', '87.02', '87.01', '84.29', '85.04', '73.08', 'S.MAINTENANCE', 'S.CONSTRUCTION', 'P.ASSEMBLY', '30.04'];
const OFFERINGS = 55;

let t: TestApp;
let maz: TestOwner;
let buyer: TestOwner;
let created: Array<{ id: string; createdAt: string }> = [];


function offeringInput(i: number) {
  return {
    kind: i % 3 === 0 ? 'SERVICE' : 'PRODUCT',
    title: `Предложение №${i}`,
    description: 'Описание',
    categoryCode: CATEGORIES[i % CATEGORIES.length],
    price: { min: String(1000 + i), currency: 'BYN' },
  };
}

async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const before = queryCounter.count;
  await run();
  return queryCounter.count - before;
}

beforeAll(async () => {
  // No background relay in this file: the statement counts must see only the request's own queries.
  t = await startTestApp({ env: { RELAY_ENABLED: 'false' } });
  maz = await createOwner(t, { country: 'BY' });
  buyer = await createOwner(t, { country: 'RU' });
  for (let i = 0; i < OFFERINGS; i++) created.push(dataOf(await t.gql(CREATE_OFFERING, { input: offeringInput(i) }, maz.token)).createOffering);
  created = created.reverse(); // newest first
});

afterAll(async () => {
  await t?.close();
});

describe('Organization.offerings pagination', () => {
  it('pages newest first with opaque cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: Array<{ hasNextPage: boolean; hasPreviousPage: boolean; size: number }> = [];
    for (;;) {
      const res: GraphQLResponse = await t.gql(PAGE, { id: maz.org.id, first: 20, after });
      const connection: any = dataOf(res).organization.offerings;
      expect(connection.totalCount).toBe(OFFERINGS);
      pages.push({ ...connection.pageInfo, size: connection.edges.length });
      for (const edge of connection.edges) {
        expect(edge.cursor).not.toContain(edge.node.id); // opaque
        seen.push(edge.node.id);
      }
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages.map((p) => p.size)).toEqual([20, 20, 15]);
    expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
    expect(pages.map((p) => p.hasPreviousPage)).toEqual([false, true, true]);
    expect(seen).toEqual(created.map((c) => c.id));
  });

  it('keeps its place when new offerings arrive between pages', async () => {
    const first = dataOf(await t.gql(PAGE, { id: maz.org.id, first: 10 })).organization.offerings;
    const fresh = dataOf(await t.gql(CREATE_OFFERING, { input: offeringInput(100) }, maz.token)).createOffering;
    const second = dataOf(await t.gql(PAGE, { id: maz.org.id, first: 10, after: first.pageInfo.endCursor })).organization.offerings;
    const ids = second.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).not.toContain(fresh.id);
    expect(ids[0]).toBe(created[10].id);
    await t.gql(`mutation ($id: ID!) { setOfferingStatus(id: $id, status: ARCHIVED) { id } }`, { id: fresh.id }, maz.token);
  });

  it('defaults to 20 and accepts 1 and 100', async () => {
    const byDefault = dataOf(await t.gql(PAGE, { id: maz.org.id })).organization.offerings;
    expect(byDefault.edges).toHaveLength(20);
    expect(dataOf(await t.gql(PAGE, { id: maz.org.id, first: 1 })).organization.offerings.edges).toHaveLength(1);
    expect(dataOf(await t.gql(PAGE, { id: maz.org.id, first: 100 })).organization.offerings.edges).toHaveLength(OFFERINGS);
  });

  it('refuses first outside 1..100 and foreign cursors with BAD_USER_INPUT naming the argument', async () => {
    for (const first of [0, -1, 101]) {
      const res = await t.gql(PAGE, { id: maz.org.id, first });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(pathsOf(res)).toEqual(['first']);
    }
    for (const after of ['garbage', Buffer.from('c1:not-a-uuid').toString('base64url')]) {
      const res = await t.gql(PAGE, { id: maz.org.id, first: 5, after });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(pathsOf(res)).toEqual(['after']);
    }
    const needs = await t.gql(`query ($id: ID!) { organization(id: $id) { needs(first: 101) { totalCount } } }`, { id: maz.org.id });
    expect(codeOf(needs)).toBe('BAD_USER_INPUT');
  });

  it('counts only when totalCount is selected', async () => {
    const withCount = await countQueries(() => t.gql(PAGE, { id: maz.org.id, first: 5 }));
    const withoutCount = await countQueries(() => t.gql(PAGE_WITHOUT_COUNT, { id: maz.org.id, first: 5 }));
    expect(withCount - withoutCount).toBe(1);
  });
});

describe('Organization.needs pagination', () => {
  it('pages needs the same way', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const input = { title: `Потребность №${i}`, description: 'Описание', categoryCode: '87.02', deliveryRegion: 'Vladimir Oblast' };
      ids.unshift(dataOf(await t.gql(CREATE_NEED, { input }, buyer.token)).createNeed.id);
    }
    const query = `query ($id: ID!, $after: String) { organization(id: $id) { needs(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const needs: any = dataOf(await t.gql(query, { id: buyer.org.id, after })).organization.needs;
      expect(needs.totalCount).toBe(7);
      seen.push(...needs.edges.map((e: { node: { id: string } }) => e.node.id));
      after = needs.pageInfo.endCursor;
      expect(needs.pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual(ids);
  });
});

describe('batched loading (no N+1)', () => {
  it('lists 50 offerings with organization, category and its parent in a constant handful of statements', async () => {
    const query = `query ($id: ID!) { organization(id: $id) { name offerings(first: 50) { totalCount edges { node {
      id title price { min currency } organization { id name country } category { code name parent { code } } } } } } }`;
    let result: GraphQLResponse | undefined;
    const statements = await countQueries(async () => {
      result = await t.gql(query, { id: maz.org.id });
    });
    const edges = dataOf(result!).organization.offerings.edges;
    expect(edges).toHaveLength(50);
    expect(new Set(edges.map((e: { node: { category: { code: string } } }) => e.node.category.code)).size).toBe(CATEGORIES.length);
    expect(edges[0].node.organization.name).toBe(maz.org.name);
    // organization, page, count, organizations loader, categories loader, parents loader
    expect(statements).toBeLessThanOrEqual(6);
  });

  it('batches offering(id) lookups across organizations into one query per field', async () => {
    const other = await createOwner(t, { country: 'BY' });
    const others: string[] = [];
    for (let i = 0; i < 5; i++) others.push(dataOf(await t.gql(CREATE_OFFERING, { input: offeringInput(i) }, other.token)).createOffering.id);
    const ids = [...created.slice(0, 20).map((c) => c.id), ...others];
    const query = `{ ${ids.map((id, i) => `o${i}: offering(id: "${id}") { id organization { name sectors { code } } category { code } }`).join(' ')} }`;
    let result: GraphQLResponse | undefined;
    const statements = await countQueries(async () => {
      result = await t.gql(query);
    });
    const data = dataOf(result!);
    expect(Object.keys(data)).toHaveLength(25);
    expect(new Set(Object.values(data).map((o) => (o as { organization: { name: string } }).organization.name)).size).toBe(2);
    // offerings, organizations, sector codes, categories (sectors and listings share one loader batch or two)
    expect(statements).toBeLessThanOrEqual(5);
  });

  it('loads Organization.sectors for a list of organizations in one batch', async () => {
    let result: GraphQLResponse | undefined;
    const statements = await countQueries(async () => {
      result = await t.gql(`{ organizations(first: 20) { edges { node { id sectors { code nameEn parent { code } } } } } }`);
    });
    const nodes = dataOf(result!).organizations.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    for (const node of nodes) expect(node.sectors.map((s: { code: string }) => s.code)).toEqual(['87', 'S.MAINTENANCE']);
    // organizations page, sector codes, categories, parent categories
    expect(statements).toBeLessThanOrEqual(5);
  });
});
