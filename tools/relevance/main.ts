// `npm run relevance [-- --sets demo,okpd2] [-- --pool] [-- --meili-settings '{...}']`: how well search ranks,
// every judged set side by side, each labelled in-sample or out-of-sample:
// - demo (in-sample: the queries were written with the synonyms and the demo vocabulary): NDCG@10 and
//   recall@20 of searchOfferings and of PostgreSQL full-text search on the demo data, and Need.matches
//   against tools/relevance/data/needs-to-offerings.json;
// - OKPD2 dev (text nobody here wrote, read at run time from ../shared/data/relevance-okpd2-dev, see
//   out-of-sample.ts): NDCG@10 and recall@100 of searchOfferings beside Meilisearch defaults, PostgreSQL
//   FTS (all words, any word) and BM25, in a world of its own.
// --pool prints the unjudged hits in either system's top 10 of the demo queries, to review the judgements;
// --meili-settings applies other Meilisearch index settings before the demo queries run (what-if experiments).
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
import { loadOkpd2Set, okpd2Dir } from './out-of-sample-set.js';
import { measureOutOfSample, OUT_OF_SAMPLE_RANKERS, RANKER_TITLES, type Measure, type OutOfSampleRanker, type OutOfSampleResult } from './out-of-sample.js';
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

interface DemoResult {
  scores: QueryScore[];
  needs: NeedSetResult | null;
  inProcess: { ndcg: number; text: string } | null;
}

/** The in-sample sets: our judged searchOfferings queries and needs over the demo data. */
async function measureDemo(): Promise<DemoResult> {
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
    return { scores, needs, inProcess };
  } finally {
    api?.close();
    await pool?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await env?.stop().catch(() => undefined);
  }
}

/** OKPD2 queries split in two by their division's parity: a change that helps only one half is suspect. */
const okpd2Half = (id: string) => (Number(id.slice(0, 2)) % 2 === 0 ? 'even divisions' : 'odd divisions');

const GOAL = { ndcg_at_10: 0.65, recall_at_100: 0.7 };

function printSideBySide(demo: DemoResult | null, outOfSample: OutOfSampleResult[]): void {
  const cell = (n: number | undefined) => (n === undefined ? '–' : fmt(n));
  const out = [
    '',
    '## Every set side by side',
    '',
    `| set | sample | queries | measure | ours | ${OUT_OF_SAMPLE_RANKERS.slice(1).map((r) => RANKER_TITLES[r]).join(' | ')} |`,
    `|---|---|---:|---|---:|${OUT_OF_SAMPLE_RANKERS.slice(1).map(() => '---:').join('|')}|`,
  ];
  if (demo) {
    const m = summary(demo.scores);
    const label = 'in-sample (written with the synonyms and demo vocabulary)';
    // The demo's PostgreSQL baseline is websearch_to_tsquery (all words) over title, keywords and description.
    out.push(`| demo searchOfferings | ${label} | ${m.queries} | NDCG@10 | **${fmt(m.platform.ndcg_at_10)}** | – | ${fmt(m.postgres_fts.ndcg_at_10)} | – | – |`);
    out.push(`| | | | recall@20 | **${fmt(m.platform.recall_at_20)}** | – | ${fmt(m.postgres_fts.recall_at_20)} | – | – |`);
    if (demo.needs && !demo.needs.note) {
      // Its PostgreSQL baseline ORs the need's words.
      out.push(`| demo Need.matches | ${label} | ${demo.needs.needs} | NDCG@10 | **${fmt(demo.needs.matches.ndcg_at_10)}** | – | – | ${fmt(demo.needs.postgres_fts.ndcg_at_10)} | – |`);
      out.push(`| | | | recall@20 | **${fmt(demo.needs.matches.recall_at_20)}** | – | – | ${fmt(demo.needs.postgres_fts.recall_at_20)} | – |`);
    }
  }
  for (const result of outOfSample) {
    const rows: Array<[string, string, number, Record<OutOfSampleRanker, Measure>]> = [
      [result.set, result.label, result.queries, result.measures],
      ...Object.entries(result.halves).map(([name, h]): [string, string, number, Record<OutOfSampleRanker, Measure>] => [`${result.set}, ${name}`, '', h.queries, h.measures]),
    ];
    for (const [name, label, queries, measures] of rows) {
      for (const [measure, key] of [['NDCG@10', 'ndcg_at_10'], ['recall@100', 'recall_at_100']] as const) {
        const first = key === 'ndcg_at_10';
        // The best of the row in bold, whoever it is (ours is not the best everywhere).
        const best = Math.max(...OUT_OF_SAMPLE_RANKERS.map((r) => measures[r][key]));
        const shown = (r: OutOfSampleRanker) => (measures[r][key] === best ? `**${cell(measures[r][key])}**` : cell(measures[r][key]));
        out.push(`| ${first ? name : ''} | ${first ? label : ''} | ${first ? queries : ''} | ${measure} | ${OUT_OF_SAMPLE_RANKERS.map(shown).join(' | ')} |`);
      }
    }
  }
  for (const result of outOfSample) {
    const m = result.measures;
    const lat = result.latency_ms;
    out.push('', `${result.set}: one client, searchOfferings p50 ${lat.searchOfferings.p50_ms} ms / p95 ${lat.searchOfferings.p95_ms} ms; Meilisearch defaults p50 ${lat.meiliDefaults.p50_ms} ms / p95 ${lat.meiliDefaults.p95_ms} ms`);
    const beats = (key: keyof Measure) => OUT_OF_SAMPLE_RANKERS.slice(1).every((r) => m.searchOfferings[key] > m[r][key]);
    const met = m.searchOfferings.ndcg_at_10 >= GOAL.ndcg_at_10 && m.searchOfferings.recall_at_100 >= GOAL.recall_at_100 && beats('ndcg_at_10') && beats('recall_at_100');
    out.push(`${result.set}: goal (NDCG@10 >= ${GOAL.ndcg_at_10}, recall@100 >= ${GOAL.recall_at_100}, above every baseline on both) ${met ? 'MET' : 'NOT met'}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

async function main(): Promise<void> {
  const sets = new Set((optionValue('sets') ?? 'demo,okpd2').split(',').map((s) => s.trim()));
  const demo = sets.has('demo') ? await measureDemo() : null;
  const outOfSample: OutOfSampleResult[] = [];
  if (sets.has('okpd2')) {
    const okpd2 = loadOkpd2Set();
    if (!okpd2) log(`OKPD2 dev set not found in ${okpd2Dir()} (set RELEVANCE_OKPD2_DIR): skipped`);
    else outOfSample.push(await measureOutOfSample(okpd2, okpd2Half, log));
  }
  printSideBySide(demo, outOfSample);
  const results = {
    generated_at: new Date().toISOString(),
    searchOfferings: demo
      ? { sample: 'in-sample', ...summary(demo.scores), russian: summary(demo.scores.filter((s) => s.lang === 'ru')), english: summary(demo.scores.filter((s) => s.lang === 'en')) }
      : null,
    need_matches: demo?.needs ? { sample: 'in-sample', ...demo.needs, matching_lib_ndcg: demo.inProcess?.ndcg ?? null } : null,
    out_of_sample: outOfSample,
    queries: demo?.scores ?? [],
  };
  writeFileSync(repoPath('relevance-results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write('\nWrote relevance-results.json\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`relevance failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
