import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countRows, createNeed, createOffering, createOwner, type TestOwner } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, contactsApi } from './contacts.fixtures.js';

// CONTACT_REQUESTS_PER_DAY is 20 in production; 3 here keeps the test short.
let t: TestApp;
let api: ReturnType<typeof contactsApi>;
let supplier: TestOwner;
let buyer: TestOwner;
let otherBuyer: TestOwner;

beforeAll(async () => {
  t = await startTestApp({ env: { CONTACT_REQUESTS_PER_DAY: '3' } });
  api = contactsApi(t);
  supplier = await createOwner(t, { country: 'BY' });
  buyer = await createOwner(t, { country: 'RU' });
  otherBuyer = await createOwner(t, { country: 'RU' });
});

afterAll(async () => {
  await t?.close();
});

describe('the daily allowance of contact requests per organization', () => {
  const ids: string[] = [];

  it('refuses the request past the limit with RATE_LIMITED and a retry hint, withdrawn requests included', async () => {
    const offerings = await Promise.all([1, 2, 3, 4].map(() => createOffering(t, supplier.token)));
    for (const offering of offerings.slice(0, 3)) ids.push((await api.requestOk(buyer.token, { offeringId: offering.id })).id);
    dataOf(await api.withdraw(buyer.token, ids[0]));
    const before = await countRows(t, 'SELECT count(*) AS n FROM contact_requests');
    const refused = await api.request(buyer.token, { offeringId: offerings[3].id, message: 'One more' });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const retry = errorOf(refused).extensions?.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(86_000);
    expect(retry).toBeLessThanOrEqual(86_400);
    expect(errorOf(refused).message).toMatch(/3 contact requests/);
    expect(await countRows(t, 'SELECT count(*) AS n FROM contact_requests')).toBe(before);
  });

  it('counts per organization: another organization still may ask', async () => {
    const need = await createNeed(t, otherBuyer.token);
    expect((await api.requestOk(supplier.token, { needId: need.id })).status).toBe('PENDING');
    const offering = await createOffering(t, supplier.token);
    expect((await api.requestOk(otherBuyer.token, { offeringId: offering.id })).status).toBe('PENDING');
  });

  it('is a rolling day: once the oldest request is 24 hours old, one more is allowed', async () => {
    await t.sql(`UPDATE contact_requests SET created_at = now() - interval '25 hours' WHERE id = $1`, [ids[0]]);
    await t.sql(`UPDATE contact_requests SET created_at = now() - interval '23 hours' WHERE id = $1`, [ids[1]]);
    const offering = await createOffering(t, supplier.token);
    expect((await api.requestOk(buyer.token, { offeringId: offering.id })).status).toBe('PENDING');
    const refused = await api.request(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id, message: 'Hi' });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    // The next slot opens when the request made 23 hours ago leaves the window.
    const retry = errorOf(refused).extensions?.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3601);
  });

  it('reports bad input and duplicates before the limit', async () => {
    expect(codeOf(await api.request(buyer.token, { message: 'Hi' }))).toBe('BAD_USER_INPUT');
    const [pending] = await t.sql<{ offering_id: string }>(`SELECT offering_id FROM contact_requests WHERE id = $1`, [ids[1]]);
    expect(codeOf(await api.request(buyer.token, { offeringId: pending.offering_id, message: 'Hi' }))).toBe('CONFLICT');
  });

  it('holds under concurrent requests: one pending per listing, and never more than the limit', async () => {
    const racer = await createOwner(t, { country: 'RU' });
    const listing = await createOffering(t, supplier.token);
    const same = await Promise.all(Array.from({ length: 5 }, () => api.request(racer.token, { offeringId: listing.id, message: 'Hi' })));
    expect(same.filter((r) => !r.body.errors).length).toBe(1);
    expect(same.filter((r) => r.body.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const others = await Promise.all([1, 2, 3, 4].map(() => createOffering(t, supplier.token)));
    const burst = await Promise.all(others.map((o) => api.request(racer.token, { offeringId: o.id, message: 'Hi' })));
    expect(burst.filter((r) => !r.body.errors).length).toBe(2);
    expect(burst.filter((r) => r.body.errors).map(codeOf)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(await countRows(t, 'SELECT count(*) AS n FROM contact_requests WHERE from_organization_id = $1', [racer.org.id])).toBe(3);
  });
});
