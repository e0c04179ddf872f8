import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BenchDataLoader } from '@tradebridge/demo';
import { queryCounter } from '@tradebridge/core';
import { createOwner, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

// The cost budget and the SQL a request may cost: nested lists count their default page size, and
// Organization.offerings / needs are batched (one statement per field for the whole request).
const ORGANIZATIONS = 100;
let t: TestApp;
let owner: TestOwner;

const aliased = (count: number, body: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

async function statementsOf(run: () => Promise<GraphQLResponse>): Promise<{ res: GraphQLResponse; statements: number }> {
  const before = queryCounter.count;
  const res = await run();
  return { res, statements: queryCounter.count - before };
}

beforeAll(async () => {
  // No background relay: the statement counts must see only the request's own statements.
  t = await startTestApp({ env: { RELAY_ENABLED: 'false' } });
  await t.app.get(BenchDataLoader).loadBench({ offerings: 400, needs: 200, organizations: ORGANIZATIONS - 1, seed: 12 });
  owner = await createOwner(t);
  // the owner's own organization: one draft (only members see it) among its offerings
  await t.sql(
    `INSERT INTO offerings (organization_id, kind, title, description, category_code, status, keywords, certifications, delivery_regions)
     VALUES ($1, 'PRODUCT', 'Черновик', 'Черновик предложения', '87.04', 'DRAFT', '{}', '{}', '{}')`,
    [owner.org.id],
  );
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('the cost budget', () => {
  it('counts a list without `first` at its default page size: 30 aliases of a directory with nested totals are refused before any SQL', async () => {
    const query = aliased(30, 'organizations(first: 100) { edges { node { offerings { totalCount } needs { totalCount } } } }');
    const { res, statements } = await statementsOf(() => t.gql(query));
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].message).toMatch(/would cost \d+/);
    expect(statements).toBe(0);
  });
});

describe('Organization.offerings and Organization.needs', () => {
  const query = aliased(30, 'organizations(first: 100) { edges { node { id offerings(first: 1) { totalCount } needs(first: 1) { totalCount } } } }');
  const directory = 'organizations(first: 100) { edges { node { id offerings(first: 1) { totalCount edges { node { id } } } needs(first: 1) { totalCount } } } }';

  it(`cost a bounded number of SQL statements, whatever the number of organizations (${ORGANIZATIONS} x 30 aliases here)`, async () => {
    const { res, statements } = await statementsOf(() => t.gql(query));
    const data = dataOf(res) as Record<string, { edges: Array<{ node: { id: string } }> }>;
    expect(Object.keys(data)).toHaveLength(30);
    expect(data.a0.edges).toHaveLength(ORGANIZATIONS);
    process.stdout.write(`30 aliased directories of ${ORGANIZATIONS} organizations with offerings/needs and totals: ${statements} SQL statements\n`);
    // the 30 identical directories are one page statement; per request one page and one COUNT for
    // offerings and for needs (30 different directories would add 29 statements: still bounded by the alias limit)
    expect(statements).toBeLessThanOrEqual(1 + 4 + 2);
  });

  it('give each organization its own page and total, public listings only to outsiders and everything to members', async () => {
    const expected = async (table: string, publicSql: string, readsAllOf: string | null) => {
      const rows = await t.sql<{ id: string; n: string }>(
        `SELECT o.id, count(l.id) AS n FROM organizations o LEFT JOIN ${table} l ON l.organization_id = o.id
           AND (${publicSql} OR l.organization_id = $1::uuid) GROUP BY o.id`,
        [readsAllOf],
      );
      return new Map(rows.map((r) => [r.id, Number(r.n)]));
    };
    const offeringsPublic = `(l.status = 'PUBLISHED' AND (l.valid_until IS NULL OR l.valid_until > now()))`;
    const needsPublic = `(l.status = 'OPEN' AND (l.needed_by IS NULL OR l.needed_by > now()))`;
    for (const [token, member] of [[undefined, null], [owner.token, owner.org.id]] as const) {
      const offerings = await expected('offerings', offeringsPublic, member);
      const needs = await expected('needs', needsPublic, member);
      const data = dataOf(await t.gql(aliased(1, directory), {}, token)) as Record<string, any>;
      const nodes = data.a0.edges.map((e: { node: any }) => e.node);
      expect(nodes).toHaveLength(ORGANIZATIONS);
      for (const node of nodes) {
        expect(node.offerings.totalCount).toBe(offerings.get(node.id));
        expect(node.needs.totalCount).toBe(needs.get(node.id));
        expect(node.offerings.edges.length).toBe(Math.min(1, offerings.get(node.id)!));
      }
    }
    const own = await t.sql<{ id: string }>(`SELECT id FROM offerings WHERE organization_id = $1`, [owner.org.id]);
    expect(own).toHaveLength(1);
    const ownPage = async (token?: string) =>
      dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { offerings { totalCount edges { node { id status } } } } }`, { id: owner.org.id }, token)) as Record<string, any>;
    expect((await ownPage()).organization.offerings).toEqual({ totalCount: 0, edges: [] });
    expect((await ownPage(owner.token)).organization.offerings).toEqual({ totalCount: 1, edges: [{ node: { id: own[0]!.id, status: 'DRAFT' } }] });
  });

  it('page on with `after` for every organization of the batch', async () => {
    const res = dataOf(await t.gql(`{ organizations(first: 100) { edges { node { id offerings(first: 2) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } } }`)) as Record<string, any>;
    const busy = res.organizations.edges.map((e: { node: any }) => e.node).find((n: any) => n.offerings.pageInfo.hasNextPage);
    expect(busy).toBeDefined();
    const next = dataOf(await t.gql(`query ($id: ID!, $after: String) { organization(id: $id) { offerings(first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } } }`, { id: busy.id, after: busy.offerings.pageInfo.endCursor })) as Record<string, any>;
    expect(next.organization.offerings.pageInfo.hasPreviousPage).toBe(true);
    const firstIds = busy.offerings.edges.map((e: any) => e.node.id);
    for (const edge of next.organization.offerings.edges) expect(firstIds).not.toContain(edge.node.id);
    expect(next.organization.offerings.edges.length).toBeGreaterThan(0);
  });
});

describe('the statement timeout', () => {
  it('is 5 s on the API\'s connections by default', async () => {
    const [row] = await t.sql<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(row!.statement_timeout).toBe('5s');
  });

  it('cancels a statement that runs longer than DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const short = await startTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '200', RELAY_ENABLED: 'false' } });
    try {
      await expect(short.sql('SELECT pg_sleep(2)')).rejects.toMatchObject({ driverError: { code: '57014' } });
      expect(dataOf(await short.gql('{ categories { code } }')).categories).toHaveLength(23);
    } finally {
      await short.close();
    }
  });
});
