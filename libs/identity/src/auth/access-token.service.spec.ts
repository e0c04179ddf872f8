import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@tradebridge/core';
import { base64url, SignJWT } from 'jose';
import type { UserService } from '../users/user.service.js';
import { AccessTokenService } from './access-token.service.js';

const SECRET = 'unit-test-secret-that-is-long-enough-for-hs256';
const config = { jwtSecret: SECRET, accessTokenTtlSeconds: 900 } as AppConfig;
const service = new AccessTokenService(config, {} as UserService);
const key = new TextEncoder().encode(SECRET);
const userId = randomUUID();
const sessionId = randomUUID();
const claims = { typ: 'access', sub: userId, sid: sessionId, iss: 'tradebridge', aud: 'tradebridge-api' };

function sign(payload: Record<string, unknown>, signingKey = key, exp: number | string = '15m'): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(exp).sign(signingKey);
}

describe('AccessTokenService', () => {
  it('issues a token that verifies to the user and session ids and expires after the configured time', async () => {
    const now = Date.now();
    const { token, expiresAt } = await service.issue(userId, sessionId, now);
    expect(await service.verify(token)).toEqual({ userId, sessionId });
    expect(expiresAt.getTime()).toBe((Math.floor(now / 1000) + 900) * 1000);
  });

  it.each([
    ['expired', () => sign(claims, key, Math.floor(Date.now() / 1000) - 1)],
    ['signed with another secret', () => sign(claims, new TextEncoder().encode('x'.repeat(48)))],
    ['of another kind', () => sign({ ...claims, typ: 'refresh' })],
    ['for another audience', () => sign({ ...claims, aud: 'someone-else' })],
    ['with a subject that is not a user id', () => sign({ ...claims, sub: 'admin' })],
    ['without a session id (issued before sessions existed)', () => sign({ ...claims, sid: undefined })],
    ['with a session id that is not one', () => sign({ ...claims, sid: 'all' })],
    ['unsigned (alg none)', async () => `${base64url.encode('{"alg":"none"}')}.${base64url.encode(JSON.stringify({ ...claims, exp: 2e9, iat: 1 }))}.`],
    ['garbage', async () => 'a.b.c'],
    ['too long', async () => 'a'.repeat(5000)],
  ])('refuses a token that is %s with UNAUTHENTICATED', async (_name, make) => {
    await expect(service.verify(await make())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
