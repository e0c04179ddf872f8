// Exact totals beyond 10,000 hits and deep pages, measured straight against Meilisearch on a loaded index:
//   DATA_DIR=/tmp/bench DEMO_DATA=false npm start &                                       (embedded services)
//   DATA_DIR=/tmp/bench npm run bench:data -- --offerings 100000 --needs 20000 --seed 1   (then let the relay index)
//   DATA_DIR=/tmp/bench node --import ./tools/register.mjs tools/bench/total-hits.ts [--rounds 4]
// 1. totals: searchOfferings' federated request against the union of its two queries' hits, and the
//    browse count, with maxTotalHits 10,000 (Meilisearch's counting limit before) and MAX_TOTAL_HITS;
// 2. cost of raising maxTotalHits: the 200 bench searches and browse requests, both settings interleaved;
// 3. deep pages: latency by offset, with and without words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browseRequest, federatedRequest, offeringSearchPlan, type OfferingFilter } from '@tradebridge/catalog';
import { MAX_TOTAL_HITS, prepareSearchQuery } from '@tradebridge/search';
import { Meilisearch, type MultiSearchParams } from 'meilisearch';
import { benchQueries } from './queries.js';
import { summarize } from './stats.js';

const dataDir = process.env.DATA_DIR ?? '.data';
const services = JSON.parse(readFileSync(join(dataDir, 'secrets', 'services.json'), 'utf8')) as Record<string, string>;
const uid = `${process.env.MEILI_INDEX_PREFIX ?? ''}offerings`;
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 4;
const client = new Meilisearch({ host: services.MEILI_URL!, apiKey: services.MEILI_MASTER_KEY, timeout: 120_000, requestInit: { headers: { 'Accept-Encoding': 'identity' } } });
const out = (line: string) => process.stdout.write(line + '\n');

const plan = (query: string, filter?: Record<string, unknown>, offset = 0, limit = 20) =>
  offeringSearchPlan({ query: prepareSearchQuery(query), filter: filter as OfferingFilter, offset, limit }, [], Date.now());

async function setMaxTotalHits(maxTotalHits: number): Promise<void> {
  await client.tasks.waitForTask((await client.index(uid).updateSettings({ pagination: { maxTotalHits } })).taskUid, { timeout: 600_000 });
}

async function ms(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function median(work: () => Promise<unknown>, times = 3): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < times; i++) all.push(await ms(work));
  return Math.round(summarize(all).p50_ms!);
}

/** Every hit of the federated request's queries, run one by one without limit: the true union. */
async function unionOf(word: string): Promise<number> {
  const ids = new Set<string>();
  for (const query of federatedRequest(uid, plan(word)).queries) {
    const { federationOptions: _, ...single } = query;
    const result = await client.multiSearch({ queries: [{ ...single, attributesToHighlight: [], attributesToCrop: [], offset: 0, limit: 1_000_000 }] } as MultiSearchParams);
    for (const hit of result.results[0]!.hits) ids.add(String(hit.id));
  }
  return ids.size;
}

async function main(): Promise<void> {
  out(`${uid}: ${(await client.index(uid).getStats()).numberOfDocuments} documents`);
  const broad = ['поставка', 'запчасти', 'оборудование', 'трактор беларус', 'самосвал'];
  for (const max of [10_000, MAX_TOTAL_HITS]) {
    await setMaxTotalHits(max);
    out(`\n1. totals with maxTotalHits ${max}`);
    for (const word of broad) {
      const federated = await client.multiSearch(federatedRequest(uid, plan(word)));
      out(`  "${word}": federated estimatedTotalHits ${federated.estimatedTotalHits}, union of all hits ${await unionOf(word)}`);
    }
    const browse = await client.multiSearch(browseRequest(uid, plan('')));
    out(`  no words: browse count ${browse.results[1]!.totalHits}`);
  }

  out(`\n2. cost of maxTotalHits ${MAX_TOTAL_HITS} against 10,000 (${rounds} interleaved rounds)`);
  const searches = benchQueries(200).map((q) => federatedRequest(uid, plan(q.query, q.filter as Record<string, unknown>)));
  const browses = [undefined, { countries: ['BY'] }, { kinds: ['SERVICE'] }, { certifications: ['EAC'] }].map((f) => browseRequest(uid, plan('', f)));
  const times: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const max of [10_000, MAX_TOTAL_HITS]) {
      await setMaxTotalHits(max);
      for (const body of searches) (times[`search ${max}`] ??= []).push(await ms(() => client.multiSearch(body)));
      for (let i = 0; i < 10; i++) for (const body of browses) (times[`browse ${max}`] ??= []).push(await ms(() => client.multiSearch(body)));
    }
  }
  for (const [name, list] of Object.entries(times)) {
    const s = summarize(list);
    out(`  ${name.padEnd(24)} n=${s.count} p50 ${s.p50_ms} ms p95 ${s.p95_ms} ms p99 ${s.p99_ms} ms`);
  }

  out(`\n3. deep pages (maxTotalHits ${MAX_TOTAL_HITS}, median of 3)`);
  for (const word of ['поставка', 'самосвал']) {
    const cells = [];
    for (const offset of [0, 980, 1_980, 4_980, 9_980]) cells.push(`${offset}: ${await median(() => client.multiSearch(federatedRequest(uid, plan(word, undefined, offset))))} ms`);
    out(`  "${word}" at offset ${cells.join(', ')}`);
  }
  const cells = [];
  for (const offset of [0, 980, 9_980, 49_980, 89_960]) cells.push(`${offset}: ${await median(() => client.multiSearch(browseRequest(uid, plan('', undefined, offset))))} ms`);
  out(`  no words at offset ${cells.join(', ')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
