import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter } from '@tradebridge/core';
import { createNeed, createOffering, createOwner, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, contactsApi, pathsOf } from './contacts.fixtures.js';

let t: TestApp;
let api: ReturnType<typeof contactsApi>;
let maz: TestOwner;
let belaz: TestOwner;
let vladimir: TestOwner;

const STATS = `query ($from: DateTime, $to: DateTime) { cooperationStats(from: $from, to: $to) {
  organizations by: organizations(country: BY) ru: organizations(country: RU)
  publishedOfferings openNeeds contactRequests acceptedContacts
  bySector { category { code nameEn } offerings needs contactRequests acceptedContacts } } }`;
const SET_OFFERING_STATUS = `mutation ($id: ID!, $status: ListingStatus!) { setOfferingStatus(id: $id, status: $status) { id } }`;
const SET_NEED_STATUS = `mutation ($id: ID!, $status: NeedStatus!) { setNeedStatus(id: $id, status: $status) { id } }`;

type Sector = { category: { code: string }; offerings: number; needs: number; contactRequests: number; acceptedContacts: number };
const stats = async (variables: Record<string, unknown> = {}, token?: string) => dataOf(await t.gql(STATS, variables, token)).cooperationStats;
const sector = (s: { bySector: Sector[] }, code: string) => s.bySector.find((x) => x.category.code === code)!;

beforeAll(async () => {
  t = await startTestApp();
  api = contactsApi(t);
});

afterAll(async () => {
  await t?.close();
});

describe('cooperationStats', () => {
  it('is public and starts at zero with every one of the 23 sectors listed in taxonomy order', async () => {
    const empty = await stats();
    expect(empty).toMatchObject({ organizations: 0, by: 0, ru: 0, publishedOfferings: 0, openNeeds: 0, contactRequests: 0, acceptedContacts: 0 });
    expect(empty.bySector).toHaveLength(23);
    expect(empty.bySector[0].category.code).toBe('I');
    expect(empty.bySector.slice(21).map((s: Sector) => s.category.code)).toEqual(['S', 'P']);
    expect(empty.bySector.every((s: Sector) => s.offerings + s.needs + s.contactRequests + s.acceptedContacts === 0)).toBe(true);
  });

  it('counts organizations by country, public listings and contact requests, per top-level sector', async () => {
    maz = await createOwner(t, { country: 'BY' });
    belaz = await createOwner(t, { country: 'BY' });
    vladimir = await createOwner(t, { country: 'RU' });
    const trucks = await createOffering(t, maz.token, { categoryCode: '87.04' }); // XVII
    const dumpers = await createOffering(t, belaz.token, { categoryCode: '87.04' }); // XVII
    await createOffering(t, maz.token, { categoryCode: 'S.MAINTENANCE', kind: 'SERVICE' }); // S
    await createOffering(t, maz.token, { publish: false }); // a draft: not counted
    const archived = await createOffering(t, belaz.token);
    dataOf(await t.gql(SET_OFFERING_STATUS, { id: archived.id, status: 'ARCHIVED' }, belaz.token));
    const expired = await createOffering(t, belaz.token);
    await t.sql(`UPDATE offerings SET valid_until = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    await createNeed(t, vladimir.token, { categoryCode: '87.02' }); // XVII
    const assembly = await createNeed(t, vladimir.token, { categoryCode: 'P.ASSEMBLY' }); // P
    await createNeed(t, vladimir.token, { publish: false });
    const closed = await createNeed(t, vladimir.token);
    dataOf(await t.gql(SET_NEED_STATUS, { id: closed.id, status: 'CLOSED' }, vladimir.token));

    const accepted = await api.requestOk(vladimir.token, { offeringId: trucks.id });
    dataOf(await api.respond(maz.token, accepted.id, true));
    await api.requestOk(vladimir.token, { offeringId: dumpers.id });
    const declined = await api.requestOk(maz.token, { needId: assembly.id });
    dataOf(await api.respond(vladimir.token, declined.id, false));

    const s = await stats();
    expect(s).toMatchObject({ organizations: 3, by: 2, ru: 1, publishedOfferings: 3, openNeeds: 2, contactRequests: 3, acceptedContacts: 1 });
    expect(sector(s, 'XVII')).toEqual({ category: { code: 'XVII', nameEn: expect.any(String) }, offerings: 2, needs: 1, contactRequests: 2, acceptedContacts: 1 });
    expect(sector(s, 'S')).toMatchObject({ offerings: 1, needs: 0, contactRequests: 0, acceptedContacts: 0 });
    expect(sector(s, 'P')).toMatchObject({ offerings: 0, needs: 1, contactRequests: 1, acceptedContacts: 0 });
    const sum = (key: keyof Sector) => s.bySector.reduce((n: number, x: Sector) => n + (x[key] as number), 0);
    expect([sum('offerings'), sum('needs'), sum('contactRequests'), sum('acceptedContacts')]).toEqual([3, 2, 3, 1]);
  });

  it('counts contact requests by creation and accepted contacts by acceptance within [from, to]', async () => {
    await t.sql(`UPDATE contact_requests SET created_at = '2025-03-01T10:00:00Z' WHERE status = 'PENDING'`);
    await t.sql(`UPDATE contact_requests SET created_at = '2025-01-10T10:00:00Z', responded_at = '2025-06-01T12:00:00Z' WHERE status = 'ACCEPTED'`);
    const early = await stats({ from: '2025-01-01T00:00:00Z', to: '2025-03-31T23:59:59Z' });
    expect(early).toMatchObject({ contactRequests: 2, acceptedContacts: 0, publishedOfferings: 3, openNeeds: 2 });
    expect(sector(early, 'XVII')).toMatchObject({ contactRequests: 2, acceptedContacts: 0, offerings: 2 });
    expect(sector(early, 'P').contactRequests).toBe(0);
    const june = await stats({ from: '2025-06-01T12:00:00Z', to: '2025-06-01T12:00:00Z' });
    expect(june).toMatchObject({ contactRequests: 0, acceptedContacts: 1 });
    expect(sector(june, 'XVII').acceptedContacts).toBe(1);
    expect(await stats({ from: '2025-04-01T00:00:00Z' })).toMatchObject({ contactRequests: 1, acceptedContacts: 1 });
    expect(await stats({ to: '2025-02-01T00:00:00Z' })).toMatchObject({ contactRequests: 1, acceptedContacts: 0 });
  });

  it('refuses to before from as BAD_USER_INPUT, and a malformed date too', async () => {
    const res = await t.gql(STATS, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['to']);
    expect(codeOf(await t.gql(STATS, { from: 'yesterday' }))).toBe('BAD_USER_INPUT');
  });

  it('answers with a handful of aggregate queries, however many rows there are', async () => {
    for (let i = 0; i < 5; i++) await createOffering(t, belaz.token);
    const before = queryCounter.count;
    expect((await stats({}, maz.token)).publishedOfferings).toBe(8);
    // token check, organizations, totals, bySector, categories: never one per row or per sector
    expect(queryCounter.count - before).toBeLessThanOrEqual(5);
  });
});
