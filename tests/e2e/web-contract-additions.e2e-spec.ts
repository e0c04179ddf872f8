import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNeed, createOffering, createOwner, type TestOwner } from '../support/factories.js';
import { queryCounter } from '@tradebridge/core';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { contactsApi } from './contacts.fixtures.js';

// Small additions to the contract the web app's pages need: category search for the category picker and the
// caller's own contact request on a listing.
const SEARCH_CATEGORIES = `query ($q: String!, $first: Int) { searchCategories(query: $q, first: $first) { code name nameEn hsCode } }`;
const OFFERING_REQUEST = `query ($id: ID!) { offering(id: $id) { id myContactRequest { id status } } }`;
const NEED_REQUEST = `query ($id: ID!) { need(id: $id) { id myContactRequest { id status } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('searchCategories', () => {
  it('finds a heading by its code, with or without the dot, first', async () => {
    for (const q of ['87.04', '8704']) {
      const found = dataOf(await t.gql(SEARCH_CATEGORIES, { q })).searchCategories;
      expect(found[0]).toMatchObject({ code: '87.04', hsCode: '8704' });
    }
  });

  it('finds headings by words of the Russian or the English name, any case, ё as е', async () => {
    const ru = dataOf(await t.gql(SEARCH_CATEGORIES, { q: 'перевозки ГРУЗОВ' })).searchCategories.map((c: { code: string }) => c.code);
    expect(ru).toContain('87.04');
    const en = dataOf(await t.gql(SEARCH_CATEGORIES, { q: 'transport of goods' })).searchCategories.map((c: { code: string }) => c.code);
    expect(en).toContain('87.04');
    const services = dataOf(await t.gql(SEARCH_CATEGORIES, { q: 'S.CONSTRUCTION' })).searchCategories;
    expect(services[0].code).toBe('S.CONSTRUCTION');
  });

  it('treats % and _ as plain characters and returns nothing for a word no name has', async () => {
    const percent = dataOf(await t.gql(SEARCH_CATEGORIES, { q: '%', first: 50 })).searchCategories;
    expect(percent.length).toBeGreaterThan(0);
    for (const c of percent) expect(`${c.name} ${c.nameEn}`).toContain('%');
    expect(dataOf(await t.gql(SEARCH_CATEGORIES, { q: 'qzxqzx' })).searchCategories).toEqual([]);
  });

  it('refuses an empty query or a page size outside 1..50, naming the argument', async () => {
    const empty = errorOf(await t.gql(SEARCH_CATEGORIES, { q: '  ' }));
    expect(empty.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.extensions?.fields.map((f: { path: string }) => f.path)).toEqual(['query']);
    const big = errorOf(await t.gql(SEARCH_CATEGORIES, { q: 'авто', first: 51 }));
    expect(big.extensions?.fields.map((f: { path: string }) => f.path)).toEqual(['first']);
  });
});

describe('myContactRequest on offerings and needs', () => {
  let supplier: TestOwner;
  let buyer: TestOwner;
  let stranger: TestOwner;
  beforeAll(async () => {
    supplier = await createOwner(t);
    buyer = await createOwner(t, { country: 'RU' });
    stranger = await createOwner(t, { country: 'RU' });
  });

  it("is the caller organization's newest request about the offering, null for others and anonymous callers", async () => {
    const offering = await createOffering(t, supplier.token);
    const contacts = contactsApi(t);
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, buyer.token)).offering.myContactRequest).toBeNull();
    const first = await contacts.requestOk(buyer.token, { offeringId: offering.id });
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, buyer.token)).offering.myContactRequest).toEqual({ id: first.id, status: 'PENDING' });
    dataOf(await contacts.withdraw(buyer.token, first.id));
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, buyer.token)).offering.myContactRequest).toEqual({ id: first.id, status: 'WITHDRAWN' });
    const second = await contacts.requestOk(buyer.token, { offeringId: offering.id });
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, buyer.token)).offering.myContactRequest).toEqual({ id: second.id, status: 'PENDING' });
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, stranger.token)).offering.myContactRequest).toBeNull();
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id }, supplier.token)).offering.myContactRequest).toBeNull();
    expect(dataOf(await t.gql(OFFERING_REQUEST, { id: offering.id })).offering.myContactRequest).toBeNull();
  });

  it("is the supplier's request about a need", async () => {
    const need = await createNeed(t, buyer.token);
    const request = await contactsApi(t).requestOk(supplier.token, { needId: need.id });
    expect(dataOf(await t.gql(NEED_REQUEST, { id: need.id }, supplier.token)).need.myContactRequest).toEqual({ id: request.id, status: 'PENDING' });
    expect(dataOf(await t.gql(NEED_REQUEST, { id: need.id }, stranger.token)).need.myContactRequest).toBeNull();
  });

  it('loads the requests of a whole page of listings with one more SQL statement, not one per listing', async () => {
    const offerings = await Promise.all([0, 1, 2, 3].map((i) => createOffering(t, supplier.token, { title: `Автокран КС-45717 №${i}` })));
    for (const o of offerings.slice(0, 3)) await contactsApi(t).requestOk(buyer.token, { offeringId: o.id });
    const query = (fields: string) => `query { ${offerings.map((o, i) => `o${i}: offering(id: "${o.id}") { ${fields} }`).join(' ')} }`;
    const statements = async (fields: string) => {
      const before = queryCounter.count;
      const data = dataOf(await t.gql(query(fields), {}, buyer.token));
      return { data, count: queryCounter.count - before };
    };
    const plain = await statements('id');
    const withRequests = await statements('id myContactRequest { status }');
    expect(Object.values(withRequests.data).map((o: any) => o.myContactRequest?.status ?? null)).toEqual(['PENDING', 'PENDING', 'PENDING', null]);
    expect(withRequests.count - plain.count).toBe(1);
  });
});
