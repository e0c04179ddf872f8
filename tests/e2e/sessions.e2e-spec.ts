import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionService } from '@tradebridge/identity';
import { decodeJwt } from 'jose';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import {
  address,
  CHANGE_PASSWORD,
  END_SESSION,
  login,
  LOGIN,
  LOGOUT,
  ME,
  REFRESH,
  register,
  REQUEST_RESET,
  RESET,
  SESSIONS,
} from './accounts.fixtures.js';
import { tokenIn } from '../support/mail.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

const codeOf = (res: Parameters<typeof errorOf>[0]) => errorOf(res).extensions?.code;

describe('logout', () => {
  it('ends the access token too, at its next request', async () => {
    const user = await registerUser(t);
    const session = await login(t, user.email);
    expect(decodeJwt(session.accessToken).sid).toEqual(expect.any(String));
    expect(dataOf(await t.gql(ME, {}, session.accessToken)).me.id).toBe(user.id);
    expect(dataOf(await t.gql(LOGOUT, { t: session.refreshToken })).logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    // The registration's session is another one: still signed in.
    expect(dataOf(await t.gql(ME, {}, user.token)).me.id).toBe(user.id);
  });
});

describe('sessions', () => {
  it('lists the caller\'s live sessions with the current one marked, and ends one by id', async () => {
    const user = await registerUser(t);
    const laptop = await login(t, user.email);
    const list = dataOf(await t.gql(SESSIONS, {}, laptop.accessToken)).sessions;
    expect(list).toHaveLength(2);
    const current = list.find((s: { current: boolean }) => s.current);
    expect(current.id).toBe(decodeJwt(laptop.accessToken).sid);
    const other = list.find((s: { current: boolean }) => !s.current);
    expect(other.id).toBe(decodeJwt(user.token).sid);
    expect(new Date(current.absoluteExpiresAt).getTime() - new Date(current.createdAt).getTime()).toBeCloseTo(90 * 24 * 3600 * 1000, -4);

    expect(dataOf(await t.gql(END_SESSION, { id: other.id }, laptop.accessToken)).endSession).toBe(true);
    expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(dataOf(await t.gql(SESSIONS, {}, laptop.accessToken)).sessions).toHaveLength(1);
  });

  it("refuses to end another user's session or an unknown one with NOT_FOUND", async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    const bSession = decodeJwt(b.token).sid as string;
    expect(codeOf(await t.gql(END_SESSION, { id: bSession }, a.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(END_SESSION, { id: 'not-a-session' }, a.token))).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(ME, {}, b.token)).me.id).toBe(b.id);
    expect(codeOf(await t.gql(SESSIONS))).toBe('UNAUTHENTICATED');
  });

  it('end at their absolute lifetime however often they are refreshed, and refreshed tokens never outlive it', async () => {
    const user = await registerUser(t);
    const session = await login(t, user.email);
    const sid = decodeJwt(session.accessToken).sid as string;
    await t.sql(`UPDATE sessions SET absolute_expires_at = now() + interval '1 hour' WHERE id = $1`, [sid]);
    const next = dataOf(await t.gql(REFRESH, { t: session.refreshToken })).refreshToken;
    const [token] = await t.sql<{ expires_at: Date; absolute: Date }>(
      `SELECT r.expires_at, s.absolute_expires_at AS absolute FROM refresh_tokens r JOIN sessions s ON s.id = r.family_id WHERE r.family_id = $1 AND r.used_at IS NULL`,
      [sid],
    );
    expect(token.expires_at.getTime()).toBe(token.absolute.getTime());

    await t.sql(`UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE id = $1`, [sid]);
    expect(codeOf(await t.gql(REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, next.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('are purged with their refresh tokens once ended or expired (and lapsed account links with them); live ones stay', async () => {
    const user = await registerUser(t);
    const ended = await login(t, user.email);
    const expired = await login(t, user.email);
    await t.gql(LOGOUT, { t: ended.refreshToken });
    await t.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [decodeJwt(expired.accessToken).sid]);
    await t.sql(`UPDATE account_tokens SET expires_at = now() - interval '2 days' WHERE user_id = $1`, [user.id]);
    const purged = await t.app.get(SessionService).purge();
    expect(purged).toMatchObject({ sessions: expect.any(Number), accountTokens: expect.any(Number) });
    expect(await t.sql(`SELECT 1 FROM account_tokens WHERE user_id = $1`, [user.id])).toHaveLength(0);
    const rows = await t.sql<{ id: string }>(`SELECT id FROM sessions WHERE user_id = $1`, [user.id]);
    expect(rows.map((r) => r.id)).toEqual([decodeJwt(user.token).sid]);
    const tokens = await t.sql<{ family_id: string }>(`SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = $1`, [user.id]);
    expect(tokens.map((r) => r.family_id)).toEqual([decodeJwt(user.token).sid]);
  });
});

describe('password reset', () => {
  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const user = await registerUser(t);
    const unknown = address('nobody');
    const known = await t.gql(REQUEST_RESET, { email: user.email });
    const missing = await t.gql(REQUEST_RESET, { email: unknown });
    expect(known.body).toEqual(missing.body);
    expect(known.body).toEqual({ data: { requestPasswordReset: true } });
    await t.mail.waitFor(user.email, { where: (m) => m.subject === 'Сброс пароля на TradeBridge' });
    await t.drainMail();
    expect(t.mail.messages(unknown)).toHaveLength(0);
  });

  it('is a single-use link valid for one hour', async () => {
    const user = await registerUser(t);
    await t.gql(REQUEST_RESET, { email: user.email });
    const token = tokenIn((await t.mail.waitFor(user.email, { where: (m) => m.subject.startsWith('Сброс') }))[0], '/reset-password');
    const [row] = await t.sql<{ hours: number }>(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM account_tokens WHERE user_id = $1 AND purpose = 'RESET_PASSWORD'`,
      [user.id],
    );
    expect(Number(row.hours)).toBeCloseTo(1, 2);
    expect(dataOf(await t.gql(RESET, { token, password: 'first new password' })).resetPassword).toBe(true);
    const again = await t.gql(RESET, { token, password: 'second new password' });
    expect(errorOf(again).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: expect.stringContaining('already been used') }] });

    await t.gql(REQUEST_RESET, { email: user.email });
    const late = tokenIn((await t.mail.waitFor(user.email, { count: 2, where: (m) => m.subject.startsWith('Сброс') }))[1], '/reset-password');
    await t.sql(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    expect(errorOf(await t.gql(RESET, { token: late, password: 'third new password' })).extensions?.fields[0].message).toMatch(/expired/);
    expect(dataOf(await t.gql(LOGIN, { email: user.email, password: 'first new password' })).login.user.id).toBe(user.id);
  });

  it('refuses a short password on the password field and changes nothing', async () => {
    const user = await registerUser(t);
    await t.gql(REQUEST_RESET, { email: user.email });
    const token = tokenIn((await t.mail.waitFor(user.email, { where: (m) => m.subject.startsWith('Сброс') }))[0], '/reset-password');
    const res = await t.gql(RESET, { token, password: 'short' });
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password' }] });
    expect(dataOf(await t.gql(ME, {}, user.token)).me.id).toBe(user.id);
    expect(dataOf(await t.gql(RESET, { token, password: 'long enough now' })).resetPassword).toBe(true);
  });

  it('verifies an unverified account: the link proved the address', async () => {
    const person = await register(t);
    await t.gql(REQUEST_RESET, { email: person.email });
    const token = tokenIn((await t.mail.waitFor(person.email, { where: (m) => m.subject.startsWith('Сброс') }))[0], '/reset-password');
    dataOf(await t.gql(RESET, { token, password: 'a new password here' }));
    const fresh = await login(t, person.email, 'a new password here');
    expect(dataOf(await t.gql(ME, {}, fresh.accessToken)).me.emailVerified).toBe(true);
  });

  it('is limited to 3 mails an hour per address, known or not', async () => {
    const unknown = address('limited');
    for (let i = 0; i < 3; i++) dataOf(await t.gql(REQUEST_RESET, { email: unknown }));
    expect(codeOf(await t.gql(REQUEST_RESET, { email: unknown }))).toBe('RATE_LIMITED');
  });
});

describe('change password', () => {
  it('needs the current password, keeps the current session and ends every other one', async () => {
    const user = await registerUser(t);
    const phone = await login(t, user.email);
    const wrong = await t.gql(CHANGE_PASSWORD, { current: 'not the password', next: 'a new password 1' }, user.token);
    expect(errorOf(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'currentPassword' }] });
    expect(dataOf(await t.gql(ME, {}, phone.accessToken)).me.id).toBe(user.id);

    expect(dataOf(await t.gql(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'a new password 1' }, user.token)).changePassword).toBe(true);
    expect(dataOf(await t.gql(ME, {}, user.token)).me.id).toBe(user.id);
    expect(codeOf(await t.gql(ME, {}, phone.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: phone.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    await t.mail.waitFor(user.email, { where: (m) => m.subject === 'Пароль на TradeBridge изменён' });
  });
});
