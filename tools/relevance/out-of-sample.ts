// An out-of-sample set measured in its own world (embedded PostgreSQL + Meilisearch with nothing but
// its documents): the documents become offerings of one organization through the real write path
// (GraphQL createOffering -> row + outbox -> relay -> Meilisearch), each query runs through
// searchOfferings (first 100), and on the same documents in the same run the baselines: Meilisearch
// with default settings (its own index, no settings), PostgreSQL FTS (`russian`, AND and any word,
// ts_rank) and a textbook BM25 over Snowball stems.
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig } from '@tradebridge/core';
import { MeiliService, OutboxRelay, stemText } from '@tradebridge/search';
import pg from 'pg';
import { stdnum } from 'stdnum';
import { createApp } from '../../apps/api/src/create-app.js';
import { startBenchEnvironment, type BenchEnvironment } from '../bench/environment.js';
import { dataOf, graphql, JsonClient } from '../bench/http.js';
import { summarize } from '../bench/stats.js';
import { meanOf, ndcgAt, recallAt } from './ndcg.js';
import { Bm25 } from './bm25.js';
import type { OutOfSampleSet } from './out-of-sample-set.js';

export const OUT_OF_SAMPLE_RANKERS = ['searchOfferings', 'meiliDefaults', 'postgresAnd', 'postgresAny', 'bm25'] as const;
export type OutOfSampleRanker = (typeof OUT_OF_SAMPLE_RANKERS)[number];
export const RANKER_TITLES: Record<OutOfSampleRanker, string> = {
  searchOfferings: 'searchOfferings',
  meiliDefaults: 'Meilisearch defaults',
  postgresAnd: 'PG FTS, all words',
  postgresAny: 'PG FTS, any word',
  bm25: 'BM25 (Snowball)',
};

export interface Measure {
  ndcg_at_10: number;
  recall_at_100: number;
}

export interface OutOfSampleQueryScore {
  id: string;
  query: string;
  relevant: number;
  scores: Record<OutOfSampleRanker, { ndcg10: number | null; recall100: number | null }>;
  /** searchOfferings' first 10 keys (relevant ones marked with *). */
  top10: string[];
  hits: number;
}

export interface OutOfSampleResult {
  set: string;
  label: string;
  documents: number;
  queries: number;
  measures: Record<OutOfSampleRanker, Measure>;
  /** The same, by half (a split of the queries, to see whether a change generalises within the set). */
  halves: Record<string, { queries: number; measures: Record<OutOfSampleRanker, Measure> }>;
  latency_ms: { searchOfferings: ReturnType<typeof summarize>; meiliDefaults: ReturnType<typeof summarize> };
  per_query: OutOfSampleQueryScore[];
}

const LIMIT = 100;
const TITLE_MAX = 200;
const PASSWORD = 'relevance-password-2026';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const CREATE_ORG = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`;
const SEARCH = `query ($query: String, $first: Int) { searchOfferings(query: $query, first: $first) { hits { offering { id } } } }`;
const DEFAULTS_INDEX = 'relevance-meili-defaults';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** A title within the product's 200 characters, cut at a word; the full text goes to the description then. */
export function listingText(text: string): { title: string; description: string } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= TITLE_MAX) return { title: clean, description: '' };
  const cut = clean.slice(0, TITLE_MAX - 1);
  return { title: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).replace(/[\s,;:(-]+$/, '')}…`, description: clean };
}

/** A valid Belarusian UNP (the organization needs one). */
function someUnp(): string {
  for (let serial = 1_000_000; ; serial++) {
    const body = `1${String(serial).padStart(7, '0')}`;
    for (let check = 0; check <= 9; check++) if (stdnum.BY.unp.validate(body + check).isValid) return body + check;
  }
}

/**
 * The category every document is filed under: its names (and its parent's) are indexed with each
 * offering, so the one whose words (stemmed) occur least in the set's queries and documents is taken.
 */
async function neutralCategory(pool: pg.Pool, set: OutOfSampleSet): Promise<string> {
  const { rows } = await pool.query<{ code: string; names: string }>(
    `SELECT c.code, concat_ws(' ', c.name, c.name_en, p.name, p.name_en) AS names
       FROM categories c LEFT JOIN categories p ON p.code = c.parent_code ORDER BY c.code`,
  );
  const frequency = new Map<string, number>();
  for (const text of [...set.documents.map((d) => d.text), ...set.queries.map((q) => q.query)]) {
    for (const stem of new Set(stemText(text).split(' '))) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const collisions = (names: string) => stemText(names).split(' ').reduce((sum, s) => sum + (frequency.get(s) ?? 0), 0);
  return rows.reduce((best, row) => (collisions(row.names) < collisions(best.names) ? row : best)).code;
}

async function parallel<T>(items: readonly T[], workers: number, run: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < items.length) {
      const i = next++;
      await run(items[i]!, i);
    }
  }));
}

/** The documents of a set indexed every way measured, in a world of their own (close it when done). */
export interface OutOfSampleWorld {
  app: NestExpressApplication;
  api: JsonClient;
  pool: pg.Pool;
  env: BenchEnvironment;
  /** Offering id -> document key. */
  keyOf: Map<string, string>;
  searchOfferings(query: string): Promise<string[]>;
  meiliDefaults(query: string): Promise<string[]>;
  postgres(query: string, anyWord: boolean): Promise<string[]>;
  bm25: Bm25;
  close(): Promise<void>;
}

export async function openOutOfSampleWorld(set: OutOfSampleSet, log: (line: string) => void): Promise<OutOfSampleWorld> {
  let env: BenchEnvironment | undefined;
  let app: NestExpressApplication | undefined;
  let pool: pg.Pool | undefined;
  let api: JsonClient | undefined;
  const close = async () => {
    api?.close();
    await pool?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await env?.stop().catch(() => undefined);
  };
  try {
    env = await startBenchEnvironment('tradebridge-relevance-oos-');
    const config = loadConfig({
      ...env.env,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      // The documents are indexed by draining the outbox once they are written (one pump: a burst of
      // ~7,000 changes with the polling loop pumping too can stall the relay's listener queue).
      RELAY_ENABLED: 'false',
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '100000',
      RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
    });
    app = await createApp(config, createLogger(config.logLevel));
    await app.listen(0, '127.0.0.1');
    const client = (api = new JsonClient((await app.getUrl()).replace('[::1]', '127.0.0.1')));
    const db = (pool = new pg.Pool({ connectionString: env.env.DATABASE_URL, max: 4 }));

    // One supplier with every document as a published offering, written as a client writes them.
    const input = { email: 'relevance@example.by', password: PASSWORD, displayName: 'Relevance', locale: 'RU' };
    const token = dataOf<any>(await graphql(client, REGISTER, { input }), 'register').register.accessToken as string;
    // As if the mailed verification link had been opened (the bench and the e2e factories do the same).
    await db.query(`UPDATE users SET email_verified_at = now() WHERE lower(email) = lower($1)`, [input.email]);
    const categoryCode = await neutralCategory(db, set);
    const organization = { name: 'Eval Supplier', country: 'BY', region: 'Minsk Region', taxId: someUnp(), sectorCodes: [categoryCode] };
    dataOf(await graphql(client, CREATE_ORG, { input: organization }, token), 'createOrganization');
    const keyOf = new Map<string, string>();
    const loadStarted = performance.now();
    await parallel(set.documents, 4, async (doc) => {
      const offering = { kind: 'PRODUCT', ...listingText(doc.text), categoryCode, keywords: [] };
      const id = dataOf<any>(await graphql(client, CREATE_OFFERING, { input: offering }, token), `createOffering ${doc.key}`).createOffering.id as string;
      keyOf.set(id, doc.key);
    });
    await app.get(OutboxRelay).drain(600_000);
    log(`${set.name}: ${set.documents.length} offerings written and indexed in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s (category ${categoryCode})`);

    // Meilisearch with default settings: its own index of {id, name}, no settings at all.
    const meili = app.get(MeiliService);
    const defaultsIndex = meili.client.index(DEFAULTS_INDEX);
    await meili.expectTask(meili.client.createIndex(DEFAULTS_INDEX, { primaryKey: 'id' }), 'create the defaults index');
    await meili.expectTask(defaultsIndex.addDocuments(set.documents.map((d, i) => ({ id: i, name: d.text }))), 'documents of the defaults index');

    // PostgreSQL FTS over the same texts.
    await db.query(`CREATE TABLE relevance_documents (key text PRIMARY KEY, tsv tsvector NOT NULL)`);
    for (let i = 0; i < set.documents.length; i += 1000) {
      const chunk = set.documents.slice(i, i + 1000);
      await db.query(
        `INSERT INTO relevance_documents SELECT k, to_tsvector('russian', t) FROM unnest($1::text[], $2::text[]) AS d(k, t)`,
        [chunk.map((d) => d.key), chunk.map((d) => d.text)],
      );
    }
    await db.query(`CREATE INDEX ON relevance_documents USING gin (tsv); ANALYZE relevance_documents`);

    const bm25 = new Bm25();
    for (const d of set.documents) bm25.add(d.key, d.text);

    return {
      app,
      api: client,
      pool: db,
      env,
      keyOf,
      bm25,
      close,
      async searchOfferings(query) {
        const data = dataOf<any>(await graphql(client, SEARCH, { query, first: LIMIT }), `searchOfferings "${query}"`);
        return (data.searchOfferings.hits as Array<{ offering: { id: string } }>).map((h) => keyOf.get(h.offering.id) ?? h.offering.id);
      },
      async meiliDefaults(query) {
        const { hits } = await defaultsIndex.search(query, { limit: LIMIT, attributesToRetrieve: ['id'] });
        return hits.map((h) => set.documents[Number(h.id)]!.key);
      },
      async postgres(query, anyWord) {
        // Any word: the same lexemes ORed (plainto_tsquery ANDs them).
        const tsquery = anyWord ? `replace(plainto_tsquery('russian', $1)::text, ' & ', ' | ')::tsquery` : `plainto_tsquery('russian', $1)`;
        const { rows } = await db.query<{ key: string }>(
          `SELECT key FROM relevance_documents, (SELECT ${tsquery} AS q) query
            WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, key LIMIT ${LIMIT}`,
          [query],
        );
        return rows.map((r) => r.key);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function measureOutOfSample(set: OutOfSampleSet, half: (queryId: string) => string, log: (line: string) => void): Promise<OutOfSampleResult> {
  const world = await openOutOfSampleWorld(set, log);
  try {
    log(`${set.name}: running ${set.queries.length} queries through searchOfferings and the baselines`);
    const latency = { searchOfferings: [] as number[], meiliDefaults: [] as number[] };
    const perQuery: OutOfSampleQueryScore[] = [];
    for (const q of set.queries) {
      let t = performance.now();
      const ours = await world.searchOfferings(q.query);
      latency.searchOfferings.push(performance.now() - t);
      t = performance.now();
      const defaults = await world.meiliDefaults(q.query);
      latency.meiliDefaults.push(performance.now() - t);
      const ranked: Record<OutOfSampleRanker, string[]> = {
        searchOfferings: ours,
        meiliDefaults: defaults,
        postgresAnd: await world.postgres(q.query, false),
        postgresAny: await world.postgres(q.query, true),
        bm25: world.bm25.search(q.query, LIMIT),
      };
      const judged = Object.fromEntries(q.relevant.map((k) => [k, 1]));
      const scores = Object.fromEntries(
        OUT_OF_SAMPLE_RANKERS.map((r) => [r, { ndcg10: ndcgAt(ranked[r], judged, 10), recall100: recallAt(ranked[r], judged, LIMIT) }]),
      ) as OutOfSampleQueryScore['scores'];
      perQuery.push({ id: q.id, query: q.query, relevant: q.relevant.length, scores, top10: ours.slice(0, 10).map((k) => (judged[k] ? `${k}*` : k)), hits: ours.length });
    }
    const measures = (scores: OutOfSampleQueryScore[]) =>
      Object.fromEntries(
        OUT_OF_SAMPLE_RANKERS.map((r) => [
          r,
          { ndcg_at_10: r3(meanOf(scores.map((s) => s.scores[r].ndcg10))), recall_at_100: r3(meanOf(scores.map((s) => s.scores[r].recall100))) },
        ]),
      ) as Record<OutOfSampleRanker, Measure>;
    const halves: OutOfSampleResult['halves'] = {};
    for (const name of [...new Set(perQuery.map((s) => half(s.id)))].sort()) {
      const subset = perQuery.filter((s) => half(s.id) === name);
      halves[name] = { queries: subset.length, measures: measures(subset) };
    }
    return {
      set: set.name,
      label: set.label,
      documents: set.documents.length,
      queries: perQuery.length,
      measures: measures(perQuery),
      halves,
      latency_ms: { searchOfferings: summarize(latency.searchOfferings), meiliDefaults: summarize(latency.meiliDefaults) },
      per_query: perQuery,
    };
  } finally {
    await world.close();
  }
}
