import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The GraphQL-over-HTTP audit suite of the npm package graphql-http, against the running API. */
describe('GraphQL over HTTP compliance', () => {
  let t: TestApp;
  let results: AuditResult[];
  beforeAll(async () => {
    t = await startTestApp();
    results = await auditServer({ url: `${t.url}/graphql` });
  });
  afterAll(() => t?.close());

  it('passes every MUST audit', () => {
    const failedMusts = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('reports its pass and warn counts', () => {
    const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
    for (const r of results) counts[r.status]++;
    process.stdout.write(`graphql-http audit: ${counts.ok} passed, ${counts.warn} warnings, ${counts.notice} notices, ${counts.error} errors\n`);
    expect(counts.error).toBe(0);
  });
});
