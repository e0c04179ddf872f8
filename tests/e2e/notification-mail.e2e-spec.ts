import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TransactionHost } from '@tradebridge/core';
import { MailDigest, NotificationKind, NotificationService, UnsubscribeTokens } from '@tradebridge/notifications';
import { createMember, createOffering, createOwner, type TestOwner } from '../support/factories.js';
import { linkIn, tokenIn } from '../support/mail.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { contactsApi } from './contacts.fixtures.js';

const PREFS = `{ notificationPreferences { kind delivery } }`;
const SET_PREFS = `mutation ($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind delivery } }`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribe(token: $token) { kind delivery } }`;

let t: TestApp;
let api: ReturnType<typeof contactsApi>;

beforeAll(async () => {
  t = await startTestApp();
  api = contactsApi(t);
});

afterAll(async () => {
  await t?.close();
});

const codeOf = (res: Parameters<typeof errorOf>[0]) => errorOf(res).extensions?.code;
const prefsOf = async (token: string) =>
  Object.fromEntries(dataOf(await t.gql(PREFS, {}, token)).notificationPreferences.map((p: { kind: string; delivery: string }) => [p.kind, p.delivery]));

/** A NEW_MATCH notification to `owner`, as match alerts write it (inside a transaction). */
async function newMatch(owner: TestOwner, title = 'Новое предложение по вашей потребности'): Promise<void> {
  const users = await t.sql<{ locale: 'RU' | 'EN'; email: string }>(`SELECT locale, email FROM users WHERE id = $1`, [owner.id]);
  await t.app.get(TransactionHost).run(() =>
    t.app.get(NotificationService).notifyUsers([{ id: owner.id, locale: users[0].locale, email: users[0].email }], NotificationKind.NEW_MATCH, {
      title: { RU: title, EN: title },
      mail: { path: '/needs/1', actionLabel: { RU: 'Посмотреть', EN: 'See' } },
    }),
  );
}

describe('notification preferences', () => {
  it('default to contact requests at once and new matches in the daily digest', async () => {
    const owner = await createOwner(t);
    expect(await prefsOf(owner.token)).toEqual({
      NEW_MATCH: 'DAILY_DIGEST',
      CONTACT_REQUEST_RECEIVED: 'INSTANT',
      CONTACT_REQUEST_ACCEPTED: 'INSTANT',
      CONTACT_REQUEST_DECLINED: 'INSTANT',
    });
  });

  it('are set per kind; kinds not listed keep theirs; bad values name the field; anonymous callers are refused', async () => {
    const owner = await createOwner(t);
    const set = dataOf(await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'INSTANT' }, { kind: 'CONTACT_REQUEST_DECLINED', delivery: 'NEVER' }] }, owner.token));
    expect(set.setNotificationPreferences).toHaveLength(4);
    expect(await prefsOf(owner.token)).toMatchObject({ NEW_MATCH: 'INSTANT', CONTACT_REQUEST_DECLINED: 'NEVER', CONTACT_REQUEST_RECEIVED: 'INSTANT' });
    expect(codeOf(await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'HOURLY' }] }, owner.token))).toBe('BAD_USER_INPUT');
    const twice = await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'NEVER' }, { kind: 'NEW_MATCH', delivery: 'INSTANT' }] }, owner.token);
    expect(errorOf(twice).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'preferences' }] });
    expect(codeOf(await t.gql(PREFS))).toBe('UNAUTHENTICATED');
    expect(await prefsOf(owner.token)).toMatchObject({ NEW_MATCH: 'INSTANT' });
  });
});

describe('contact request mails', () => {
  let supplier: TestOwner;
  let buyer: TestOwner;

  beforeAll(async () => {
    supplier = await createOwner(t);
    buyer = await createOwner(t, { country: 'RU' });
  });

  it('tell the requesting members at once when a request is accepted or declined, and nobody who chose NEVER', async () => {
    const buyerColleague = await createMember(t, buyer.org.id, buyer.token, { locale: 'EN' });
    dataOf(await t.gql(SET_PREFS, { p: [{ kind: 'CONTACT_REQUEST_ACCEPTED', delivery: 'NEVER' }] }, buyerColleague.token));
    const accepted = await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    dataOf(await api.respond(supplier.token, accepted.id, true, 'Звоните в любое время'));
    const [mail] = await t.mail.waitFor(buyer.email, { where: (m) => m.subject.includes('приняла') });
    expect(mail.text).toContain('Звоните в любое время');
    expect(linkIn(mail, `/contact-requests/${accepted.id}`)).toBeDefined();

    const declined = await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    dataOf(await api.respond(supplier.token, declined.id, false));
    await t.mail.waitFor(buyer.email, { where: (m) => m.subject.includes('отклонила') });
    await t.mail.waitFor(buyerColleague.email, { where: (m) => m.subject.includes('declined your contact request') });
    await t.drainMail();
    expect(t.mail.messages(buyerColleague.email).filter((m) => m.subject.includes('accepted'))).toHaveLength(0);
  });

  it('leave no notification and no mail when the request is refused', async () => {
    const offering = await createOffering(t, supplier.token);
    const before = await t.sql(`SELECT count(*)::int AS n FROM mail_outbox`);
    const res = await api.request(buyer.token, { offeringId: offering.id, message: '' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const own = await api.request(supplier.token, { offeringId: offering.id, message: 'своё' });
    expect(codeOf(own)).toBe('BAD_USER_INPUT');
    expect(await t.sql(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual(before);
  });
});

describe('the daily digest', () => {
  it('gathers new matches into one mail per user, once, in their language, with one-click unsubscribe', async () => {
    const owner = await createOwner(t);
    await newMatch(owner, 'Совпадение номер один');
    await newMatch(owner, 'Совпадение номер два');
    await t.drainMail();
    expect(t.mail.messages(owner.email).filter((m) => m.subject.includes('новое за день'))).toHaveLength(0);

    expect(await t.app.get(MailDigest).runDigest()).toBeGreaterThanOrEqual(1);
    const [digest] = await t.mail.waitFor(owner.email, { where: (m) => m.subject.includes('новое за день') });
    expect(digest.subject).toBe('TradeBridge: новое за день (2)');
    expect(digest.text).toContain('Совпадение номер один');
    expect(digest.text).toContain('Совпадение номер два');
    expect(digest.headers['list-unsubscribe']).toMatch(/\/mail\/unsubscribe\?token=/);
    // Run again: nothing queued, nothing sent twice.
    await t.app.get(MailDigest).runDigest();
    await t.drainMail();
    expect(t.mail.messages(owner.email).filter((m) => m.subject.includes('новое за день'))).toHaveLength(1);
  });

  it('runs once a day from the digest hour on, whichever process ticks first (the clock is injected)', async () => {
    const digest = t.app.get(MailDigest);
    const day = new Date(Date.UTC(2031, 0, 15, t.config.mailDigestHourUtc, 5));
    const before = new Date(day.getTime() - 3_600_000);
    expect(await digest.tick(before)).toBeNull();
    const owner = await createOwner(t);
    await newMatch(owner);
    expect(await digest.tick(day)).toBeGreaterThanOrEqual(1);
    await newMatch(owner);
    expect(await digest.tick(new Date(day.getTime() + 3_600_000))).toBeNull(); // same day: already run
    expect(await digest.tick(new Date(day.getTime() + 24 * 3_600_000))).toBeGreaterThanOrEqual(1);
    await t.mail.waitFor(owner.email, { count: 2, where: (m) => m.subject.includes('новое за день') });
  });

  it('mails new matches at once to those who chose INSTANT, and not at all to those who chose NEVER', async () => {
    const instant = await createOwner(t);
    const never = await createOwner(t);
    dataOf(await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'INSTANT' }] }, instant.token));
    dataOf(await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'NEVER' }] }, never.token));
    await newMatch(instant, 'Сразу письмом');
    await newMatch(never, 'Никогда');
    await t.mail.waitFor(instant.email, { where: (m) => m.subject === 'Сразу письмом' });
    await t.app.get(MailDigest).runDigest();
    await t.drainMail();
    expect(t.mail.messages(never.email).filter((m) => m.subject.includes('Никогда') || m.subject.includes('новое за день'))).toHaveLength(0);
    expect(await t.sql(`SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'NEW_MATCH'`, [never.id])).toHaveLength(1);
  });
});

describe('unsubscribing', () => {
  it('turns a kind off with one click on the link, without signing in, and the next mail of that kind is not sent', async () => {
    const supplier = await createOwner(t);
    const buyer = await createOwner(t, { country: 'RU' });
    await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    const [mail] = await t.mail.waitFor(supplier.email, { where: (m) => m.subject.startsWith('Запрос контакта') });
    const token = tokenIn(mail, '/unsubscribe');
    expect(dataOf(await t.gql(UNSUBSCRIBE, { token })).unsubscribe).toEqual([{ kind: 'CONTACT_REQUEST_RECEIVED', delivery: 'NEVER' }]);
    expect(await prefsOf(supplier.token)).toMatchObject({ CONTACT_REQUEST_RECEIVED: 'NEVER', NEW_MATCH: 'DAILY_DIGEST' });

    await api.requestOk(buyer.token, { offeringId: (await createOffering(t, supplier.token)).id });
    await t.drainMail();
    expect(t.mail.messages(supplier.email).filter((m) => m.subject.startsWith('Запрос контакта'))).toHaveLength(1);
  });

  it('works as RFC 8058 one-click (POST to the List-Unsubscribe URL); a GET changes nothing and leads to the web page', async () => {
    const owner = await createOwner(t);
    dataOf(await t.gql(SET_PREFS, { p: [{ kind: 'NEW_MATCH', delivery: 'INSTANT' }] }, owner.token));
    await newMatch(owner, 'Письмо с отпиской');
    const [mail] = await t.mail.waitFor(owner.email, { where: (m) => m.subject === 'Письмо с отпиской' });
    const url = /^<(.+)>$/.exec(mail.headers['list-unsubscribe'])![1].replace(t.config.publicUrl, t.url);
    const get = await fetch(url, { redirect: 'manual' });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toMatch(/\/unsubscribe\?token=/);
    expect(await prefsOf(owner.token)).toMatchObject({ NEW_MATCH: 'INSTANT' });
    const post = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(post.status).toBe(200);
    expect(await prefsOf(owner.token)).toMatchObject({ NEW_MATCH: 'NEVER' });
  });

  it('refuses a forged or garbled token on the token field', async () => {
    const owner = await createOwner(t);
    const forged = new UnsubscribeTokens('another-secret-that-is-long-enough-for-hs256').sign(owner.id, [NotificationKind.NEW_MATCH]);
    for (const token of [forged, 'garbage', `${forged}x`]) {
      expect(errorOf(await t.gql(UNSUBSCRIBE, { token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token' }] });
    }
    const post = await fetch(`${t.url}/mail/unsubscribe?token=${encodeURIComponent(forged)}`, { method: 'POST' });
    expect(post.status).toBe(400);
    expect(await prefsOf(owner.token)).toMatchObject({ NEW_MATCH: 'DAILY_DIGEST' });
  });
});
