// Scale-out phase (`npm run bench -- --scale-out`): API processes (relay off) and workers (`apps/worker`,
// the relays) against the one PostgreSQL and Meilisearch: 1 + 1, then 2 + 2 (`--scale-configs`). Writes are
// spread over the APIs, the outbox is shared by the workers (SKIP LOCKED claims); afterwards every
// written offering must be in Meilisearch exactly once. On one 2-core machine a second process adds no
// cores: the phase proves correctness under concurrency and shows the cost, not a gain in throughput.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoPath } from '@tradebridge/core';
import type pg from 'pg';
import { startApiProcess, startScriptNodeFlags, waitUntilQuiet, type ApiProcess } from './api-process.js';
import { JsonClient } from './http.js';
import { runLevel } from './load.js';
import type { BenchQuery } from './queries.js';
import { graphqlBackend } from './search-backends.js';
import type { LevelResult } from './stats.js';
import { measureSyncLatency, registerSuppliers, type SyncResult } from './sync-latency.js';

export interface ScaleOutRun {
  apis: number;
  workers: number;
  sync: Omit<SyncResult, 'ids'>;
  /** searchOfferings (the search page's shape) at `clients` closed-loop clients spread over the APIs. */
  search: LevelResult & { clients: number };
  correctness: Correctness;
  /** CPU seconds per process during the sync and the search, e.g. { api1: 3.1, worker1: 1.2, ... }. */
  sync_cpu_s: Record<string, number>;
  search_cpu_s: Record<string, number>;
}

export interface Correctness {
  written: number;
  /** Distinct written ids that are documents in Meilisearch (must equal `written`). */
  in_index: number;
  /** Growth of the offerings index's document count during the phase (must equal `written`: no strays, no copies). */
  index_growth: number;
  /** Rows in PostgreSQL for the written ids (must equal `written`: no duplicate creates). */
  rows: number;
  /** Outbox rows of the written ids: all processed, none dead; `claimed_twice` counts rows claimed more than once. */
  outbox_rows: number;
  outbox_unprocessed: number;
  outbox_dead: number;
  claimed_twice: number;
  /** Documents Meilisearch received in upsert tasks during the phase (≥ written: a row's later change is sent again). */
  documents_sent: number;
  /** Upsert tasks those documents came in (more relays: more, smaller tasks). */
  upsert_tasks: number;
  ok: boolean;
}

interface Options {
  env: Record<string, string>;
  dataDir: string;
  meili: JsonClient;
  pool: pg.Pool;
  queries: BenchQuery[];
  offerings: number;
  syncClients: number;
  searchClients: number;
  levelSeconds: number;
  /** Meilisearch's pid: its CPU is shown beside the processes'. */
  meiliPid?: number;
  log: (line: string) => void;
}

/** The configurations one after the other (APIs + workers): by default 1 + 1, then 2 + 2. */
export async function measureScaleOut(options: Options, configurations: Array<[apis: number, workers: number]> = [[1, 1], [2, 2]]): Promise<ScaleOutRun[]> {
  execNest('worker');
  const runs: ScaleOutRun[] = [];
  for (const [apis, workers] of configurations) runs.push(await runConfiguration(apis, workers, options));
  return runs;
}

/** `--scale-configs 1+1,1+2,2+2` → [[1, 1], [1, 2], [2, 2]]. */
export function parseConfigurations(text: string | undefined): Array<[number, number]> | undefined {
  if (!text) return undefined;
  return text.split(',').map((pair) => {
    const [apis, workers] = pair.split('+').map(Number);
    if (!Number.isInteger(apis) || !Number.isInteger(workers) || apis! < 1 || workers! < 1) throw new Error(`--scale-configs: "${pair}" is not APIs+workers`);
    return [apis!, workers!];
  });
}

function execNest(project: string): void {
  execFileSync(process.execPath, [repoPath('node_modules/@nestjs/cli/bin/nest.js'), 'build', project], { cwd: repoPath(), stdio: 'ignore' });
}

async function runConfiguration(nApis: number, nWorkers: number, o: Options): Promise<ScaleOutRun> {
  const n = `${nApis}+${nWorkers}`;
  const procs: Array<{ name: string; pid: number; stop: () => Promise<void> }> = [];
  const clients: JsonClient[] = [];
  try {
    const apis: ApiProcess[] = [];
    for (let i = 1; i <= nApis; i++) {
      // The relays run in the workers only, as a deployment with separate workers would have it.
      const api = await startApiProcess({ env: { ...o.env, RELAY_ENABLED: 'false' }, logFile: join(o.dataDir, `scale-api-${n}-${i}.log`), dist: true });
      apis.push(api);
      procs.push({ name: `api${i}`, pid: api.pid, stop: () => api.stop() });
    }
    for (let i = 1; i <= nWorkers; i++) {
      const worker = await startWorker(o.env, join(o.dataDir, `scale-worker-${n}-${i}.log`));
      procs.push({ name: `worker${i}`, ...worker });
    }
    o.log(`  scale-out ${nApis} API + ${nWorkers} worker: up (${procs.map((p) => `${p.name} pid ${p.pid}`).join(', ')})`);
    const apiClients = apis.map((a) => new JsonClient(a.url, {}, 64));
    clients.push(...apiClients);

    const runId = `${Date.now().toString(36)}s${nApis}${nWorkers}`;
    const tokens = await registerSuppliers(apiClients[0]!, o.pool, o.syncClients, runId);
    await waitUntilQuiet(procs.map((p) => p.pid), 30_000);
    const before = await indexCount(o.meili);
    const since = new Date().toISOString();
    const watched = o.meiliPid ? [...procs, { name: 'meilisearch', pid: o.meiliPid }] : procs;
    const cpu0 = ticks(watched);
    const sync = await measureSyncLatency(apiClients, o.meili, 'offerings', tokens, o.offerings);
    const syncCpu = cpuSince(watched, cpu0);
    await waitForOutbox(o.pool, sync.ids, 60_000);
    const correctness = await check(o, sync.ids, before, since);
    o.log(
      `  scale-out ${n}: sync p50 ${sync.p50_ms} ms, p95 ${sync.p95_ms} ms, errors ${sync.errors}; written ${correctness.written}, in index ${correctness.in_index}, ` +
        `index growth ${correctness.index_growth}, rows claimed twice ${correctness.claimed_twice}, documents sent ${correctness.documents_sent} in ${correctness.upsert_tasks} tasks -> ${correctness.ok ? 'OK' : 'MISMATCH'}`,
    );
    await waitUntilQuiet(procs.map((p) => p.pid), 60_000);

    const backends = apiClients.map((c) => graphqlBackend(c));
    const send = (i: number) => backends[i % backends.length]!.send(o.queries[(i * 7) % o.queries.length]!);
    await runLevel(send, { concurrency: o.searchClients, durationMs: 1000 });
    const cpu1 = ticks(watched);
    const search = await runLevel(send, { concurrency: o.searchClients, durationMs: o.levelSeconds * 1000 });
    const searchCpu = cpuSince(watched, cpu1);
    o.log(`  scale-out ${n}: search c${o.searchClients} ${search.rps} rps, p50 ${search.p50_ms} ms, p95 ${search.p95_ms} ms, errors ${search.errors}`);
    const { ids: _ids, ...syncSummary } = sync;
    void _ids;
    return { apis: nApis, workers: nWorkers, sync: syncSummary, search: { ...search, clients: o.searchClients }, correctness, sync_cpu_s: syncCpu, search_cpu_s: searchCpu };
  } finally {
    clients.forEach((c) => c.close());
    for (const p of procs.reverse()) await p.stop().catch(() => undefined);
  }
}

/** `npm run start:worker` as the bundle with the flags of that script, pointed at the bench's services. */
async function startWorker(env: Record<string, string>, logFile: string): Promise<{ pid: number; stop: () => Promise<void> }> {
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [...startScriptNodeFlags(), 'dist/apps/worker/main.js'], {
    cwd: repoPath('.'),
    stdio: ['ignore', out, out],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  // The worker serves no HTTP: it is up once it logs that its relays run.
  while (!readFileSync(logFile, 'utf8').includes('TradeBridge worker running')) {
    if (exited) throw new Error(`the worker exited at start; see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the worker did not start in 60 s; see ${logFile}`);
    }
    await sleep(200);
  }
  return {
    pid: child.pid!,
    stop: async () => {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, sleep(15_000)]);
      if (!exited) child.kill('SIGKILL');
    },
  };
}

function ticks(procs: Array<{ name: string; pid: number }>): Map<string, number> {
  return new Map([...procs.map((p) => [p.name, processTicks(p.pid)] as const), ['machine', machineTicks()]]);
}

/** CPU seconds of each process since `start`, and `machine`: every busy core-second of the machine (other users' work included). */
function cpuSince(procs: Array<{ name: string; pid: number }>, start: Map<string, number>): Record<string, number> {
  const own = procs.map((p) => [p.name, Math.round(processTicks(p.pid) - (start.get(p.name) ?? 0)) / 100] as const);
  return Object.fromEntries([...own, ['machine', Math.round(machineTicks() - (start.get('machine') ?? 0)) / 100]]);
}

function machineTicks(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

function processTicks(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

async function indexCount(meili: JsonClient): Promise<number> {
  const res = await meili.get<{ numberOfDocuments: number }>('/indexes/offerings/stats');
  return res.body.numberOfDocuments;
}

/** Waits until every outbox row of the written offerings is processed (or dead), then until Meilisearch is idle. */
async function waitForOutbox(pool: pg.Pool, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM search_outbox WHERE entity = 'offering' AND entity_id::text = ANY($1::text[]) AND processed_at IS NULL AND dead_at IS NULL`,
      [ids],
    );
    if (rows[0]!.n === 0) return;
    if (performance.now() > deadline) return; // check() reports what is missing
    await sleep(100);
  }
}

async function check(o: Options, ids: string[], before: number, since: string): Promise<Correctness> {
  const unique = [...new Set(ids)];
  // Every task enqueued since the phase began is finished before the index is counted.
  await waitForTasks(o.meili, since);
  const fetched = await o.meili.post<{ results: Array<{ id: string }> }>('/indexes/offerings/documents/fetch', { ids: unique, fields: ['id'], limit: unique.length });
  const inIndex = new Set((fetched.body.results ?? []).map((d) => String(d.id))).size;
  const after = await indexCount(o.meili);
  const { rows: pgRows } = await o.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM offerings WHERE id = ANY($1::uuid[])`, [unique]);
  const { rows: outbox } = await o.pool.query<{ total: number; unprocessed: number; dead: number; twice: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL)::int AS unprocessed,
            count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead,
            count(*) FILTER (WHERE attempts > 1)::int AS twice
       FROM search_outbox WHERE entity = 'offering' AND entity_id::text = ANY($1::text[])`,
    [unique],
  );
  const sent = await upsertsSince(o.meili, since);
  const result: Correctness = {
    written: ids.length,
    in_index: inIndex,
    index_growth: after - before,
    rows: pgRows[0]!.n,
    outbox_rows: outbox[0]!.total,
    outbox_unprocessed: outbox[0]!.unprocessed,
    outbox_dead: outbox[0]!.dead,
    claimed_twice: outbox[0]!.twice,
    documents_sent: sent.documents,
    upsert_tasks: sent.tasks,
    ok: false,
  };
  result.ok =
    unique.length === ids.length &&
    result.in_index === result.written &&
    result.index_growth === result.written &&
    result.rows === result.written &&
    result.outbox_unprocessed === 0 &&
    result.outbox_dead === 0;
  return result;
}

async function waitForTasks(meili: JsonClient, since: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const res = await meili.get<{ total: number }>(`/tasks?statuses=enqueued,processing&afterEnqueuedAt=${encodeURIComponent(since)}&limit=1`);
    if ((res.body.total ?? 0) === 0) return;
    await sleep(100);
  }
}

/** Documents received by the offerings index's upsert tasks enqueued since `since`, and how many tasks. */
async function upsertsSince(meili: JsonClient, since: string): Promise<{ documents: number; tasks: number }> {
  let sum = 0;
  let tasks = 0;
  let from: number | null | undefined;
  for (let page = 0; page < 100; page++) {
    const path =
      `/tasks?indexUids=offerings&types=documentAdditionOrUpdate&statuses=succeeded&afterEnqueuedAt=${encodeURIComponent(since)}&limit=1000` +
      (from !== undefined && from !== null ? `&from=${from}` : '');
    const res = await meili.get<{ results: Array<{ details?: { receivedDocuments?: number } }>; next: number | null }>(path);
    for (const task of res.body.results ?? []) {
      sum += task.details?.receivedDocuments ?? 0;
      tasks++;
    }
    from = res.body.next;
    if (from === null || from === undefined) break;
  }
  return { documents: sum, tasks };
}

/** Per-configuration summary for the markdown table. */
export function scaleOutMarkdown(runs: ScaleOutRun[]): string {
  const lines = [
    '| APIs + workers | sync p50 / p95 / max ms | search c8 rps | search p50 / p95 ms | written | in index once | index growth | rows claimed twice | documents sent (tasks) | CPU s (sync) | CPU s (search) |',
    '|---|---|---:|---|---:|---:|---:|---:|---:|---|---|',
  ];
  const cpu = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
  for (const r of runs) {
    const c = r.correctness;
    lines.push(
      `| ${r.apis} + ${r.workers} | ${r.sync.p50_ms} / ${r.sync.p95_ms} / ${r.sync.max_ms} | ${r.search.rps} | ${r.search.p50_ms} / ${r.search.p95_ms} | ${c.written} | ${c.in_index}${c.ok ? '' : ' (MISMATCH)'} | ${c.index_growth} | ${c.claimed_twice} | ${c.documents_sent} (${c.upsert_tasks}) | ${cpu(r.sync_cpu_s)} | ${cpu(r.search_cpu_s)} |`,
    );
  }
  return lines.join('\n');
}
