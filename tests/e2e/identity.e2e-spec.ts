import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserService } from '@tradebridge/identity';
import { base64url, decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { codeOf, dataOf, errorOf, pathsOf, startTestApp, type TestApp } from '../support/test-app.js';

const USER_FIELDS = 'id displayName position locale email phone platformRole membershipRole createdAt organization { id }';
const AUTH = `accessToken refreshToken expiresAt user { ${USER_FIELDS} }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH} } }`;
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { ${AUTH} } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { ${USER_FIELDS} } }`;
const PASSWORD = 'correct horse battery';

let t: TestApp;
let seq = 0;

function email(prefix = 'user'): string {
  return `${prefix}.${++seq}.${randomUUID().slice(0, 6)}@example.by`;
}

async function register(input: Record<string, unknown> = {}) {
  const res = await t.gql(REGISTER, { input: { email: email(), password: PASSWORD, displayName: 'Иван Петров', ...input } });
  return dataOf(res).register;
}

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('register', () => {
  it('creates the account, signs in and normalises the e-mail to lower case', async () => {
    const address = email('Mixed.Case').toUpperCase();
    const auth = await register({ email: `  ${address} `, position: 'Sales director', phone: '+375 17 000-00-00', locale: 'EN' });
    expect(auth.user).toMatchObject({
      email: address.toLowerCase(),
      displayName: 'Иван Петров',
      position: 'Sales director',
      phone: '+375 17 000-00-00',
      locale: 'EN',
      platformRole: 'USER',
      membershipRole: null,
      organization: null,
    });
    const me = dataOf(await t.gql(ME, {}, auth.accessToken)).me;
    expect(me.id).toBe(auth.user.id);
    expect(me.email).toBe(address.toLowerCase());
  });

  it('defaults the locale to RU', async () => {
    expect((await register()).user.locale).toBe('RU');
  });

  it('stores the password as an argon2id hash', async () => {
    const auth = await register();
    const [row] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [auth.user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('lists every bad field with its path', async () => {
    const res = await t.gql(REGISTER, {
      input: { email: 'not-an-email', password: 'short', displayName: '', position: 'x'.repeat(101), phone: 'call me maybe' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.displayName', 'input.email', 'input.password', 'input.phone', 'input.position']);
  });

  it('refuses passwords over 256 characters and control characters in names', async () => {
    const res = await t.gql(REGISTER, { input: { email: email(), password: 'p'.repeat(257), displayName: 'Bad\u0000Name' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.displayName', 'input.password']);
  });

  it('answers a second registration of an address like a new one, leaving the first account as it was', async () => {
    const first = await register();
    const res = await t.gql(REGISTER, { input: { email: first.user.email.toUpperCase(), password: 'another password', displayName: 'Twin' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.register.user.id).not.toBe(first.user.id);
    // The first account still signs in with its own password (tests/e2e/email-verification covers the mails).
    expect(dataOf(await t.gql(LOGIN, { email: first.user.email, password: PASSWORD })).login.user.id).toBe(first.user.id);
  });
});

describe('login', () => {
  it('signs in with the e-mail in any case', async () => {
    const { user } = await register();
    const auth = dataOf(await t.gql(LOGIN, { email: user.email.toUpperCase(), password: PASSWORD })).login;
    expect(auth.user.id).toBe(user.id);
    expect(dataOf(await t.gql(ME, {}, auth.accessToken)).me.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown e-mail alike with UNAUTHENTICATED', async () => {
    const { user } = await register();
    const wrong = await t.gql(LOGIN, { email: user.email, password: 'wrong password!' });
    const unknown = await t.gql(LOGIN, { email: email('nobody'), password: PASSWORD });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(errorOf(wrong).message).toBe(errorOf(unknown).message);
  });
});

describe('access tokens', () => {
  it('are HS256 JWTs of kind "access" for the user, expiring after 15 minutes', async () => {
    const before = Date.now();
    const auth = await register();
    expect(decodeProtectedHeader(auth.accessToken).alg).toBe('HS256');
    const claims = decodeJwt(auth.accessToken);
    expect(claims).toMatchObject({ typ: 'access', sub: auth.user.id });
    expect(new Date(auth.expiresAt).getTime()).toBe(claims.exp! * 1000);
    const ttl = new Date(auth.expiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000 + 1000);
  });

  it('me is null without a token', async () => {
    expect(dataOf(await t.gql(ME)).me).toBeNull();
  });

  describe('refuses with UNAUTHENTICATED in the body', () => {
    let userId: string;
    let refreshToken: string;
    const secret = () => new TextEncoder().encode(t.config.jwtSecret);
    let sessionId: string;
    const claims = () => ({ typ: 'access', sub: userId, sid: sessionId, iss: 'tradebridge', aud: 'tradebridge-api' });
    const sign = (payload: Record<string, unknown>, key = secret(), exp: number | string = '15m') =>
      new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt().setExpirationTime(exp).sign(key);

    beforeAll(async () => {
      const auth = await register();
      userId = auth.user.id;
      sessionId = decodeJwt(auth.accessToken).sid as string;
      refreshToken = auth.refreshToken;
      // Sanity check: a token built like the server's is accepted, so each refusal below is about one defect.
      expect(dataOf(await t.gql(ME, {}, await sign(claims()))).me.id).toBe(userId);
    });

    const cases: Array<[string, () => Promise<string>]> = [
      ['an expired token', () => sign(claims(), secret(), Math.floor(Date.now() / 1000) - 10)],
      ['a token signed with another secret', () => sign(claims(), new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256'))],
      ['an unsigned token (alg: none)', async () => {
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const now = Math.floor(Date.now() / 1000);
        const body = base64url.encode(JSON.stringify({ ...claims(), iat: now, exp: now + 600 }));
        return `${header}.${body}.`;
      }],
      ['a token of another kind (typ: refresh)', () => sign({ ...claims(), typ: 'refresh' })],
      ['a token without a kind', () => sign({ sub: userId, iss: 'tradebridge', aud: 'tradebridge-api' })],
      ['the refresh token sent as an access token', async () => refreshToken],
      ['garbage', async () => 'garbage.garbage.garbage'],
      ['a valid token for a user who does not exist', () => sign({ ...claims(), sub: randomUUID() })],
      ['a valid token without a session (issued before sessions existed)', () => sign({ ...claims(), sid: undefined })],
      ["a valid token naming another user's session", async () => sign({ ...claims(), sid: decodeJwt((await register()).accessToken).sid })],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const res = await t.gql(ME, {}, await make());
      expect(errorOf(res).extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.data?.me ?? null).toBeNull();
    });

    it('a malformed Authorization header', async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Token abc' },
        body: JSON.stringify({ query: ME }),
      });
      const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works and the refresh token is stored only as a hash', async () => {
    const auth = await register();
    const next = dataOf(await t.gql(REFRESH, { t: auth.refreshToken })).refreshToken;
    expect(next.refreshToken).not.toBe(auth.refreshToken);
    expect(next.user.id).toBe(auth.user.id);
    expect(dataOf(await t.gql(ME, {}, next.accessToken)).me.id).toBe(auth.user.id);
    const rows = await t.sql<{ id: string; family_id: string; secret_hash: string; used_at: Date | null }>(
      'SELECT id, family_id, secret_hash, used_at FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at',
      [auth.user.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].family_id).toBe(rows[1].family_id);
    expect(rows[0].used_at).not.toBeNull();
    expect(rows[1].used_at).toBeNull();
    for (const row of rows) {
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(auth.refreshToken + next.refreshToken).not.toContain(row.secret_hash);
    }
  });

  it('refuse a reused token and revoke its whole family, the rotated successor too', async () => {
    const auth = await register();
    const next = dataOf(await t.gql(REFRESH, { t: auth.refreshToken })).refreshToken;
    expect(codeOf(await t.gql(REFRESH, { t: auth.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');
    const [{ open }] = await t.sql<{ open: string }>('SELECT count(*) AS open FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [auth.user.id]);
    expect(Number(open)).toBe(0);
  });

  it('leave other sessions alone when one family is revoked', async () => {
    const auth = await register();
    const other = dataOf(await t.gql(LOGIN, { email: auth.user.email, password: PASSWORD })).login;
    await t.gql(REFRESH, { t: auth.refreshToken });
    await t.gql(REFRESH, { t: auth.refreshToken }); // reuse: revokes the first family only
    expect(dataOf(await t.gql(REFRESH, { t: other.refreshToken })).refreshToken.user.id).toBe(auth.user.id);
  });

  it('refuse expired, unknown, tampered and garbage tokens', async () => {
    const auth = await register();
    const [id, secret] = auth.refreshToken.split('.');
    const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [tampered, `${randomUUID()}.${secret}`, 'garbage', '']) {
      expect(codeOf(await t.gql(REFRESH, { t: token }))).toBe('UNAUTHENTICATED');
    }
    await t.sql(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect(codeOf(await t.gql(REFRESH, { t: auth.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('rotate only once when the same token is presented twice at the same time, then revoke the family', async () => {
    const auth = await register();
    const results = await Promise.all([t.gql(REFRESH, { t: auth.refreshToken }), t.gql(REFRESH, { t: auth.refreshToken })]);
    const winners = results.filter((r) => r.body.data?.refreshToken);
    expect(winners).toHaveLength(1);
    expect(codeOf(await t.gql(REFRESH, { t: winners[0].body.data!.refreshToken.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it("revokes the token's family and is idempotent", async () => {
    const auth = await register();
    const next = dataOf(await t.gql(REFRESH, { t: auth.refreshToken })).refreshToken;
    expect(dataOf(await t.gql(LOGOUT, { t: next.refreshToken })).logout).toBe(true);
    expect(codeOf(await t.gql(REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(dataOf(await t.gql(LOGOUT, { t: next.refreshToken })).logout).toBe(true);
  });

  it('answers true for unknown and malformed tokens without revoking anything', async () => {
    const auth = await register();
    const [id] = auth.refreshToken.split('.');
    const forged = `${id}.${'A'.repeat(43)}`; // right id, wrong secret: must not sign the owner out
    for (const token of [forged, 'garbage', `${randomUUID()}.${'A'.repeat(43)}`]) {
      expect(dataOf(await t.gql(LOGOUT, { t: token })).logout).toBe(true);
    }
    expect(dataOf(await t.gql(REFRESH, { t: auth.refreshToken })).refreshToken.user.id).toBe(auth.user.id);
  });
});

describe('ensureAdmin', () => {
  it('creates an admin who can sign in, then is idempotent', async () => {
    const users = t.app.get(UserService);
    const address = email('admin');
    const first = await users.ensureAdmin(address, 'admin-password-1');
    const again = await users.ensureAdmin(address.toUpperCase(), 'admin-password-1');
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, user: { id: first.user.id } });
    const auth = dataOf(await t.gql(LOGIN, { email: address, password: 'admin-password-1' })).login;
    expect(auth.user.platformRole).toBe('ADMIN');
  });

  it('refuses to promote an existing verified user when the password given is not theirs, and says why', async () => {
    const { user } = await register();
    await t.sql(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
    await expect(t.app.get(UserService).ensureAdmin(user.email, 'some-other-password')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/existing account whose password is not the one given/),
    });
    const [row] = await t.sql<{ platform_role: string }>('SELECT platform_role FROM users WHERE id = $1', [user.id]);
    expect(row.platform_role).toBe('USER');
    const auth = dataOf(await t.gql(LOGIN, { email: user.email, password: PASSWORD })).login;
    expect(auth.user.platformRole).toBe('USER');
  });

  it('refuses an account whose address is not verified, even with its own password', async () => {
    const { user } = await register();
    await expect(t.app.get(UserService).ensureAdmin(user.email, PASSWORD)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const [row] = await t.sql<{ platform_role: string }>('SELECT platform_role FROM users WHERE id = $1', [user.id]);
    expect(row.platform_role).toBe('USER');
  });

  it('promotes an existing verified user who gives their own password, and keeps it', async () => {
    const { user } = await register();
    await t.sql(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
    const result = await t.app.get(UserService).ensureAdmin(user.email, PASSWORD);
    expect(result).toMatchObject({ created: false, user: { id: user.id, platformRole: 'ADMIN' } });
    expect(result.user.passwordHash).toBeUndefined();
    const auth = dataOf(await t.gql(LOGIN, { email: user.email, password: PASSWORD })).login;
    expect(auth.user.platformRole).toBe('ADMIN');
  });

  it('leaves an account that is already an admin as it is, whatever password is given now', async () => {
    const address = email('admin');
    const first = await t.app.get(UserService).ensureAdmin(address, 'admin-password-1');
    const again = await t.app.get(UserService).ensureAdmin(address, 'another-password-2');
    expect(again).toMatchObject({ created: false, user: { id: first.user.id, platformRole: 'ADMIN' } });
    expect(dataOf(await t.gql(LOGIN, { email: address, password: 'admin-password-1' })).login.user.platformRole).toBe('ADMIN');
  });

  it('refuses a short password', async () => {
    await expect(t.app.get(UserService).ensureAdmin(email('admin'), 'short')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
