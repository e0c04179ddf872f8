import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeeder } from '@tradebridge/demo';
import { formatMatchRelevanceReport, runMatchRelevance, type MatchRelevanceReport } from '../../tools/relevance/match-relevance.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { matchingApi } from './matching.fixtures.js';

// Match quality on the demo catalog: NDCG@10 of Need.matches against tools/relevance/data/needs-to-offerings.json
// (the same runner `npm run relevance` reports with).
let t: TestApp;
let report: MatchRelevanceReport;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.get(DemoSeeder).seedDemo();
  await matchingApi(t).drain(120_000);
  report = await runMatchRelevance(t.app, { examples: 5 });
  if (process.env.MATCH_RELEVANCE_REPORT) process.stdout.write(formatMatchRelevanceReport(report) + '\n');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('matching on the demo data', () => {
  it('judges at least 30 needs, all found in the demo data', () => {
    expect(report.needs.length).toBeGreaterThanOrEqual(30);
    expect(report.unresolved).toEqual([]);
  });

  it('reaches NDCG@10 of 0.8 or more', () => {
    expect(report.ndcg).toBeGreaterThanOrEqual(0.8);
  });

  it('puts the showcase offerings first for the showcase needs, with reasons', () => {
    const first = (need: string) => report.examples.find((e) => e.need === need)!.matches[0];
    expect(first('need-vladimirupravdor-001').key).toBe('off-belaz-001');
    expect(first('need-vladimir-procurement-001').key).toBe('off-maz-001');
    for (const example of report.examples) {
      for (const match of example.matches) expect(match.reasons.length).toBeGreaterThan(0);
    }
  });
});
