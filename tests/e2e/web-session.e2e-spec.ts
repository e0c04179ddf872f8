import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

// The web app's session: the refresh token travels in an HttpOnly SameSite=Strict cookie that the API
// sets on sign-in and rotates on refresh; page scripts never read it.
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation { refreshToken { accessToken refreshToken expiresAt user { id } } }`;
const REFRESH_WITH = `mutation ($token: String) { refreshToken(refreshToken: $token) { accessToken refreshToken } }`;
const LOGOUT = `mutation { logout }`;

interface Reply {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  cookies: string[];
}

async function post(t: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Reply> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'], cookies: response.headers.getSetCookie() };
}

/** The `name=value` pair of the refresh cookie a response set (what the browser sends back). */
function refreshCookie(reply: Reply): string {
  const header = reply.cookies.find((c) => c.startsWith('tradebridge_refresh='));
  if (!header) throw new Error(`no refresh cookie in ${JSON.stringify(reply.cookies)}`);
  return header.split(';')[0];
}

describe('the refresh token cookie', () => {
  let t: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    prod = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await t?.close();
    await prod?.close();
  });

  it('is set by login as HttpOnly, SameSite=Strict, for /graphql only, and not Secure outside production', async () => {
    const user = await registerUser(t);
    const reply = await post(t, LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(reply.body.data.login.refreshToken).toBeTruthy(); // other clients still get it in the body
    const header = reply.cookies.find((c) => c.startsWith('tradebridge_refresh='))!;
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Strict/i);
    expect(header).toMatch(/; Path=\/graphql/i);
    expect(header).not.toMatch(/; Secure/i);
    expect(refreshCookie(reply)).toBe(`tradebridge_refresh=${encodeURIComponent(reply.body.data.login.refreshToken)}`);
  });

  it('is Secure in production', async () => {
    const user = await registerUser(prod);
    const reply = await post(prod, LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(reply.cookies.find((c) => c.startsWith('tradebridge_refresh='))).toMatch(/; Secure/i);
  });

  it('is set by register too', async () => {
    const reply = await post(t, `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: `cookie.${Date.now()}@example.by`, password: TEST_PASSWORD, displayName: 'Cookie' },
    });
    expect(reply.body.errors).toBeUndefined();
    expect(refreshCookie(reply)).toMatch(/^tradebridge_refresh=.+/);
  });

  it('restores a session: refreshToken without an argument uses the cookie, rotates it and never puts the token in the body', async () => {
    const user = await registerUser(t);
    const login = await post(t, LOGIN, { email: user.email, password: TEST_PASSWORD });
    const first = refreshCookie(login);
    const refreshed = await post(t, REFRESH, {}, first);
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data.refreshToken.user.id).toBe(user.id);
    expect(refreshed.body.data.refreshToken.refreshToken).toBe('');
    const me = dataOf(await t.gql('{ me { id } }', {}, refreshed.body.data.refreshToken.accessToken)).me;
    expect(me.id).toBe(user.id);
    const second = refreshCookie(refreshed);
    expect(second).not.toBe(first);
    // The rotated cookie works once more; the first one is spent.
    expect((await post(t, REFRESH, {}, second)).body.errors).toBeUndefined();
  });

  it('refuses a missing or dead cookie with UNAUTHENTICATED and clears a dead one', async () => {
    const none = await post(t, REFRESH);
    expect(none.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const dead = await post(t, REFRESH, {}, 'tradebridge_refresh=not-a-token');
    expect(dead.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const cleared = dead.cookies.find((c) => c.startsWith('tradebridge_refresh='));
    expect(cleared).toMatch(/^tradebridge_refresh=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('prefers the argument over the cookie, so other clients keep working', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    const loginA = await post(t, LOGIN, { email: a.email, password: TEST_PASSWORD });
    const loginB = await post(t, LOGIN, { email: b.email, password: TEST_PASSWORD });
    const reply = await post(t, REFRESH_WITH.replace('accessToken refreshToken', 'accessToken refreshToken user { id }'), { token: loginB.body.data.login.refreshToken }, refreshCookie(loginA));
    expect(reply.body.data.refreshToken.user.id).toBe(b.id);
    expect(reply.body.data.refreshToken.refreshToken).toBeTruthy();
  });

  it('logout without an argument ends the cookie session and clears the cookie', async () => {
    const user = await registerUser(t);
    const cookie = refreshCookie(await post(t, LOGIN, { email: user.email, password: TEST_PASSWORD }));
    const out = await post(t, LOGOUT, {}, cookie);
    expect(out.body.data.logout).toBe(true);
    expect(out.cookies.find((c) => c.startsWith('tradebridge_refresh='))).toMatch(/^tradebridge_refresh=;/);
    const after = await post(t, REFRESH, {}, cookie);
    expect(after.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(t, LOGOUT)).body.data.logout).toBe(true); // signed out already: still true
  });

  it('cannot be used by a simple cross-site request: CSRF prevention refuses it before the resolver runs', async () => {
    const user = await registerUser(prod);
    const cookie = refreshCookie(await post(prod, LOGIN, { email: user.email, password: TEST_PASSWORD }));
    const response = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: REFRESH }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
    // The cookie was not spent by the refused request.
    expect((await post(prod, REFRESH, {}, cookie)).body.errors).toBeUndefined();
  });
});
