import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserService } from '@tradebridge/identity';
import { createOffering, createOwner, registerUser, TEST_PASSWORD } from '../support/factories.js';
import { tokenIn } from '../support/mail.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import {
  address,
  CHANGE_EMAIL,
  CREATE_ORG_MIN,
  LOGIN,
  ME,
  outboxRowsFor,
  register,
  REGISTER,
  RESEND,
  SET_LOCALE,
  VERIFY_EMAIL,
} from './accounts.fixtures.js';
import { REQUEST_CONTACT, RESPOND } from './contacts.fixtures.js';
import { ACCEPT_INVITE, CREATE_INVITE, orgInput } from './identity.fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

const codeOf = (res: Parameters<typeof errorOf>[0]) => errorOf(res).extensions?.code;
const verificationToken = async (email: string, count = 1) => tokenIn((await t.mail.waitFor(email, { count })).at(-1)!, '/verify-email');

describe('the verification link', () => {
  it('is a 256-bit token stored only as a hash, valid for 24 hours', async () => {
    const person = await register(t);
    const token = await verificationToken(person.email);
    const [row] = await t.sql<{ token_hash: string; expires_in_hours: number }>(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at) / 3600 AS expires_in_hours FROM account_tokens WHERE user_id = $1`,
      [person.id],
    );
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toBe(token);
    expect(Number(row.expires_in_hours)).toBeCloseTo(24, 1);
  });

  it('refuses an expired, unknown or garbled token on the token field, and verifies nothing', async () => {
    const person = await register(t);
    const token = await verificationToken(person.email);
    await t.sql(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.id]);
    for (const [bad, message] of [[token, 'has expired'], ['A'.repeat(43), 'is not a valid link'], ['garbage', 'is not a valid link']]) {
      const res = await t.gql(VERIFY_EMAIL, { token: bad });
      expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: expect.stringContaining(message) }] });
    }
    expect(dataOf(await t.gql(ME, {}, person.accessToken)).me.emailVerified).toBe(false);
  });

  it('is resent on request (the old link stops working), at most 3 times an hour', async () => {
    const person = await register(t);
    const first = await verificationToken(person.email);
    expect(dataOf(await t.gql(RESEND, {}, person.accessToken)).resendVerification).toBe(true);
    const second = await verificationToken(person.email, 2);
    expect(second).not.toBe(first);
    expect(codeOf(await t.gql(VERIFY_EMAIL, { token: first }))).toBe('BAD_USER_INPUT');
    expect(dataOf(await t.gql(RESEND, {}, person.accessToken)).resendVerification).toBe(true);
    expect(dataOf(await t.gql(RESEND, {}, person.accessToken)).resendVerification).toBe(true);
    const limited = await t.gql(RESEND, {}, person.accessToken);
    expect(errorOf(limited).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(dataOf(await t.gql(VERIFY_EMAIL, { token: await verificationToken(person.email, 4) })).verifyEmail).toBe(true);
  });

  it('is not resent to an account already verified, nor to anonymous callers', async () => {
    const user = await registerUser(t);
    expect(codeOf(await t.gql(RESEND, {}, user.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(RESEND))).toBe('UNAUTHENTICATED');
  });
});

describe('an unverified account', () => {
  it('signs in and browses, but cannot create an organization, request contact, answer one, accept an invite or be made admin', async () => {
    const supplier = await createOwner(t);
    const offering = await createOffering(t, supplier.token);
    const person = await register(t);
    const signedIn = dataOf(await t.gql(LOGIN, { email: person.email, password: TEST_PASSWORD })).login;
    expect(signedIn.user.emailVerified).toBe(false);
    expect(dataOf(await t.gql(`{ categories { code } }`, {}, signedIn.accessToken)).categories.length).toBeGreaterThan(0);

    const refusals = [
      await t.gql(CREATE_ORG_MIN, { input: orgInput() }, person.accessToken),
      await t.gql(REQUEST_CONTACT, { input: { offeringId: offering.id, message: 'Здравствуйте' } }, person.accessToken),
    ];
    for (const res of refusals) expect(errorOf(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    expect(await t.sql(`SELECT 1 FROM organizations o JOIN memberships m ON m.organization_id = o.id WHERE m.user_id = $1`, [person.id])).toHaveLength(0);

    const code = dataOf(await t.gql(CREATE_INVITE, { org: supplier.org.id, email: person.email }, supplier.token)).createInvite;
    expect(errorOf(await t.gql(ACCEPT_INVITE, { code }, person.accessToken)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });

    await expect(t.app.get(UserService).ensureAdmin(person.email, 'admin-password-1')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const [row] = await t.sql<{ platform_role: string }>(`SELECT platform_role FROM users WHERE id = $1`, [person.id]);
    expect(row.platform_role).toBe('USER');
  });

  it('cannot answer a contact request received by an organization it joined before verification existed', async () => {
    const buyer = await createOwner(t, { country: 'RU' });
    const supplier = await createOwner(t);
    const offering = await createOffering(t, supplier.token);
    const request = dataOf(await t.gql(REQUEST_CONTACT, { input: { offeringId: offering.id, message: 'Добрый день' } }, buyer.token)).requestContact;
    await t.sql(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [supplier.id]);
    const res = await t.gql(RESPOND, { input: { id: request.id, accept: true } }, supplier.token);
    expect(errorOf(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    const [{ status }] = await t.sql<{ status: string }>(`SELECT status FROM contact_requests WHERE id = $1`, [request.id]);
    expect(status).toBe('PENDING');
  });
});

describe('registering an address that already has an account', () => {
  it('answers exactly like a new registration, and mails the owner a note instead of a link', async () => {
    const owner = await registerUser(t, { locale: 'EN' });
    await t.drainMail();
    const mailsBefore = t.mail.messages(owner.email).length;
    const fresh = await t.gql(REGISTER, { input: { email: address('fresh'), password: TEST_PASSWORD, displayName: 'Twin' } });
    const twin = await t.gql(REGISTER, { input: { email: owner.email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Twin' } });
    const shape = (res: typeof fresh) => Object.keys(res.body.data!.register).sort().join() + JSON.stringify({ ...res.body.data!.register.user, id: 0, email: 0 });
    expect(twin.status).toBe(fresh.status);
    expect(twin.body.errors).toBeUndefined();
    expect(shape(twin)).toBe(shape(fresh));

    const [note] = await t.mail.waitFor(owner.email, { count: mailsBefore + 1 }).then((list) => list.slice(-1));
    expect(note.subject).toBe('Someone tried to sign up on TradeBridge with your address');
    expect(note.text).not.toMatch(/verify-email/);
    // The owner's account is untouched and still signs in with its own password.
    expect(dataOf(await t.gql(LOGIN, { email: owner.email, password: TEST_PASSWORD })).login.user.id).toBe(owner.id);
  });

  it('leaves the twin unable to get a verification link: resending mails the owner again', async () => {
    const owner = await registerUser(t);
    const twin = await register(t, { email: owner.email });
    await t.mail.waitFor(owner.email, { where: (m) => m.subject.startsWith('Попытка') });
    expect(dataOf(await t.gql(RESEND, {}, twin.accessToken)).resendVerification).toBe(true);
    const notes = await t.mail.waitFor(owner.email, { count: 2, where: (m) => m.subject.startsWith('Попытка') });
    expect(notes.every((m) => !m.text.includes('/verify-email'))).toBe(true);
    expect(await t.sql(`SELECT 1 FROM account_tokens WHERE user_id = $1`, [twin.id])).toHaveLength(0);
  });
});

describe('changing the e-mail address', () => {
  it('takes effect only when the new address is confirmed; the old address is told', async () => {
    const user = await registerUser(t);
    const newEmail = address('moved');
    expect(dataOf(await t.gql(CHANGE_EMAIL, { email: newEmail, password: TEST_PASSWORD }, user.token)).changeEmail).toBe(true);
    expect(dataOf(await t.gql(ME, {}, user.token)).me.email).toBe(user.email);
    await t.mail.waitFor(user.email, { where: (m) => m.subject === 'Запрошена смена адреса электронной почты на TradeBridge' });
    const token = await verificationToken(newEmail);
    expect(dataOf(await t.gql(VERIFY_EMAIL, { token })).verifyEmail).toBe(true);
    expect(dataOf(await t.gql(ME, {}, user.token)).me).toMatchObject({ email: newEmail, emailVerified: true });
    expect(dataOf(await t.gql(LOGIN, { email: newEmail, password: TEST_PASSWORD })).login.user.id).toBe(user.id);
  });

  it('needs the current password, and a different address', async () => {
    const user = await registerUser(t);
    const wrong = await t.gql(CHANGE_EMAIL, { email: address(), password: 'not my password' }, user.token);
    expect(errorOf(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'currentPassword' }] });
    const same = await t.gql(CHANGE_EMAIL, { email: user.email, password: TEST_PASSWORD }, user.token);
    expect(errorOf(same).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'newEmail' }] });
    const bad = await t.gql(CHANGE_EMAIL, { email: 'not-an-address', password: TEST_PASSWORD }, user.token);
    expect(errorOf(bad).extensions?.fields).toEqual([expect.objectContaining({ path: 'newEmail' })]);
    expect(await t.sql(`SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'CHANGE_EMAIL'`, [user.id])).toHaveLength(0);
  });

  it("answers the same for an address another account has verified, and tells that address's owner instead", async () => {
    const user = await registerUser(t);
    const other = await registerUser(t);
    expect(dataOf(await t.gql(CHANGE_EMAIL, { email: other.email, password: TEST_PASSWORD }, user.token)).changeEmail).toBe(true);
    await t.mail.waitFor(other.email, { where: (m) => m.subject === 'Этот адрес уже используется на TradeBridge' });
    expect(await t.sql(`SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'CHANGE_EMAIL'`, [user.id])).toHaveLength(0);
    expect(await outboxRowsFor(t, user.email)).toBe(1); // only the verification mail of its registration
  });
});

describe('the locale', () => {
  it('is chosen at registration and changed by setLocale; mails follow it', async () => {
    const person = await register(t, { locale: 'EN' });
    expect((await t.mail.waitFor(person.email))[0].subject).toBe('Confirm your e-mail address on TradeBridge');
    expect(dataOf(await t.gql(SET_LOCALE, { locale: 'RU' }, person.accessToken)).setLocale.locale).toBe('RU');
    dataOf(await t.gql(RESEND, {}, person.accessToken));
    expect((await t.mail.waitFor(person.email, { count: 2 }))[1].subject).toBe('Подтвердите адрес электронной почты на TradeBridge');
    expect(errorOf(await t.gql(SET_LOCALE, { locale: 'DE' }, person.accessToken)).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
