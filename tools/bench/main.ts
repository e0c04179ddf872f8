// `npm run bench [-- --quick] [--profile] [--keep] [--sources] [--seconds 15] [--scale-out]`: the whole benchmark
// in one run against its own embedded PostgreSQL and Meilisearch. `--phases search [--levels 1,8] [--shapes full]`:
// only the bulk load and the search levels; `--phases bulk[,sync][,scale-out]`: an indexing A/B in a minute.
// See tools/bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoPath } from '@tradebridge/core';
import pg from 'pg';
import { newestProfile, startApiProcess, type ApiProcess } from './api-process.js';
import { bulkIndex, type BulkResult } from './bulk-index.js';
import { CpuMonitor, PhaseRecorder } from './cpu-monitor.js';
import { startBenchEnvironment, type BenchEnvironment } from './environment.js';
import { JsonClient } from './http.js';
import { runLevel } from './load.js';
import { measureMatching } from './matching.js';
import { summarizeProfile, type ProfileWindow } from './profile-summary.js';
import { benchQueries } from './queries.js';
import { goalsOf, LEVELS, levelRatios, machine, markdown, type BenchResults, type Equivalence, type Levels } from './report.js';
import { benchFrequencies, graphqlBackend, meiliBackend, postgresBackend, type SearchBackend, type SearchShape } from './search-backends.js';
import { measureImport } from './import.js';
import { searchOnlyReport } from './search-only.js';
import { measureScaleOut, parseConfigurations, scaleOutMarkdown, type ScaleOutRun } from './scale-out.js';
import { measureSyncLatency, registerSuppliers, type SyncResult } from './sync-latency.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('quick');
const OFFERINGS = Number(option('offerings') ?? (quick ? 10_000 : 100_000));
const NEEDS = Number(option('needs') ?? (quick ? 2_000 : 20_000));
const SEED = Number(option('seed') ?? 1);
const LEVEL_SECONDS = Number(option('seconds') ?? (quick ? 8 : 15));
const WARMUP_MS = Number(option('warmup-ms') ?? (quick ? 1_000 : 2_000));
const SYNC_OFFERINGS = 500;
const SYNC_CLIENTS = 10;
const MATCH_NEEDS = 200;
const QUERIES = 200;
const IMPORT_ROWS = Number(option('import-rows') ?? 5000);
/** `--phases search`: bulk load + search only (no sync, matching, import; bench-results.json is not written). */
const PHASES = option('phases')?.split(',').map((p) => p.trim());
const SEARCH_ONLY = PHASES !== undefined && PHASES.join() === 'search';
const RUN_LEVELS = (option('levels')?.split(',').map(Number) ?? [...LEVELS]) as Array<(typeof LEVELS)[number]>;
const SHAPES = (option('shapes')?.split(',') ?? ['full', 'hits']) as SearchShape[];
/**
 * `--compare <bundle>`: a second API from another build (e.g. `dist-base/apps/api/main.js`, a bundle of the
 * commit before a change, kept inside the repository so it finds node_modules) against the same services;
 * its searches (`search_graphql_b`) alternate with this build's within each level, so an A/B on a shared
 * machine compares like with like. With `--phases search` only.
 */
const COMPARE = option('compare');
/** The level whose window of the API's CPU profile is digested per search. */
const PROFILE_LEVEL = option('profile-level') ?? 'search_graphql_c8';
if (PHASES?.includes('search') && !SEARCH_ONLY) throw new Error('--phases search runs alone');
if (!SEARCH_ONLY && (option('levels') || option('shapes') || COMPARE)) throw new Error('--levels and --shapes go with --phases search');
if (RUN_LEVELS.some((c) => !LEVELS.includes(c))) throw new Error(`--levels: any of ${LEVELS.join(', ')}`);
// `--phases bulk` / `--phases sync` / `--phases scale-out` (combinable; the bulk load always runs): an A/B of
// indexing in a minute; the figures go to bench-partial.json, not bench-results.json.
const ONLY = SEARCH_ONLY ? undefined : PHASES;
if (ONLY?.some((p) => !['bulk', 'sync', 'scale-out'].includes(p))) throw new Error('--phases: search, or any of bulk, sync, scale-out');
const SCALE_OUT = flag('scale-out') || Boolean(ONLY?.includes('scale-out'));

const started = performance.now();
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

/** Monotonic µs, the clock V8 stamps CPU-profile samples with. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function searchLevels(backends: SearchBackend[], queries: ReturnType<typeof benchQueries>, notes: string[], phases: PhaseRecorder, windows: Record<string, ProfileWindow>) {
  const results = Object.fromEntries(backends.map((b) => [b.name, {} as Levels])) as Record<SearchBackend['name'], Levels>;
  // Backends alternate within each level, so a slow phase of the machine hits all three alike.
  for (const c of RUN_LEVELS) {
    for (const backend of backends) {
      const offset = c * 7; // each level starts elsewhere in the query list (fewer repeats cached from the last level)
      const send = (i: number) => backend.send(queries[(offset + i) % queries.length]!);
      if (backend.apiPid) phases.monitor.setApi(backend.apiPid);
      if (WARMUP_MS) await runLevel(send, { concurrency: c, durationMs: WARMUP_MS });
      const fromUs = nowUs();
      const result = await phases.run(`${backend.name}_c${c}`, () =>
        runLevel(send, {
          concurrency: c,
          durationMs: LEVEL_SECONDS * 1000,
          onError: (error) => notes.push(`${backend.name} c${c}: ${String(error).slice(0, 200)}`),
        }),
      );
      const cpu = phases.phases[`${backend.name}_c${c}`]!;
      windows[`${backend.name}_c${c}`] = { fromUs, toUs: nowUs(), operations: result.requests, label: `${backend.name}_c${c}` };
      results[backend.name][`c${c}`] = result;
      log(
        `  ${backend.name} c${c}: ${result.rps} rps, p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, p99 ${result.p99_ms} ms, errors ${result.errors}` +
          ` (CPU s: api ${cpu.api_cpu_s} = ${((cpu.api_cpu_s * 1000) / Math.max(result.requests, 1)).toFixed(2)} ms a request, meili ${cpu.meilisearch_cpu_s}, pg ${cpu.postgres_cpu_s}, generator ${cpu.bench_cpu_s}, other processes ${cpu.other_cpu_s})`,
      );
    }
  }
  return results;
}

async function equivalence(api: SearchBackend, direct: SearchBackend, queries: ReturnType<typeof benchQueries>): Promise<Equivalence> {
  const sample = queries.slice(0, 30);
  let sameOrder = 0;
  let sameSet = 0;
  for (const q of sample) {
    const [a, b] = await Promise.all([api.ids(q), direct.ids(q)]);
    if (a.join() === b.join()) sameOrder++;
    if (a.length === b.length && [...a].sort().join() === [...b].sort().join()) sameSet++;
  }
  return { queries: sample.length, same_order: sameOrder, same_set: sameSet };
}

function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

async function main(): Promise<void> {
  const notes: string[] = [];
  const monitor = new CpuMonitor().start();
  const phases = new PhaseRecorder(monitor, cpus().length);
  log(`mode ${quick ? 'quick' : 'full'}: ${OFFERINGS} offerings, ${NEEDS} needs, seed ${SEED}; starting PostgreSQL and Meilisearch`);
  let env: BenchEnvironment | undefined;
  let api: ApiProcess | undefined;
  let pool: pg.Pool | undefined;
  const clients: JsonClient[] = [];
  try {
    env = await startBenchEnvironment('tradebridge-bench-', flag('keep'));
    monitor.pids.meilisearch = env.services.meilisearch.process.pid;
    monitor.pids.postgres = postmasterPid(env.dataDir);
    log(`services up in ${env.dataDir}; loading the data set`);
    const bulk = await bulkIndex(env, { offerings: OFFERINGS, needs: NEEDS, seed: SEED }, log, phases);
    log(`bulk: ${bulk.documents} documents searchable ${bulk.index_s} s after the load (${bulk.bulk_index_docs_per_s} docs/s)`);
    log(`  bulk CPU s: meili ${phases.phases.bulk_index?.meilisearch_cpu_s}, pg ${phases.phases.bulk_index?.postgres_cpu_s}, relay (this process) ${phases.phases.bulk_index?.bench_cpu_s}, other ${phases.phases.bulk_index?.other_cpu_s}`);
    if (ONLY && !ONLY.includes('sync')) return await finishPartial(env, { bulk }, phases, notes);

    const profileDir = flag('profile') ? join(env.dataDir, 'profiles') : undefined;
    // The API runs as `npm start` runs it: the bundle of `nest build api` (`--sources`: the TypeScript
    // sources through the loader, which costs ~90 MB of RSS and some CPU).
    const dist = !flag('sources');
    if (dist) execFileSync(process.execPath, [repoPath('node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: repoPath(), stdio: 'ignore' });
    api = await startApiProcess({ env: env.env, logFile: join(env.dataDir, 'api.log'), cpuProfDir: profileDir, dist });
    monitor.setApi(api.pid);
    const apiStartMs = api.startMs;
    log(`API up at ${api.url} (pid ${api.pid}, RSS ${api.currentRssMb()} MB)`);
    const apiB = COMPARE ? await startApiProcess({ env: env.env, logFile: join(env.dataDir, 'api-b.log'), dist: true, bundle: COMPARE }) : undefined;
    if (apiB) log(`API B (${COMPARE}) up at ${apiB.url} (pid ${apiB.pid})`);
    const apiClient = new JsonClient(api.url, {}, 64);
    const meiliClient = new JsonClient(env.env.MEILI_URL!, { authorization: `Bearer ${env.env.MEILI_MASTER_KEY}` }, 64);
    clients.push(apiClient, meiliClient);
    let sync: Awaited<ReturnType<typeof measureSyncLatency>> | undefined;
    pool = new pg.Pool({ connectionString: env.env.DATABASE_URL, max: 32 });
    pool.on('error', (error) => log(`PostgreSQL pool: ${error.message}`)); // an idle client losing its server must not crash the run

    const meiliPid = env.services.meilisearch.process.pid;
    if (!SEARCH_ONLY) {
      log(`sync latency: ${SYNC_OFFERINGS} offerings by ${SYNC_CLIENTS} clients`);
      const tokens = await registerSuppliers(apiClient, pool, SYNC_CLIENTS, Date.now().toString(36));
      sync = await phases.run('sync', () => measureSyncLatency(apiClient, meiliClient, 'offerings', tokens, SYNC_OFFERINGS));
      log(`  sync p50 ${sync.p50_ms} ms, p95 ${sync.p95_ms} ms, max ${sync.max_ms} ms, errors ${sync.errors}`);
    }
    const settle = await api.waitUntilIdle(quick ? 60_000 : 180_000, meiliPid ? [meiliPid] : []);
    if (settle > 3000) notes.push(`after the sync phase the API and Meilisearch kept working for ${Math.round(settle / 1000)} s (relay batches and match alerts of the new offerings); the search phase waited for them`);
    log(`  API idle again after ${Math.round(settle / 1000)} s`);
    if (ONLY) {
      await api.stop();
      api = undefined;
      return await finishPartial(env, { bulk, sync: withoutIds(sync!) }, phases, notes);
    }

    const queries = benchQueries(QUERIES);
    const frequencies = await benchFrequencies(meiliClient, 'offerings', queries);
    const clientB = apiB ? new JsonClient(apiB.url, {}, 64) : undefined;
    if (clientB) clients.push(clientB);
    const withPid = (backend: SearchBackend, pid: number): SearchBackend => ({ ...backend, apiPid: pid });
    const backends = [
      ...SHAPES.flatMap((shape) => [
        withPid(graphqlBackend(apiClient, shape), api!.pid),
        meiliBackend(meiliClient, 'offerings', frequencies, shape),
        ...(clientB && apiB ? [{ ...withPid(graphqlBackend(clientB, shape), apiB.pid), name: `${shape === 'full' ? 'search_graphql' : 'search_graphql_hits'}_b` as SearchBackend['name'] }] : []),
      ]),
      ...(SEARCH_ONLY ? [] : [postgresBackend(pool)]),
    ];
    const same = await equivalence(backends[0]!, backends[1]!, queries);
    log(`equivalence: same first page for ${same.same_set}/${same.queries} queries (same order ${same.same_order})`);
    log(`search: ${queries.length} queries at ${RUN_LEVELS.join(', ')} clients, ${LEVEL_SECONDS} s per level and backend`);
    const windows: Record<string, ProfileWindow> = {};
    const search = await searchLevels(backends, queries, notes, phases, windows);
    if (SEARCH_ONLY) {
      await apiB?.stop();
      await api.stop();
      api = undefined;
      const profile = profileDir ? newestProfile(profileDir) : undefined;
      process.stdout.write(`\n${searchOnlyReport({ search, phases: phases.phases, equivalence: same, windows, profile, profileLevel: PROFILE_LEVEL, levels: RUN_LEVELS, shapes: SHAPES })}\n`);
      return;
    }

    await api.waitUntilIdle(quick ? 30_000 : 120_000, meiliPid ? [meiliPid] : []);
    log(`matching: need.matches for ${MATCH_NEEDS} needs`);
    const matching = await phases.run('matching', () => measureMatching(apiClient, pool!, MATCH_NEEDS));
    log(`  ${matching.note ?? `p50 ${matching.match_p50_ms} ms, p95 ${matching.match_p95_ms} ms, errors ${matching.errors}`}`);
    if (matching.note) notes.push(matching.note);

    await api.waitUntilIdle(quick ? 30_000 : 120_000, meiliPid ? [meiliPid] : []);
    log(`import: ${IMPORT_ROWS} offerings from an XLSX through preview and apply`);
    const [importer] = await registerSuppliers(apiClient, pool, 1, `${Date.now().toString(36)}i`);
    const imported = await phases.run('import', () => measureImport(apiClient, api!.url, meiliClient, pool!, importer!, IMPORT_ROWS));
    log(
      `  preview ${imported.preview_s} s (${imported.preview_rows_per_s} rows/s), apply ${imported.apply_s} s (${imported.apply_rows_per_s} rows/s), ` +
        `all searchable ${imported.searchable_after_apply_s ?? 'never'} s after apply (${imported.total_s ?? '-'} s from upload), created ${imported.created}`,
    );

    for (const [name, cpu] of Object.entries(phases.phases)) {
      if (cpu.other_pct > 10) notes.push(`${name}: other processes on the machine took ${cpu.other_pct} % of the cores (${cpu.other_cpu_s} CPU s): its figures are not trustworthy; rerun on a quiet machine`);
    }
    const peakRss = api.peakRssMb();
    await api.stop();
    api = undefined;
    const scaleOut = SCALE_OUT ? await scaleOutPhase(env, notes, log) : undefined;
    const ratios = levelRatios(search.search_graphql, search.search_meili_direct);
    const hitsRatios = levelRatios(search.search_graphql_hits, search.search_meili_hits);
    const partial: Omit<BenchResults, 'goals'> = {
      generated_at: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      wall_s: 0,
      ...machine(),
      dataset: { offerings: OFFERINGS, needs: NEEDS, seed: SEED },
      bulk_index_docs_per_s: bulk.bulk_index_docs_per_s,
      bulk,
      sync_p50_ms: sync!.p50_ms,
      sync_p95_ms: sync!.p95_ms,
      sync_max_ms: sync!.max_ms,
      sync: withoutIds(sync!),
      search_queries: queries.length,
      search_level_seconds: LEVEL_SECONDS,
      ...search,
      api_to_meili_p95_ratio: ratios,
      hits_api_to_meili_p95_ratio: hitsRatios,
      search_equivalence: same,
      match_p50_ms: matching.match_p50_ms,
      match_p95_ms: matching.match_p95_ms,
      matching,
      import: imported,
      api_peak_rss_mb: peakRss,
      api_start_ms: apiStartMs,
      cpu_by_phase: phases.phases,
      ...(scaleOut ? { scale_out: scaleOut } : {}),
      notes,
    };
    if (profileDir) {
      const profile = newestProfile(profileDir);
      if (profile) process.stdout.write(`\nCPU profile of the API during ${PROFILE_LEVEL}: ${profile}\n${summarizeProfile(profile, 30, apiStartMs, windows[PROFILE_LEVEL])}\n`);
    }
    partial.wall_s = Math.round((performance.now() - started) / 100) / 10;
    const results: BenchResults = { ...partial, goals: goalsOf(partial) };
    writeFileSync(repoPath('bench-results.json'), JSON.stringify(results, null, 2) + '\n');
    process.stdout.write(`\n${markdown(results)}\n\nWrote bench-results.json\n`);
  } finally {
    monitor.stop();
    clients.forEach((c) => c.close());
    await api?.stop().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await env?.stop().catch(() => undefined);
  }
}

/** `--phases`: the phases asked for (and the scale-out phase when asked), into bench-partial.json. */
async function finishPartial(env: BenchEnvironment, measured: { bulk: BulkResult; sync?: Omit<SyncResult, 'ids'> }, phases: PhaseRecorder, notes: string[]): Promise<void> {
  const scaleOut = SCALE_OUT ? await scaleOutPhase(env, notes, log) : undefined;
  const partial = { generated_at: new Date().toISOString(), mode: quick ? 'quick' : 'full', phases: ONLY, dataset: { offerings: OFFERINGS, needs: NEEDS, seed: SEED }, ...measured, scale_out: scaleOut, cpu_by_phase: phases.phases, notes };
  writeFileSync(repoPath('bench-partial.json'), JSON.stringify(partial, null, 2) + '\n');
  const { bulk, sync } = measured;
  if (scaleOut) process.stdout.write(`\n${scaleOutMarkdown(scaleOut)}\n`);
  process.stdout.write(
    `\nbulk ${bulk.bulk_index_docs_per_s} docs/s (${bulk.documents} in ${bulk.index_s} s)` +
      (sync ? `; sync p50 ${sync.p50_ms} ms, p95 ${sync.p95_ms} ms, max ${sync.max_ms} ms` : '') +
      '; wrote bench-partial.json\n',
  );
}

function withoutIds<T extends { ids: string[] }>(sync: T): Omit<T, 'ids'> {
  const { ids: _ids, ...rest } = sync;
  void _ids;
  return rest;
}

/** 1 API + 1 worker, then 2 + 2, on the same services (tools/bench/scale-out.ts). */
async function scaleOutPhase(env: BenchEnvironment, notes: string[], log: (line: string) => void): Promise<ScaleOutRun[]> {
  log(`scale-out: ${SYNC_OFFERINGS} offerings by ${SYNC_CLIENTS} clients and searches at 8 clients, with ${option('scale-configs') ?? '1+1,2+2'} APIs+workers`);
  const meili = new JsonClient(env.env.MEILI_URL!, { authorization: `Bearer ${env.env.MEILI_MASTER_KEY}` }, 64);
  const pool = new pg.Pool({ connectionString: env.env.DATABASE_URL, max: 8 });
  pool.on('error', (error) => log(`PostgreSQL pool: ${error.message}`));
  try {
    // The processes run this checkout's code: both bundles are built first (the worker's in measureScaleOut).
    execFileSync(process.execPath, [repoPath('node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: repoPath(), stdio: 'ignore' });
    const runs = await measureScaleOut({
      env: env.env,
      dataDir: env.dataDir,
      meili,
      pool,
      queries: benchQueries(QUERIES),
      offerings: SYNC_OFFERINGS,
      syncClients: SYNC_CLIENTS,
      searchClients: 8,
      levelSeconds: LEVEL_SECONDS,
      meiliPid: env.services.meilisearch.process.pid,
      log,
    }, parseConfigurations(option('scale-configs')));
    for (const r of runs) if (!r.correctness.ok) notes.push(`scale-out ${r.apis}+${r.workers}: lost or duplicated documents: ${JSON.stringify(r.correctness)}`);
    return runs;
  } finally {
    meili.close();
    await pool.end().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
