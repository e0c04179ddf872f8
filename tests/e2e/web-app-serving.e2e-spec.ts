import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newTestDataDir } from '../support/test-services.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The API serves the built web app at `/` (a stand-in build here; the browser tests use the real one).
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

describe('serving the web app', () => {
  let t: TestApp;
  let prod: TestApp;
  let empty: TestApp;
  beforeAll(async () => {
    const dir = newTestDataDir('tradebridge-web-');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ webDir: dir });
    prod = await startTestApp({ webDir: dir, env: { NODE_ENV: 'production' } });
    empty = await startTestApp({ webDir: join(dir, 'missing') });
  });
  afterAll(async () => {
    await t?.close();
    await prod?.close();
    await empty?.close();
  });

  it('answers / and every client route with index.html, never cached', async () => {
    for (const path of ['/', '/search?q=самосвал', '/needs/7d3c0e2a-1111-4222-8333-944445555666', '/en/anything/deep']) {
      const response = await fetch(`${t.url}${encodeURI(path)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets with a long immutable cache and answers a missing asset with 404, not the page', async () => {
    const asset = await fetch(`${t.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("app")');
    expect((await fetch(`${t.url}/assets/index-old.js`)).status).toBe(404);
    expect((await fetch(`${t.url}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await fetch(`${t.url}/index.html`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves /graphql, /health, /metrics, /dev/mail and /mail/unsubscribe to the API', async () => {
    const graphql = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ categories { code } }"}' });
    expect(((await graphql.json()) as { data: { categories: unknown[] } }).data.categories.length).toBe(23);
    const health = await fetch(`${t.url}/health`);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    expect(await health.json()).toMatchObject({ postgres: expect.anything() });
    const metrics = await fetch(`${t.url}/metrics`);
    expect(await metrics.text()).toMatch(/# HELP/);
    const getGraphql = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await getGraphql.text()).not.toBe(INDEX);
    const devMail = await fetch(`${t.url}/dev/mail`);
    expect(devMail.status).toBe(200);
    expect(await devMail.text()).not.toBe(INDEX);
    // One-click unsubscribe answers itself (a redirect to the web page), not with the app's index.
    const unsubscribe = await fetch(`${t.url}/mail/unsubscribe?token=x`, { redirect: 'manual' });
    expect(await unsubscribe.text()).not.toBe(INDEX);
  });

  it('leaves the import upload, its templates and the exports to the API', async () => {
    // POST /imports reaches the upload endpoint (which refuses a request without its CSRF header), not the page.
    const upload = await fetch(`${t.url}/imports`, { method: 'POST', body: new FormData() });
    expect(upload.status).toBe(400);
    expect(((await upload.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const template = await fetch(`${t.url}/imports/templates/needs-ru.xlsx`);
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toMatch(/spreadsheetml/);
    // GET paths without an extension under /imports/ and /exports/ are the API's too: its 404 or 401, never index.html.
    for (const path of ['/imports/templates/needs', '/exports/needs', '/exports/needs.xlsx']) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toBe(INDEX);
    }
  });

  it('sends a Content-Security-Policy in production that allows only its own scripts', async () => {
    const response = await fetch(`${prod.url}/`);
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it('serves nothing at / when there is no build', async () => {
    expect((await fetch(`${empty.url}/`)).status).toBe(404);
    expect((await fetch(`${empty.url}/health`)).status).toBe(200);
  });
});
