// What the synonym table costs Meilisearch, straight against it, one client (issue 20, round 5):
//   node --import ./tools/register.mjs tools/bench/synonym-cost.ts [--rounds 3]
// Starts its own PostgreSQL and Meilisearch, indexes 10,000 offerings (seed 1), then sends the 200 bench searches
// as searchOfferings asks them (federated: exact words, stemmed query, any-word fallback, re-rank window) under
// three synonym tables (the stems only, as configured; surface terms and stems, as in round 4; none), each with
// the raw query as searchOfferings sends it (exact words, phrases) and as round 4 did (its words set apart, each
// looked up in the synonym table).
// Prints Meilisearch's CPU per search (from /proc), multi-word and one-word searches apart.
import { federatedRequest, FULL_SELECTION, offeringSearchPlan, type OfferingFilter } from '@tradebridge/catalog';
import { buildSynonymSettings, fallbackQueries, loadSynonymGroups, MeiliService, phraseSeparatedQuery, prepareSearchQuery, stemmedGroups, toMeilisearchSynonyms } from '@tradebridge/search';
import { bulkIndex } from './bulk-index.js';
import { processCpuSeconds } from './cpu-monitor.js';
import { startBenchEnvironment } from './environment.js';
import { JsonClient } from './http.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { benchFrequencies } from './search-backends.js';

const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 3;
const out = (line: string) => process.stdout.write(line + '\n');

/** CPU time (user + system) of a process so far, ms. */
const cpuMs = (pid: number) => processCpuSeconds(pid) * 1000;

async function main(): Promise<void> {
  const env = await startBenchEnvironment('tb-synonym-cost-');
  const context = await env.openContext();
  try {
    await bulkIndex(env, { offerings: 10_000, needs: 2_000, seed: 1 }, () => undefined);
    const meili = new JsonClient(env.env.MEILI_URL!, { authorization: `Bearer ${env.env.MEILI_MASTER_KEY}` }, 8);
    const pid = env.services.meilisearch.process.pid!;
    const queries = benchQueries(200);
    const frequencies = await benchFrequencies(meili, 'offerings', queries);
    const groups = loadSynonymGroups();
    const tables: Record<string, Record<string, string[]>> = {
      'stems only': buildSynonymSettings(),
      'surface and stems': toMeilisearchSynonyms([...groups, ...stemmedGroups(groups)]),
      none: {},
    };
    const meiliService = context.get(MeiliService);
    const setSynonyms = (synonyms: Record<string, string[]>) =>
      meiliService.expectTask(meiliService.index('offerings').updateSynonyms(synonyms), 'bench synonyms');
    const now = Date.now();
    const search = async (query: BenchQuery, exactWords: boolean) => {
      const plan = offeringSearchPlan({ query: prepareSearchQuery(query.query), filter: query.filter as OfferingFilter, offset: 0, limit: 20, selection: FULL_SELECTION }, [], now);
      const request = federatedRequest('offerings', plan, fallbackQueries(plan.query.terms, frequencies));
      if (!exactWords) request.queries[0]!.q = phraseSeparatedQuery(plan.query.normalized.split(' '));
      const response = await meili.post('/multi-search', request);
      if (response.status !== 200) throw new Error(JSON.stringify(response.body).slice(0, 300));
    };
    const sets = {
      'multi-word': queries.filter((q) => prepareSearchQuery(q.query).terms.length >= 2),
      'one-word': queries.filter((q) => prepareSearchQuery(q.query).terms.length < 2),
    };
    const totals = new Map<string, { cpu: number; searches: number }>();
    for (let round = 0; round < rounds; round++) {
      for (const [table, synonyms] of Object.entries(tables)) {
        await setSynonyms(synonyms);
        for (const [set, list] of Object.entries(sets)) {
          for (const exactWords of [true, false]) {
            if (round === 0) for (const q of list) await search(q, exactWords); // warm-up
            const before = cpuMs(pid);
            for (const q of list) await search(q, exactWords);
            const key = `${table} | ${exactWords ? 'exact words (phrases)' : 'words (round 4)'} | ${set}`;
            const total = totals.get(key) ?? { cpu: 0, searches: 0 };
            totals.set(key, { cpu: total.cpu + cpuMs(pid) - before, searches: total.searches + list.length });
          }
        }
      }
    }
    out(`${sets['multi-word'].length} multi-word and ${sets['one-word'].length} one-word searches, ${rounds} rounds`);
    out(`synonym keys: ${Object.entries(tables).map(([name, t]) => `${name} ${Object.keys(t).length}`).join(', ')}`);
    out('| synonym table | raw query | searches | Meilisearch CPU per search, ms |\n|---|---|---|---:|');
    for (const [key, { cpu, searches }] of totals) out(`| ${key} | ${(cpu / searches).toFixed(2)} |`);
  } finally {
    await context.close();
    await env.stop();
  }
}

void main();
