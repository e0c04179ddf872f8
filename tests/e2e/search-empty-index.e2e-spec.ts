import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeiliService } from '@tradebridge/search';
import { createNeed, createOffering, createOwner, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, pathsOf } from './catalog.fixtures.js';
import { BELAZ_90T, MINING_TRUCK_NEED, daysFromNow, matchingApi } from './matching.fixtures.js';
import { searchFixtures } from './search.fixtures.js';

// A platform's first day: indexes exist with their settings but hold no document. Meilisearch refuses
// `attributesToSearchOn` naming fields no document has had yet; every search must still answer 0 hits.
let t: TestApp;
let s: ReturnType<typeof searchFixtures>;
let m: ReturnType<typeof matchingApi>;

const OFFERING_FILTER = { countries: ['BY'], regions: ['Minsk Region'], kinds: ['PRODUCT'], certifications: ['EAC'], maxLeadTimeDays: 90, maxPrice: '100000', currency: 'USD', verifiedOnly: true, categoryCodes: ['87'] };
const NEED_FILTER = { countries: ['RU'], regions: ['Vladimir Oblast'], categoryCodes: ['87.04'], neededAfter: daysFromNow(1) };

async function documentsIn(index: string): Promise<number> {
  const meili = t.app.get(MeiliService);
  return (await meili.index(index).getStats()).numberOfDocuments;
}

beforeAll(async () => {
  t = await startTestApp();
  s = searchFixtures(t);
  m = matchingApi(t);
});

afterAll(async () => {
  await t?.close();
});

describe('search on empty indexes (a new deployment)', () => {
  it('starts with both indexes empty', async () => {
    expect(await documentsIn('offerings')).toBe(0);
    expect(await documentsIn('needs')).toBe(0);
  });

  it.each([
    ['a word', { query: 'самосвал' }],
    ['an English phrase', { query: 'mining dump truck' }],
    ['no words (browse)', { query: '' }],
    ['a filter and a query', { query: 'самосвал', filter: OFFERING_FILTER }],
    ['a filter, a query and a sort', { query: 'автобус', filter: { countries: ['BY'] }, sort: 'PRICE_ASC' }],
    ['a filter without a query', { filter: OFFERING_FILTER, sort: 'NEWEST' }],
  ])('searchOfferings with %s answers 0 hits, empty facets and no error', async (_, vars) => {
    const result = await s.search(vars);
    expect(result.totalHits).toBe(0);
    expect(result.hits).toEqual([]);
    expect(result.facets.map((f) => f.field).sort()).toEqual(['categoryCode', 'certifications', 'country', 'kind', 'region', 'verified']);
    expect(result.facets.every((f) => f.values.length === 0)).toBe(true);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it.each([
    ['a word', { query: 'автобусы' }],
    ['a filter and a query', { query: 'самосвал', filter: NEED_FILTER }],
    ['no words', { query: null, filter: NEED_FILTER }],
  ])('searchNeeds with %s answers 0 hits and no error', async (_, vars) => {
    const result = await s.searchNeeds(vars);
    expect(result.totalHits).toBe(0);
    expect(result.hits).toEqual([]);
    expect(result.facets.map((f) => f.field).sort()).toEqual(['categoryCode', 'certifications', 'country', 'region', 'verified']);
  });

  it.each([
    ['a negative maxLeadTimeDays', { maxLeadTimeDays: -5 }, 'filter.maxLeadTimeDays'],
    ['a maxPrice that is not a number', { maxPrice: 'abc', currency: 'USD' }, 'filter.maxPrice'],
    ['a maxPrice without a currency', { maxPrice: '100' }, 'filter.currency'],
    ['an unknown certification list shape', { certifications: [''] }, 'filter.certifications'],
  ])('refuses %s as BAD_USER_INPUT naming the field, before Meilisearch is asked', async (_, filter, path) => {
    const res = await s.searchRaw({ query: 'самосвал', filter });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toContain(path);
  });

  it('answers 0 hits (not an error) for an organizationId that is not a UUID', async () => {
    for (const query of ['самосвал', '']) {
      const result = await s.search({ query, filter: { organizationId: 'not-an-id' } });
      expect(result.totalHits).toBe(0);
      const needs = await s.searchNeeds({ query, filter: { organizationId: 'not-an-id' } });
      expect(needs.totalHits).toBe(0);
    }
  });

  it('answers bad filters and impossible organization ids without asking Meilisearch (it may even be down)', async () => {
    // Port 9 (discard) refuses connections here: any request that reached Meilisearch would be SERVICE_UNAVAILABLE.
    const offline = await startTestApp({ meiliUrl: 'http://127.0.0.1:9', waitForSearch: false });
    try {
      const o = searchFixtures(offline);
      const bad = await o.searchRaw({ query: 'самосвал', filter: { maxLeadTimeDays: -5 } });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(pathsOf(bad)).toEqual(['filter.maxLeadTimeDays']);
      expect(codeOf(await offline.gql(`{ searchNeeds(filter: { categoryCodes: [""] }) { totalHits } }`))).toBe('BAD_USER_INPUT');
      expect((await o.search({ query: 'самосвал', filter: { organizationId: 'not-an-id' } })).totalHits).toBe(0);
      expect((await o.searchNeeds({ filter: { organizationId: '42' } })).totalHits).toBe(0);
      // and a valid search does reach (the missing) Meilisearch: the refusals above are not a side effect
      expect(codeOf(await o.searchRaw({ query: 'самосвал' }))).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await offline.close();
    }
  });

  describe('matching while the other side is empty', () => {
    let supplier: TestOwner;
    let buyer: TestOwner;

    beforeAll(async () => {
      supplier = await createOwner(t, { country: 'BY' });
      buyer = await createOwner(t, { country: 'RU' });
    });

    it('Need.matches answers an empty list while no offering was ever indexed', async () => {
      const need = await createNeed(t, buyer.token, { ...MINING_TRUCK_NEED, neededBy: daysFromNow(200) });
      await m.drain();
      expect(await documentsIn('offerings')).toBe(0);
      expect(await m.needMatches(buyer.token, need.id)).toEqual([]);
      // Archive it again: the needs index is empty once more (Meilisearch forgets the fields with the last document).
      dataOf(await t.gql(`mutation ($id: ID!) { setNeedStatus(id: $id, status: CLOSED) { id } }`, { id: need.id }, buyer.token));
      await m.drain();
      expect(await documentsIn('needs')).toBe(0);
    });

    it('Offering.matchingNeeds and searchNeeds answer nothing once the last need left the index', async () => {
      const truck = await createOffering(t, supplier.token, BELAZ_90T);
      await m.drain();
      expect(await documentsIn('needs')).toBe(0);
      expect(await m.offeringNeeds(supplier.token, truck.id)).toEqual([]);
      expect((await s.searchNeeds({ query: 'самосвал' })).totalHits).toBe(0);
      // and the offering itself is found: the fix does not hide documents of a non-empty index
      expect((await s.search({ query: 'самосвал' })).hits.map((h) => h.offering.id)).toEqual([truck.id]);
    });
  });
});
