import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoPath } from '@tradebridge/core';
import { startTestApp, type TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123';

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('production settings', () => {
  let prod: TestApp;
  let withCors: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production' } });
    withCors = await startTestApp({ env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.by', GRAPHQL_INTROSPECTION: 'true', METRICS_TOKEN } });
  });
  afterAll(async () => {
    await prod?.close();
    await withCors?.close();
  });

  it('keeps /metrics off without METRICS_TOKEN, and behind its bearer token with it', async () => {
    expect((await fetch(`${prod.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${prod.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
    expect((await fetch(`${withCors.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${withCors.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${withCors.url}/metrics`, { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    const allowed = await fetch(`${withCors.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^# HELP /m);
  });

  it('npm run start:prod runs with NODE_ENV=production (its settings are required, not the development defaults)', async () => {
    const script: string = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).scripts['start:prod'];
    // The script as npm runs it (through the shell), from the sources instead of the built bundle.
    const command = script.replace('dist/apps/api/main.js', '--import ./tools/register.mjs apps/api/src/main.ts');
    expect(command).not.toBe(script);
    const env: NodeJS.ProcessEnv = { ...process.env, MEILI_URL: 'http://127.0.0.1:9', JWT_SECRET: 'x'.repeat(40) };
    for (const name of ['NODE_ENV', 'DATABASE_URL', 'MEILI_MASTER_KEY']) delete env[name];
    const child = spawn('sh', ['-c', command], { cwd: repoPath(), env });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL is required when NODE_ENV=production');
  }, 60_000);

  it('refuses introspection unless GRAPHQL_INTROSPECTION=true', async () => {
    const closed = await prod.gql('{ __schema { types { name } } }');
    expect(closed.body.errors?.[0].message).toMatch(/introspection/i);
    const open = await withCors.gql('{ __schema { queryType { name } } }');
    expect(open.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no field suggestions and no stack traces in errors', async () => {
    const res = await prod.gql('{ categorie { code } }');
    expect(res.status).toBe(400);
    const error = res.body.errors![0];
    expect(error.message).not.toMatch(/Did you mean/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
  });

  it('sends security headers and keeps CORS closed unless CORS_ORIGINS lists the origin', async () => {
    const res = await post(prod, '{"query":"{ categories { code } }"}', { origin: 'https://evil.example' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await post(withCors, '{"query":"{ categories { code } }"}', { origin: 'https://app.example.by' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.by');
    const other = await post(withCors, '{"query":"{ categories { code } }"}', { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('prevents CSRF: a simple cross-site request without a preflight is refused', async () => {
    const res = await fetch(`${prod.url}/graphql?query=${encodeURIComponent('{ categories { code } }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
    const form = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ categories { code } }"}' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  it('refuses request bodies over 1 MB with 413, not a 500', async () => {
    const big = JSON.stringify({ query: '{ categories { code } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const res = await post(prod, big);
    expect(res.status).toBe(413);
  });

  it('refuses documents over the parser token limit with a 400', async () => {
    const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await post(prod, JSON.stringify({ query }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses too deep, alias-bomb and over-budget queries as BAD_USER_INPUT', async () => {
    const deep = await prod.gql(`{ category(code: "87.04") { ${'parent { '.repeat(11)}code${' }'.repeat(11)} } }`);
    expect(deep.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.body.errors?.[0].message).toMatch(/nested/);
    const aliases = await prod.gql(`{ ${Array.from({ length: 40 }, (_, i) => `c${i}: category(code: "87") { code }`).join(' ')} }`);
    expect(aliases.body.errors?.[0].message).toMatch(/aliases/);
  });
});
