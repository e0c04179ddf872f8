import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = 'mutation($e: String!) { login(email: $e, password: "wrong-password-1") { accessToken } }';

describe('rate limits', () => {
  let t: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '5', RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '3', RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000' } });
    // A second API process on the same database shares the counters.
    other = await startTestApp({ databaseUrl: t.config.databaseUrl, env: { RATE_LIMIT_AUTH_PER_MINUTE: '5', RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '3' } });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('limits sign-in attempts per e-mail with RATE_LIMITED and a retry-after hint', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await t.gql(LOGIN, { e: 'victim@example.com' })).body.errors![0].extensions!.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    const refused = await t.gql(LOGIN, { e: 'victim@example.com' });
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.errors![0].message).toMatch(/retry/i);
  });

  it('limits auth calls per client address across API processes', async () => {
    // The 5 calls above used this address's budget on the first process; the second process knows it.
    const refused = await other.gql(LOGIN, { e: 'third@example.com' });
    expect(refused.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(refused.status).toBe(200);
  });
});
