// `npm run relevance [-- --pool] [-- --meili-settings '{...}']`: NDCG@10 and recall@20 of the platform's search (GraphQL
// searchOfferings) and of PostgreSQL full-text search on the same demo data, side by side; plus
// Need.matches against tools/relevance/data/needs-to-offerings.json when that set exists.
// --pool prints the unjudged hits in either system's top 10, to review the judgements; --meili-settings
// applies other Meilisearch index settings before the queries run (what-if experiments).
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig, repoPath } from '@tradebridge/core';
import { MeiliService, OutboxRelay } from '@tradebridge/search';
import pg from 'pg';
import { createApp } from '../../apps/api/src/create-app.js';
import { startBenchEnvironment, type BenchEnvironment } from '../bench/environment.js';
import { JsonClient } from '../bench/http.js';
import { mapDemoKeys } from './demo-keys.js';
import { loadNeedJudgements, loadOfferingQueries, type JudgedQuery } from './judgements.js';
import { formatMatchRelevanceReport, runMatchRelevance } from './match-relevance.js';
import { meanOf, ndcgAt, recallAt, type Grades } from './ndcg.js';
import { measureNeedMatches, type NeedSetResult } from './need-matches.js';
import { postgresSearch, platformSearch } from './rankers.js';

const args = process.argv.slice(2);
const optionValue = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const started = performance.now();
const log = (line: string) => process.stderr.write(`[relevance ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(3));

export interface QueryScore {
  id: string;
  lang: string;
  query: string;
  judged: number;
  /** Null when nothing is judged relevant (see ndcg.ts). */
  platform: { ndcg10: number | null; recall20: number | null; top10: string[] };
  postgres: { ndcg10: number | null; recall20: number | null; top10: string[] };
}

function summary(scores: QueryScore[]) {
  const pick = (f: (s: QueryScore) => number | null) => Math.round(meanOf(scores.map(f)) * 1000) / 1000;
  return {
    queries: scores.length,
    platform: { ndcg_at_10: pick((s) => s.platform.ndcg10), recall_at_20: pick((s) => s.platform.recall20) },
    postgres_fts: { ndcg_at_10: pick((s) => s.postgres.ndcg10), recall_at_20: pick((s) => s.postgres.recall20) },
  };
}

async function scoreQueries(queries: JudgedQuery[], api: JsonClient, pool: pg.Pool, keyOf: Map<string, string>): Promise<QueryScore[]> {
  const scores: QueryScore[] = [];
  for (const q of queries) {
    const judged: Grades = q.relevant;
    const ours = (await platformSearch(api, q.query, 20)).map((id) => keyOf.get(id) ?? id);
    const theirs = (await postgresSearch(pool, q.query, 20)).map((id) => keyOf.get(id) ?? id);
    scores.push({
      id: q.id,
      lang: q.lang,
      query: q.query,
      judged: Object.values(judged).filter((g) => g > 0).length,
      platform: { ndcg10: ndcgAt(ours, judged, 10), recall20: recallAt(ours, judged, 20), top10: ours.slice(0, 10) },
      postgres: { ndcg10: ndcgAt(theirs, judged, 10), recall20: recallAt(theirs, judged, 20), top10: theirs.slice(0, 10) },
    });
  }
  return scores;
}

function printTable(scores: QueryScore[], needs: NeedSetResult | null): void {
  const out: string[] = ['', '| id | query | judged | ours NDCG@10 | PG NDCG@10 | ours R@20 | PG R@20 |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const s of scores) {
    const mark = (s.platform.ndcg10 ?? 0) + 1e-9 < (s.postgres.ndcg10 ?? 0) ? ' ⚠' : '';
    out.push(`| ${s.id} | ${s.query} | ${s.judged} | ${fmt(s.platform.ndcg10)}${mark} | ${fmt(s.postgres.ndcg10)} | ${fmt(s.platform.recall20)} | ${fmt(s.postgres.recall20)} |`);
  }
  out.push('', '| set | queries | ours NDCG@10 | PG FTS NDCG@10 | ours recall@20 | PG FTS recall@20 |', '|---|---:|---:|---:|---:|---:|');
  for (const [name, subset] of [['all', scores], ['Russian', scores.filter((s) => s.lang === 'ru')], ['English', scores.filter((s) => s.lang === 'en')]] as const) {
    const m = summary(subset);
    out.push(`| searchOfferings, ${name} | ${m.queries} | **${fmt(m.platform.ndcg_at_10)}** | ${fmt(m.postgres_fts.ndcg_at_10)} | **${fmt(m.platform.recall_at_20)}** | ${fmt(m.postgres_fts.recall_at_20)} |`);
  }
  if (needs?.note) out.push(`| Need.matches | - | ${needs.note} | | | |`);
  else if (needs) out.push(`| Need.matches (needs -> offerings) | ${needs.needs} | **${fmt(needs.matches.ndcg_at_10)}** | ${fmt(needs.postgres_fts.ndcg_at_10)} | **${fmt(needs.matches.recall_at_20)}** | ${fmt(needs.postgres_fts.recall_at_20)} |`);
  process.stdout.write(out.join('\n') + '\n');
}

function printPool(scores: QueryScore[], queries: JudgedQuery[]): void {
  const byId = new Map(queries.map((q) => [q.id, q]));
  for (const s of scores) {
    const judged = byId.get(s.id)!.relevant;
    const unjudged = [...new Set([...s.platform.top10, ...s.postgres.top10])].filter((k) => judged[k] === undefined);
    const missed = Object.keys(judged).filter((k) => judged[k]! >= 2 && !s.platform.top10.includes(k));
    if (unjudged.length || missed.length) process.stdout.write(`${s.id} "${s.query}": unjudged in a top 10: ${unjudged.join(' ') || '-'}; graded >= 2 not in our top 10: ${missed.join(' ') || '-'}\n`);
  }
}

/** The same needs matched in process (MatchingService, no HTTP), with the best matches' reasons. */
async function matchingReport(app: NestExpressApplication): Promise<{ ndcg: number; text: string }> {
  const report = await runMatchRelevance(app);
  return { ndcg: Math.round(report.ndcg * 1000) / 1000, text: formatMatchRelevanceReport(report) };
}

async function main(): Promise<void> {
  let env: BenchEnvironment | undefined;
  let app: NestExpressApplication | undefined;
  let pool: pg.Pool | undefined;
  let api: JsonClient | undefined;
  try {
    const queries = loadOfferingQueries();
    const needSet = loadNeedJudgements();
    log(`${queries.length} judged queries${needSet ? `, ${needSet.length} judged needs` : ''}; starting PostgreSQL and Meilisearch`);
    env = await startBenchEnvironment('tradebridge-relevance-');
    const config = loadConfig({
      ...env.env,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      RELAY_POLL_MS: '50',
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '100000',
      RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
    });
    app = await createApp(config, createLogger(config.logLevel)); // seeds the demo data at start
    await app.listen(0, '127.0.0.1');
    await app.get(OutboxRelay).drain(120_000);
    const experiment = optionValue('meili-settings');
    if (experiment) {
      // What-if: other index settings on the same documents (e.g. '{"proximityPrecision":"byAttribute"}').
      const meili = app.get(MeiliService);
      for (const index of ['offerings', 'needs']) {
        await meili.expectTask(meili.index(index).updateSettings(JSON.parse(experiment)), `settings of ${index}`);
      }
      log(`index settings changed for this run: ${experiment}`);
    }
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    api = new JsonClient(url);
    pool = new pg.Pool({ connectionString: env.env.DATABASE_URL, max: 4 });
    const keys = await mapDemoKeys(pool);
    log(`demo data seeded and indexed (${keys.publicOfferings.size} public offerings); running the queries`);

    for (const q of queries) {
      const hidden = Object.keys(q.relevant).filter((k) => !keys.publicOfferings.has(k));
      if (hidden.length) throw new Error(`${q.id}: judged keys that are not public offerings: ${hidden.join(', ')}`);
    }
    const scores = await scoreQueries(queries, api, pool, keys.keyOf);
    const needs = needSet ? await measureNeedMatches(needSet, api, pool, keys) : null;
    const inProcess = needSet && !needs?.note ? await matchingReport(app) : null;

    printTable(scores, needs);
    if (inProcess) process.stdout.write(`\nThe same needs matched in process (runMatchRelevance):\n${inProcess.text}\n`);
    if (args.includes('--pool')) printPool(scores, queries);
    const results = {
      generated_at: new Date().toISOString(),
      searchOfferings: { ...summary(scores), russian: summary(scores.filter((s) => s.lang === 'ru')), english: summary(scores.filter((s) => s.lang === 'en')) },
      need_matches: needs ? { ...needs, matching_lib_ndcg: inProcess?.ndcg ?? null } : null,
      queries: scores,
    };
    writeFileSync(repoPath('relevance-results.json'), JSON.stringify(results, null, 2) + '\n');
    const m = results.searchOfferings;
    const verdict = m.platform.ndcg_at_10 > m.postgres_fts.ndcg_at_10 && m.platform.recall_at_20 >= m.postgres_fts.recall_at_20;
    process.stdout.write(`\n${verdict ? 'Platform search beats' : 'Platform search does NOT beat'} PostgreSQL FTS. Wrote relevance-results.json\n`);
  } finally {
    api?.close();
    await pool?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await env?.stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`relevance failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
