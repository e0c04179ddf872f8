import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter } from '@tradebridge/core';
import {
  countRows,
  createAdmin,
  createMember,
  createNeed,
  createOffering,
  createOwner,
  registerUser,
  type TestListing,
  type TestOwner,
  type TestUser,
} from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, contactsApi, LIST_REQUESTS, pathsOf, UNKNOWN_ID } from './contacts.fixtures.js';

let t: TestApp;
let api: ReturnType<typeof contactsApi>;
let supplier: TestOwner; // a Belarusian manufacturer with an offering
let supplierMember: TestUser;
let buyer: TestOwner; // a Vladimir Oblast buyer with a need
let buyerMember: TestUser;
let outsider: TestOwner;
let loner: TestUser; // signed in, no organization
let admin: TestUser;
let offering: TestListing;
let need: TestListing;

const REQUESTS = 'SELECT count(*) AS n FROM contact_requests';
const NOTIFICATIONS = 'SELECT count(*) AS n FROM notifications';
const SET_OFFERING_STATUS = `mutation ($id: ID!, $status: ListingStatus!) { setOfferingStatus(id: $id, status: $status) { id status } }`;

beforeAll(async () => {
  t = await startTestApp();
  api = contactsApi(t);
  supplier = await createOwner(t, { country: 'BY' });
  supplierMember = await createMember(t, supplier.org.id, supplier.token);
  buyer = await createOwner(t, { country: 'RU' });
  buyerMember = await createMember(t, buyer.org.id, buyer.token);
  outsider = await createOwner(t, { country: 'BY' });
  loner = await registerUser(t);
  admin = await createAdmin(t);
  offering = await createOffering(t, supplier.token);
  need = await createNeed(t, buyer.token);
});

afterAll(async () => {
  await t?.close();
});

describe('requestContact: refusals, in the documented order', () => {
  it('needs a signed-in caller', async () => {
    expect(codeOf(await api.request('', { offeringId: offering.id, message: 'Hi' }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['neither id', {}],
    ['both ids', { offeringId: UNKNOWN_ID, needId: UNKNOWN_ID }],
  ])('refuses %s as BAD_USER_INPUT naming input.offeringId and input.needId', async (_, ids) => {
    const res = await api.request(buyer.token, { ...ids, message: 'Здравствуйте' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.needId', 'input.offeringId']);
  });

  it.each([['an empty message', '   '], ['a message over 2,000 characters', 'я'.repeat(2001)]])('refuses %s naming input.message', async (_, message) => {
    const res = await api.request(buyer.token, { offeringId: offering.id, message });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.message']);
  });

  it('reports bad input before anything else (unknown listing, no organization)', async () => {
    const res = await api.request(loner.token, { offeringId: UNKNOWN_ID, needId: UNKNOWN_ID, message: '' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.message', 'input.needId', 'input.offeringId']);
  });

  it("answers NOT_FOUND for unknown or malformed ids and for another organization's draft", async () => {
    const draft = await createOffering(t, supplier.token, { publish: false });
    for (const input of [{ offeringId: UNKNOWN_ID }, { needId: UNKNOWN_ID }, { offeringId: 'not-an-id' }, { offeringId: draft.id }]) {
      expect(codeOf(await api.request(buyer.token, { ...input, message: 'Hi' }))).toBe('NOT_FOUND');
    }
  });

  it('refuses a caller without an organization with FORBIDDEN', async () => {
    expect(codeOf(await api.request(loner.token, { offeringId: offering.id, message: 'Hi' }))).toBe('FORBIDDEN');
  });

  it("refuses a request on the caller organization's own listing as BAD_USER_INPUT", async () => {
    const own = await api.request(supplierMember.token, { offeringId: offering.id, message: 'Hi' });
    expect(codeOf(own)).toBe('BAD_USER_INPUT');
    expect(pathsOf(own)).toEqual(['input.offeringId']);
    expect(pathsOf(await api.request(buyer.token, { needId: need.id, message: 'Hi' }))).toEqual(['input.needId']);
  });

  it('refuses, as CONFLICT, a listing an admin can see but that is not published', async () => {
    const adminOwner = await createOwner(t);
    await t.sql(`UPDATE users SET platform_role = 'ADMIN' WHERE id = $1`, [adminOwner.id]);
    const draft = await createOffering(t, supplier.token, { publish: false });
    expect(codeOf(await api.request(adminOwner.token, { offeringId: draft.id, message: 'Hi' }))).toBe('CONFLICT');
  });

  it('leaves no row and no notification behind a refusal', async () => {
    const [requests, notifications] = [await countRows(t, REQUESTS), await countRows(t, NOTIFICATIONS)];
    await api.request(loner.token, { offeringId: offering.id, message: 'Hi' });
    await api.request(buyer.token, { needId: need.id, message: 'Hi' });
    expect(await countRows(t, REQUESTS)).toBe(requests);
    expect(await countRows(t, NOTIFICATIONS)).toBe(notifications);
  });
});

describe('requestContact: success and duplicates', () => {
  let requestId: string;

  it("creates a PENDING request from the caller's organization to the listing's and notifies the target's members", async () => {
    const request = await api.requestOk(buyer.token, { offeringId: offering.id, message: '  Нужны 3 самосвала к сентябрю.  ' });
    requestId = request.id;
    expect(request).toMatchObject({
      status: 'PENDING',
      message: 'Нужны 3 самосвала к сентябрю.',
      responseMessage: null,
      respondedAt: null,
      fromOrganization: { id: buyer.org.id },
      toOrganization: { id: supplier.org.id },
      offering: { id: offering.id },
      need: null,
      contacts: null,
    });
    const kinds = await t.sql<{ user_id: string; kind: string }>(
      'SELECT user_id, kind FROM notifications WHERE contact_request_id = $1 ORDER BY user_id',
      [requestId],
    );
    expect(kinds.map((k) => k.user_id).sort()).toEqual([supplier.id, supplierMember.id].sort());
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['CONTACT_REQUEST_RECEIVED']));
  });

  it('refuses a second pending request of the same organization on the same listing with CONFLICT', async () => {
    const before = await countRows(t, REQUESTS);
    expect(codeOf(await api.request(buyerMember.token, { offeringId: offering.id, message: 'Again' }))).toBe('CONFLICT');
    expect(await countRows(t, REQUESTS)).toBe(before);
  });

  it('lets another organization ask about the same listing, and a supplier ask about a need', async () => {
    expect((await api.requestOk(outsider.token, { offeringId: offering.id })).status).toBe('PENDING');
    const onNeed = await api.requestOk(supplierMember.token, { needId: need.id });
    expect(onNeed).toMatchObject({ fromOrganization: { id: supplier.org.id }, toOrganization: { id: buyer.org.id }, need: { id: need.id }, offering: null });
  });

  it('allows a new request once the pending one is withdrawn', async () => {
    const listing = await createOffering(t, supplier.token);
    const first = await api.requestOk(buyer.token, { offeringId: listing.id });
    dataOf(await api.withdraw(buyerMember.token, first.id));
    expect((await api.requestOk(buyer.token, { offeringId: listing.id })).status).toBe('PENDING');
  });

  it('shows the request to both organizations and admins; strangers and anonymous callers get null', async () => {
    for (const reader of [buyer, buyerMember, supplier, supplierMember, admin]) expect((await api.get(reader.token, requestId))?.id).toBe(requestId);
    for (const stranger of [outsider.token, loner.token, undefined]) expect(await api.get(stranger, requestId)).toBeNull();
    expect(await api.get(buyer.token, UNKNOWN_ID)).toBeNull();
  });

  it("lists the caller organization's requests by direction and status", async () => {
    const incoming = await api.list(supplier.token, 'INCOMING');
    expect(incoming.edges.every((e: any) => e.node.toOrganization.id === supplier.org.id)).toBe(true);
    expect(incoming.edges.map((e: any) => e.node.id)).toContain(requestId);
    const outgoing = await api.list(buyer.token, 'OUTGOING', { status: 'PENDING' });
    expect(outgoing.edges.every((e: any) => e.node.fromOrganization.id === buyer.org.id && e.node.status === 'PENDING')).toBe(true);
    expect(outgoing.totalCount).toBe(outgoing.edges.length);
    expect((await api.list(outsider.token, 'INCOMING')).totalCount).toBe(0);
    expect((await api.list(loner.token, 'OUTGOING')).edges).toEqual([]);
    const page = await api.list(buyer.token, 'OUTGOING', { first: 1 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await api.list(buyer.token, 'OUTGOING', { first: 1, after: page.pageInfo.endCursor });
    expect(next.edges[0].node.id).not.toBe(page.edges[0].node.id);
    expect(codeOf(await t.gql(LIST_REQUESTS, { direction: 'INCOMING', first: 101 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIST_REQUESTS, { direction: 'INCOMING' }))).toBe('UNAUTHENTICATED');
  });

  it('batches the fields of a list: a bounded number of SQL statements, not one per request', async () => {
    for (let i = 0; i < 4; i++) await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    const query = `{ contactRequests(direction: OUTGOING, first: 50) { edges { node { id fromOrganization { name } toOrganization { name }
      offering { title category { code } organization { name } } need { id } contacts { requester { email } } } } } }`;
    const before = queryCounter.count;
    const list = dataOf(await t.gql(query, {}, buyer.token)).contactRequests;
    expect(list.edges.length).toBeGreaterThanOrEqual(6);
    expect(queryCounter.count - before).toBeLessThanOrEqual(8);
  });

  it('hides the listing from the requesters once it is archived, not from its owners', async () => {
    const listing = await createOffering(t, supplier.token);
    const request = await api.requestOk(buyer.token, { offeringId: listing.id });
    dataOf(await t.gql(SET_OFFERING_STATUS, { id: listing.id, status: 'ARCHIVED' }, supplier.token));
    expect((await api.get(buyer.token, request.id)).offering).toBeNull();
    expect((await api.get(supplier.token, request.id)).offering).toEqual({ id: listing.id, title: listing.title });
  });
});

describe('respondToContactRequest and the contact exchange', () => {
  let request: { id: string };

  beforeAll(async () => {
    request = await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
  });

  it('keeps contacts null while the request is pending, for both sides', async () => {
    expect((await api.get(buyer.token, request.id)).contacts).toBeNull();
    expect((await api.get(supplier.token, request.id)).contacts).toBeNull();
  });

  it('refuses anyone outside the target organization with FORBIDDEN (the requesters, strangers, admins)', async () => {
    for (const caller of [buyer, buyerMember, outsider, loner, admin]) {
      expect(codeOf(await api.respond(caller.token, request.id, true))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.respond(supplier.token, UNKNOWN_ID, true))).toBe('NOT_FOUND');
    expect(pathsOf(await api.respond(supplier.token, request.id, true, 'я'.repeat(2001)))).toEqual(['input.message']);
    expect((await api.get(buyer.token, request.id)).status).toBe('PENDING');
  });

  it('accepts: both sides then see both cards, e-mails and phones included; strangers see nothing', async () => {
    const accepted = dataOf(await api.respond(supplierMember.token, request.id, true, ' Готовы обсудить. ')).respondToContactRequest;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', responseMessage: 'Готовы обсудить.' });
    expect(new Date(accepted.respondedAt).getTime()).toBeGreaterThan(0);
    const expected = {
      requester: { name: 'Тестовый пользователь', organizationName: buyer.org.name, email: buyer.email, phone: '+375 17 000-00-00' },
      responder: { name: 'Тестовый пользователь', organizationName: supplier.org.name, email: supplierMember.email },
    };
    expect(accepted.contacts).toMatchObject(expected);
    for (const reader of [buyer, buyerMember, supplier, admin]) expect((await api.get(reader.token, request.id)).contacts).toMatchObject(expected);
    expect(await api.get(outsider.token, request.id)).toBeNull();
    const seen = await t.sql<{ kind: string; user_id: string }>('SELECT kind, user_id FROM notifications WHERE contact_request_id = $1 AND kind <> $2', [
      request.id,
      'CONTACT_REQUEST_RECEIVED',
    ]);
    expect(seen.map((n) => n.user_id).sort()).toEqual([buyer.id, buyerMember.id].sort());
    expect(seen.every((n) => n.kind === 'CONTACT_REQUEST_ACCEPTED')).toBe(true);
  });

  it('refuses to answer twice or to withdraw an answered request (CONFLICT)', async () => {
    expect(codeOf(await api.respond(supplier.token, request.id, false))).toBe('CONFLICT');
    expect(codeOf(await api.withdraw(buyer.token, request.id))).toBe('CONFLICT');
    expect((await api.get(buyer.token, request.id)).status).toBe('ACCEPTED');
  });

  it('declines: the requesters are told, and contacts stay null', async () => {
    const other = await api.requestOk(buyerMember.token, { offeringId: (await createOffering(t, supplier.token)).id });
    const declined = dataOf(await api.respond(supplier.token, other.id, false)).respondToContactRequest;
    expect(declined).toMatchObject({ status: 'DECLINED', responseMessage: null, contacts: null });
    const kinds = await t.sql<{ kind: string }>('SELECT DISTINCT kind FROM notifications WHERE contact_request_id = $1 AND user_id = $2', [other.id, buyer.id]);
    expect(kinds.map((k) => k.kind).sort()).toEqual(['CONTACT_REQUEST_DECLINED']);
  });
});

describe('withdrawContactRequest', () => {
  it('lets only the requesting organization withdraw, only while pending', async () => {
    const request = await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    for (const caller of [supplier, supplierMember, outsider, loner, admin]) {
      expect(codeOf(await api.withdraw(caller.token, request.id))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.withdraw(buyer.token, UNKNOWN_ID))).toBe('NOT_FOUND');
    expect(codeOf(await api.withdraw('', request.id))).toBe('UNAUTHENTICATED');
    expect(dataOf(await api.withdraw(buyerMember.token, request.id)).withdrawContactRequest).toMatchObject({ status: 'WITHDRAWN' });
    expect(codeOf(await api.withdraw(buyer.token, request.id))).toBe('CONFLICT');
    expect(codeOf(await api.respond(supplier.token, request.id, true))).toBe('CONFLICT');
  });
});
