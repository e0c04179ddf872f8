import { describe, expect, it } from '@jest/globals';
import { awayFromWindowEdge, gqlFrom } from '../support/forwarded.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// TRUST_PROXY decides which address is "the client" behind proxies, and so whose rate-limit bucket a
// request fills. The API is reached from 127.0.0.1 (the test's socket), as from a proxy on the same host.
const SEARCH = '{ searchOfferings(query: "") { totalHits } }';
const LOGIN = 'mutation ($e: String!) { login(email: $e, password: "wrong-password-1") { accessToken } }';

async function bucketOf(trustProxy: string | undefined, forwardedFor: string): Promise<string[]> {
  const t: TestApp = await startTestApp({ env: trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy } });
  try {
    const res = await gqlFrom(t, forwardedFor, SEARCH);
    expect(res.body.errors).toBeUndefined();
    const rows = await t.sql<{ key: string }>(`SELECT key FROM rate_limit_counters WHERE key LIKE 'search:ip:%'`);
    return rows.map((r) => r.key.slice('search:ip:'.length));
  } finally {
    await t.close();
  }
}

describe('TRUST_PROXY', () => {
  // client 198.51.100.7 -> inner proxy 10.1.2.3 -> proxy on 127.0.0.1 -> API
  it.each([
    ['unset', undefined, '198.51.100.7, 10.1.2.3', '127.0.0.1'],
    ['false', 'false', '198.51.100.7, 10.1.2.3', '127.0.0.1'],
    ['true (trust every hop)', 'true', '198.51.100.7, 10.1.2.3', '198.51.100.7'],
    ['1 (one proxy: a number, not the address 0.0.0.1)', '1', '198.51.100.7, 10.1.2.3', '10.1.2.3'],
    ['2 (two proxies)', '2', '198.51.100.7, 10.1.2.3', '198.51.100.7'],
    ['loopback', 'loopback', '198.51.100.7, 10.1.2.3', '10.1.2.3'],
    ['an address', '127.0.0.1', '198.51.100.7, 10.1.2.3', '10.1.2.3'],
    ['a list with a subnet', 'loopback, 10.0.0.0/8', '198.51.100.7, 10.1.2.3', '198.51.100.7'],
    ['a netmask and uniquelocal', '127.0.0.0/255.0.0.0, uniquelocal', '198.51.100.7, 10.1.2.3', '198.51.100.7'],
    ['linklocal', 'loopback,linklocal', '198.51.100.7, 169.254.10.20', '198.51.100.7'],
  ])('with %s, X-Forwarded-For puts the search in the right bucket', async (_, trustProxy, forwardedFor, client) => {
    expect(await bucketOf(trustProxy, forwardedFor)).toEqual([client]);
  });

  it('with a hop count of 1, clients behind the proxy no longer share one sign-in budget', async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_AUTH_PER_MINUTE: '2' } });
    try {
      await awayFromWindowEdge();
      const codes = async (forwardedFor: string, times: number) => {
        const out: string[] = [];
        for (let i = 0; i < times; i++) out.push((await gqlFrom(t, forwardedFor, LOGIN, { e: `c${i}@example.com` })).body.errors![0].extensions!.code);
        return out;
      };
      expect(await codes('203.0.113.1', 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
      expect(await codes('203.0.113.2', 2)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    } finally {
      await t.close();
    }
  });
});
