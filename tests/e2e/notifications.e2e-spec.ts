import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMember, createOffering, createOwner, type TestListing, type TestOwner, type TestUser } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, contactsApi, MARK_READ, NOTIFICATIONS, UNKNOWN_ID } from './contacts.fixtures.js';

let t: TestApp;
let api: ReturnType<typeof contactsApi>;
let supplier: TestOwner;
let englishMember: TestUser;
let buyer: TestOwner;
let buyerMember: TestUser;
let offering: TestListing;
let requestId: string;

const SET_OFFERING_STATUS = `mutation ($id: ID!, $status: ListingStatus!) { setOfferingStatus(id: $id, status: $status) { id } }`;
const markRead = async (token: string, ids: string[]) => dataOf(await t.gql(MARK_READ, { ids }, token)).markNotificationsRead as number;

beforeAll(async () => {
  t = await startTestApp();
  api = contactsApi(t);
  supplier = await createOwner(t, { country: 'BY', name: 'ОАО Минский автозавод' });
  englishMember = await createMember(t, supplier.org.id, supplier.token, { locale: 'EN' });
  buyer = await createOwner(t, { country: 'RU', name: 'МУП Владимирпассажиртранс' });
  buyerMember = await createMember(t, buyer.org.id, buyer.token);
  offering = await createOffering(t, supplier.token, { title: 'Автобус МАЗ-203 городской' });
  requestId = (await api.requestOk(buyer.token, { offeringId: offering.id })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('notifications', () => {
  it('need a signed-in caller', async () => {
    expect(codeOf(await t.gql(NOTIFICATIONS, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(MARK_READ, { ids: [UNKNOWN_ID] }))).toBe('UNAUTHENTICATED');
  });

  it("tell every member of the target organization about a request, titled in each one's locale", async () => {
    const russian = await api.notifications(supplier.token);
    expect(russian.nodes).toHaveLength(1);
    expect(russian.nodes[0]).toMatchObject({
      kind: 'CONTACT_REQUEST_RECEIVED',
      title: 'Запрос контакта от «МУП Владимирпассажиртранс»: Автобус МАЗ-203 городской',
      read: false,
      offering: { id: offering.id },
      need: null,
      contactRequest: { id: requestId, status: 'PENDING' },
    });
    const english = await api.notifications(englishMember.token);
    expect(english.nodes[0]).toMatchObject({
      kind: 'CONTACT_REQUEST_RECEIVED',
      title: 'Contact request from "МУП Владимирпассажиртранс": Автобус МАЗ-203 городской',
    });
    expect((await api.notifications(buyer.token)).nodes).toEqual([]);
  });

  it('tell every member of the requesting organization about the answer', async () => {
    dataOf(await api.respond(englishMember.token, requestId, true));
    for (const member of [buyer, buyerMember]) {
      const { nodes } = await api.notifications(member.token);
      expect(nodes.map((n) => n.kind)).toEqual(['CONTACT_REQUEST_ACCEPTED']);
      expect(nodes[0]).toMatchObject({
        title: '«ОАО Минский автозавод» приняла ваш запрос контакта: Автобус МАЗ-203 городской',
        contactRequest: { id: requestId, status: 'ACCEPTED' },
      });
    }
    const declined = await api.requestOk(buyerMember.token, { offeringId: (await createOffering(t, supplier.token)).id });
    dataOf(await api.respond(supplier.token, declined.id, false));
    expect((await api.notifications(buyer.token)).nodes[0]).toMatchObject({ kind: 'CONTACT_REQUEST_DECLINED', contactRequest: { id: declined.id } });
  });

  it('never show a listing the reader may no longer see', async () => {
    const listing = await createOffering(t, supplier.token, { title: 'Секретный самосвал' });
    const request = await api.requestOk(buyer.token, { offeringId: listing.id });
    dataOf(await api.respond(supplier.token, request.id, true));
    dataOf(await t.gql(SET_OFFERING_STATUS, { id: listing.id, status: 'ARCHIVED' }, supplier.token));
    const forBuyer = (await api.notifications(buyer.token)).nodes.find((n) => n.contactRequest?.id === request.id)!;
    expect(forBuyer.offering).toBeNull();
    const forSupplier = (await api.notifications(supplier.token)).nodes.find((n) => n.contactRequest?.id === request.id)!;
    expect(forSupplier.offering).toEqual({ id: listing.id });
  });

  it('count the unread ones, filter them, and page newest first', async () => {
    const all = await api.notifications(buyer.token);
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.unreadCount).toBe(all.nodes.filter((n) => !n.read).length);
    const first = await api.notifications(buyer.token, { first: 1 });
    expect(first.nodes[0].id).toBe(all.nodes[0].id);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await api.notifications(buyer.token, { first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes[0].id).toBe(all.nodes[1].id);
    expect(codeOf(await t.gql(NOTIFICATIONS, { first: 0 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(NOTIFICATIONS, { first: 5, after: 'garbage' }, buyer.token))).toBe('BAD_USER_INPUT');
  });
});

describe('markNotificationsRead', () => {
  it("marks only the caller's own unread notifications and returns how many it newly marked", async () => {
    const mine = (await api.notifications(buyer.token)).nodes;
    const theirs = (await api.notifications(supplier.token)).nodes;
    const unreadBefore = (await api.notifications(supplier.token)).unreadCount;
    const marked = await markRead(buyer.token, [mine[0].id, mine[0].id, theirs[0].id, UNKNOWN_ID, 'not-an-id']);
    expect(marked).toBe(1);
    expect(await markRead(buyer.token, [mine[0].id])).toBe(0);
    expect((await api.notifications(supplier.token)).unreadCount).toBe(unreadBefore);
    const [row] = await t.sql<{ read_at: Date | null }>('SELECT read_at FROM notifications WHERE id = $1', [theirs[0].id]);
    expect(row.read_at).toBeNull();
    const after = await api.notifications(buyer.token);
    expect(after.nodes.find((n) => n.id === mine[0].id)?.read).toBe(true);
    expect(after.unreadCount).toBe(mine.length - 1);
    const unread = await api.notifications(buyer.token, { unreadOnly: true });
    expect(unread.nodes.map((n) => n.id)).not.toContain(mine[0].id);
    expect(unread.totalCount).toBe(mine.length - 1);
    expect(await markRead(buyer.token, mine.map((n) => n.id))).toBe(mine.length - 1);
    expect((await api.notifications(buyer.token, { unreadOnly: true })).nodes).toEqual([]);
    expect(await markRead(buyer.token, [])).toBe(0);
  });

  it('refuses more than 500 ids at once', async () => {
    const res = await t.gql(MARK_READ, { ids: Array.from({ length: 501 }, () => UNKNOWN_ID) }, buyer.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
