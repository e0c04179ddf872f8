import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createMember, createNeed, createOffering, createOwner, type TestListing, type TestOwner, type TestUser } from '../support/factories.js';
import { awayFromWindowEdge, gqlFrom } from '../support/forwarded.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { NEED_MATCHES, OFFERING_MATCHING_NEEDS } from './matching.fixtures.js';

// RATE_LIMIT_SEARCH_PER_MINUTE covers searchOfferings, searchNeeds, Need.matches and Offering.matchingNeeds,
// per client address and per account. Behind one trusted proxy, X-Forwarded-For names the client.
const LIMIT = 3;
const SEARCH_OFFERINGS = '{ searchOfferings(query: "самосвал") { totalHits } }';
const SEARCH_NEEDS = '{ searchNeeds(query: "автобус") { totalHits } }';

let t: TestApp;
let buyer: TestOwner;
let supplier: TestOwner;
let supplierColleague: TestUser;
let need: TestListing;
let offering: TestListing;

const code = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.code ?? 'ok';

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_SEARCH_PER_MINUTE: String(LIMIT) } });
  buyer = await createOwner(t, { country: 'RU' });
  supplier = await createOwner(t, { country: 'BY' });
  supplierColleague = await createMember(t, supplier.org.id, supplier.token);
  need = await createNeed(t, buyer.token);
  offering = await createOffering(t, supplier.token);
  await t.drainOutbox();
});

afterAll(async () => {
  await t?.close();
});

describe('the search rate limit', () => {
  beforeEach(() => awayFromWindowEdge());

  it('refuses the search after the limit with RATE_LIMITED and a retry-after hint, per client address', async () => {
    const codes: string[] = [];
    for (const query of [SEARCH_OFFERINGS, SEARCH_NEEDS, SEARCH_OFFERINGS, SEARCH_NEEDS]) codes.push(code(await gqlFrom(t, '203.0.113.10', query)));
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    const refused = await gqlFrom(t, '203.0.113.10', SEARCH_OFFERINGS);
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeNull();
    // another client is not affected
    expect(code(await gqlFrom(t, '203.0.113.11', SEARCH_OFFERINGS))).toBe('ok');
  });

  it('counts a signed-in caller per account too: new addresses do not buy more searches', async () => {
    const codes: string[] = [];
    for (let i = 0; i < LIMIT + 1; i++) codes.push(code(await gqlFrom(t, `198.51.100.${20 + i}`, SEARCH_OFFERINGS, {}, supplier.token)));
    expect(codes).toEqual([...Array(LIMIT).fill('ok'), 'RATE_LIMITED']);
    // an anonymous caller on one of those addresses still has budget left there
    expect(code(await gqlFrom(t, '198.51.100.20', SEARCH_OFFERINGS))).toBe('ok');
  });

  it('counts Need.matches and Offering.matchingNeeds as searches', async () => {
    const codes: string[] = [];
    codes.push(code(await gqlFrom(t, '192.0.2.30', NEED_MATCHES, { id: need.id }, buyer.token)));
    codes.push(code(await gqlFrom(t, '192.0.2.31', NEED_MATCHES, { id: need.id }, buyer.token)));
    codes.push(code(await gqlFrom(t, '192.0.2.32', SEARCH_NEEDS, {}, buyer.token)));
    codes.push(code(await gqlFrom(t, '192.0.2.33', NEED_MATCHES, { id: need.id }, buyer.token)));
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    // the supplier's own budget went on the test above: a colleague's account is fresh
    const matching: string[] = [];
    for (let i = 0; i < LIMIT + 1; i++) matching.push(code(await gqlFrom(t, `192.0.2.${40 + i}`, OFFERING_MATCHING_NEEDS, { id: offering.id }, supplierColleague.token)));
    expect(matching).toEqual([...Array(LIMIT).fill('ok'), 'RATE_LIMITED']);
  });

  it('counts the matches of every need on a page (in one counter statement per key)', async () => {
    const other = await createOwner(t, { country: 'RU' });
    for (let i = 0; i < LIMIT; i++) await createNeed(t, other.token);
    const page = `query ($org: ID!) { organization(id: $org) { needs(first: ${LIMIT}) { edges { node { id matches(first: 3) { score } } } } } }`;
    const first = await gqlFrom(t, '192.0.2.60', page, { org: other.org.id }, other.token);
    expect(code(first)).toBe('ok');
    expect(first.body.data!.organization.needs.edges).toHaveLength(LIMIT);
    // the page used the whole budget of this account: one more search is refused
    expect(code(await gqlFrom(t, '192.0.2.61', SEARCH_NEEDS, {}, other.token))).toBe('RATE_LIMITED');
  });
});
