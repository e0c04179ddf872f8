import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNeed, createOffering, createOwner, registerUser, type TestListing, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { contactsApi, MARK_READ } from './contacts.fixtures.js';

// The journey of issue 5 from listing to statistics. The matching step (both sides see the match with
// reasons) belongs to the matching slice and is added there.
let t: TestApp;
let api: ReturnType<typeof contactsApi>;
let supplier: TestOwner;
let buyer: TestOwner;
let outsider: TestOwner;
let offering: TestListing;
let need: TestListing;
let requestId: string;

const NEED_MATCHES = `query ($id: ID!) { need(id: $id) { matches { score offering { id } reasons { code detail } } } }`;
const OFFERING_MATCHES = `query ($id: ID!) { offering(id: $id) { matchingNeeds { score need { id } } } }`;

const STATS = `{ cooperationStats { publishedOfferings openNeeds contactRequests acceptedContacts
  bySector { category { code } offerings needs contactRequests acceptedContacts } } }`;

beforeAll(async () => {
  // The bus need and the bus offering score about 0.6: a threshold of 0.5 makes the match alert certain.
  t = await startTestApp({ env: { MATCH_ALERT_MIN_SCORE: '0.5' } });
  api = contactsApi(t);
});

afterAll(async () => {
  await t?.close();
});

describe('a supplier and a buyer exchange contacts', () => {
  it('a Belarusian supplier lists buses, a Vladimir buyer posts a need for them', async () => {
    supplier = await createOwner(t, { country: 'BY', name: 'ОАО «МАЗ»' });
    buyer = await createOwner(t, { country: 'RU', name: 'МУП «Владимирпассажиртранс»' });
    outsider = await createOwner(t, { country: 'BY' });
    offering = await createOffering(t, supplier.token, { title: 'Городской автобус МАЗ-203, Евро-5', categoryCode: '87.02' });
    need = await createNeed(t, buyer.token, { title: 'Городские автобусы большого класса, 40 шт.', categoryCode: '87.02' });
    expect([offering.status, need.status]).toEqual(['PUBLISHED', 'OPEN']);
  });

  it('both see the match with its reasons, and the supplier is alerted to the new need', async () => {
    await t.drainOutbox();
    const matches = dataOf(await t.gql(NEED_MATCHES, { id: need.id }, buyer.token)).need.matches;
    expect(matches[0]).toMatchObject({ offering: { id: offering.id } });
    expect(matches[0].score).toBeGreaterThan(0);
    expect(matches[0].score).toBeLessThanOrEqual(1);
    const codes = matches[0].reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['TEXT', 'CATEGORY', 'CERTIFICATION']));
    expect(matches[0].reasons.find((r: { code: string }) => r.code === 'TEXT').detail).toMatch(/автобус/);
    const reverse = dataOf(await t.gql(OFFERING_MATCHES, { id: offering.id }, supplier.token)).offering.matchingNeeds;
    expect(reverse.map((m: { need: { id: string } }) => m.need.id)).toContain(need.id);
    expect((await t.gql(NEED_MATCHES, { id: need.id }, outsider.token)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const alerts = (await api.notifications(supplier.token)).nodes.filter((n) => n.kind === 'NEW_MATCH');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ need: { id: need.id }, offering: { id: offering.id } });
    dataOf(await t.gql(MARK_READ, { ids: [alerts[0].id] }, supplier.token));
  });

  it('the buyer requests contact; an outsider cannot read the request by any path', async () => {
    const request = await api.requestOk(buyer.token, { offeringId: offering.id, message: 'Просим коммерческое предложение на 40 автобусов.' });
    requestId = request.id;
    expect(request).toMatchObject({ status: 'PENDING', contacts: null, toOrganization: { name: 'ОАО «МАЗ»' } });
    expect(await api.get(outsider.token, requestId)).toBeNull();
    expect(await api.get(undefined, requestId)).toBeNull();
    expect(await api.get((await registerUser(t)).token, requestId)).toBeNull();
    expect((await api.list(outsider.token, 'INCOMING')).edges).toEqual([]);
    expect((await api.notifications(outsider.token)).nodes).toEqual([]);
  });

  it('the supplier is notified, accepts, and both sides see both contact cards', async () => {
    const inbox = await api.notifications(supplier.token);
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.nodes.find((n) => !n.read)).toMatchObject({ kind: 'CONTACT_REQUEST_RECEIVED', contactRequest: { id: requestId }, offering: { id: offering.id } });
    expect(dataOf(await t.gql(MARK_READ, { ids: [inbox.nodes[0].id] }, supplier.token)).markNotificationsRead).toBe(1);

    dataOf(await api.respond(supplier.token, requestId, true, 'Готовы поставить, свяжитесь с отделом продаж.'));
    const cards = {
      requester: { organizationName: 'МУП «Владимирпассажиртранс»', email: buyer.email },
      responder: { organizationName: 'ОАО «МАЗ»', email: supplier.email },
    };
    expect((await api.get(buyer.token, requestId)).contacts).toMatchObject(cards);
    expect((await api.get(supplier.token, requestId)).contacts).toMatchObject(cards);
    expect(await api.get(outsider.token, requestId)).toBeNull();

    const buyerInbox = await api.notifications(buyer.token);
    expect(buyerInbox.nodes[0]).toMatchObject({ kind: 'CONTACT_REQUEST_ACCEPTED', contactRequest: { id: requestId, status: 'ACCEPTED' } });
    expect(buyerInbox.unreadCount).toBe(1);
  });

  it('the statistics count it', async () => {
    const stats = dataOf(await t.gql(STATS)).cooperationStats;
    expect(stats).toMatchObject({ publishedOfferings: 1, openNeeds: 1, contactRequests: 1, acceptedContacts: 1 });
    const transport = stats.bySector.find((s: { category: { code: string } }) => s.category.code === 'XVII');
    expect(transport).toMatchObject({ offerings: 1, needs: 1, contactRequests: 1, acceptedContacts: 1 });
  });
});
