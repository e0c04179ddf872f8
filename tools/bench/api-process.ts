// The API under test as a separate process (as in production), so its memory can be read from
// /proc and its CPU profiled with --cpu-prof without the load generator in the picture.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, repoPath } from '@tradebridge/core';

export interface ApiProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to healthy (module loading and start-up work). */
  startMs: number;
  /**
   * Waits until the process (and `alsoPids`, e.g. Meilisearch, which the API may be waiting on) has been
   * nearly idle for two seconds, so work left over from one phase (relay batches, match alerts) does not
   * land in the next. Returns the ms waited.
   */
  waitUntilIdle(timeoutMs?: number, alsoPids?: number[]): Promise<number>;
  /** Peak resident set size so far, in MB (max of the kernel's VmHWM and the sampled VmRSS). */
  peakRssMb(): number;
  currentRssMb(): number;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  env: Record<string, string>;
  logFile: string;
  /** Write a V8 CPU profile of the whole run into this folder (on exit). */
  cpuProfDir?: string;
  /** Run the bundle of `nest build api` (dist/apps/api/main.js) instead of the TypeScript sources. */
  dist?: boolean;
  /** Another bundle to run (with `dist`): `--compare` runs a second API built from another commit. */
  bundle?: string;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU ticks of a process so far. */
function cpuTicks(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Waits until every pid has used less than 5 % of a core for two seconds in a row (or the timeout). */
export async function waitUntilQuiet(pids: number[], timeoutMs: number): Promise<number> {
  const started = Date.now();
  let last = pids.map(cpuTicks);
  let quietSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    await sleep(500);
    const now = pids.map(cpuTicks);
    // 100 ticks a second: more than 2.5 ticks in 500 ms is more than 5 % of a core.
    if (now.some((t, i) => t - last[i]! > 2.5)) quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= 2000) break;
  }
  return Date.now() - started;
}

/**
 * The Node flags `npm start` runs the API bundle with (heap limit, source maps), read from package.json
 * so the benchmark measures the API exactly as it is started.
 */
export function startScriptNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/apps\/api\/main\.js/.exec(scripts.start ?? '');
  if (!match) throw new Error('package.json "start" does not run dist/apps/api/main.js with node');
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * Spawns the API (the bundle with the flags of `npm start`, or the sources through the loader) with production settings and waits
 * for GET /health to answer 200.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const spawnedAt = Date.now();
  const args = options.dist ? startScriptNodeFlags() : ['--import', './tools/register.mjs'];
  if (options.cpuProfDir) {
    mkdirSync(options.cpuProfDir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  }
  // BENCH_API_ENTRY: an experimental entry point (e.g. the API with one component switched off).
  args.push(options.dist ? (options.bundle ?? 'dist/apps/api/main.js') : (process.env.BENCH_API_ENTRY ?? 'apps/api/src/main.ts'));
  const out = openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoPath('.'),
    stdio: ['ignore', out, out],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      // BENCH_API_NODE_OPTIONS: experiments with the API's V8 settings (heap sizes).
      ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DEMO_DATA: 'false',
      // A benchmark, not an attack: the limits must never be what is measured.
      RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
      RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '1000000',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
      RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
      ...options.env,
    },
  });
  const pid = child.pid!;
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, statusKb(pid, 'VmRSS'))), 200);
  sampler.unref();
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`the API exited at start; see ${options.logFile}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become healthy in 120 s; see ${options.logFile}`);
    }
    await sleep(200);
  }
  const peak = () => Math.max(peakKb, statusKb(pid, 'VmHWM'), statusKb(pid, 'VmRSS'));
  const startMs = Date.now() - spawnedAt;
  return {
    url,
    pid,
    startMs,
    waitUntilIdle: (timeoutMs = 180_000, alsoPids: number[] = []) => waitUntilQuiet([pid, ...alsoPids], timeoutMs),
    peakRssMb: () => Math.round((peak() / 1024) * 10) / 10,
    currentRssMb: () => Math.round((statusKb(pid, 'VmRSS') / 1024) * 10) / 10,
    stop: async () => {
      peakKb = peak();
      clearInterval(sampler);
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM'); // main.ts drains and exits 0, which also writes the CPU profile
      await Promise.race([done, sleep(15_000)]);
      if (!exited) child.kill('SIGKILL');
    },
  };
}

/**
 * The API's main-thread profile in a folder: --cpu-prof writes one file per thread (the TypeScript
 * loader hooks run on their own thread), and the main thread's is the largest.
 */
export function newestProfile(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ path: join(dir, f), size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size);
  return files[0]?.path;
}
