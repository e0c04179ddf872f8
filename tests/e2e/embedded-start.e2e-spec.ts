import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { freePort, repoPath } from '@tradebridge/core';
import pg from 'pg';
import { newTestDataDir } from '../support/test-services.js';

/** `npm start` without DATABASE_URL / MEILI_URL: the API starts its own PostgreSQL and Meilisearch under DATA_DIR. */
describe('embedded start (npm start on a fresh clone)', () => {
  const dataDir = newTestDataDir('tradebridge-start-');
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(port: number): Promise<{ child: ChildProcess; readyMs: number; output: () => string }> {
    const began = Date.now();
    let output = '';
    const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv;
    for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'NODE_ENV']) delete env[name];
    const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/api/src/main.ts'], { cwd: repoPath(), env });
    running.push(child);
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 600 && child.exitCode === null; i++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ categories { code name nameEn } }' }),
        });
        const body = (await response.json()) as { data?: { categories: unknown[] } };
        if (body.data?.categories.length === 23) return { child, readyMs: Date.now() - began, output: () => output };
      } catch {
        // not up yet
      }
      await sleep(100);
    }
    throw new Error(`API did not become ready: ${output.slice(-2000)}`);
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return Promise.race([exited, sleep(20_000).then(() => -1)]);
  }

  function servicePids(): number[] {
    const pg = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0];
    return [Number(pg)];
  }

  /** The cluster's system identifier, as PostgreSQL reports it (a new initdb gives a new one). */
  async function systemIdentifier(): Promise<string> {
    const { DATABASE_URL } = JSON.parse(readFileSync(join(dataDir, 'secrets', 'services.json'), 'utf8')) as { DATABASE_URL: string };
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      return (await client.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()')).rows[0]!.id;
    } finally {
      await client.end();
    }
  }

  /** The same identifier read from the stopped cluster's pg_control file (its first 8 bytes). */
  function systemIdentifierOnDisk(): string {
    return readFileSync(join(dataDir, 'postgres', 'global', 'pg_control')).readBigUInt64LE(0).toString();
  }

  async function gql(port: number, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  }

  const MARKER = { email: `marker.${process.pid}@example.by`, password: 'marker-password-1' };
  let firstCluster = '';

  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  it('serves the taxonomy on first start, keeps its data under DATA_DIR and stops its services on SIGTERM', async () => {
    const port = await freePort();
    const { child, readyMs } = await start(port);
    process.stdout.write(`embedded first start ready in ${readyMs} ms\n`);
    // A marker row and the cluster's identity, to compare after the second start.
    const registered = await gql(port, 'mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }', {
      input: { ...MARKER, displayName: 'Marker' },
    });
    expect(registered.errors).toBeUndefined();
    firstCluster = await systemIdentifier();
    expect(firstCluster).toMatch(/^\d{10,}$/);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'meilisearch', 'data.ms'))).toBe(true);
    const pgPid = servicePids()[0];
    const meiliPid = Number(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
    expect(alive(pgPid) && alive(meiliPid)).toBe(true);
    expect(await stop(child)).toBe(0);
    await sleep(300);
    expect(alive(pgPid)).toBe(false);
    expect(alive(meiliPid)).toBe(false);
  }, 120_000);

  // How fast the second start is gets measured (printed here, reported in notes), never asserted: timed
  // assertions flake on a shared machine.
  it('reuses DATA_DIR on a second start: same cluster, same secrets, no new initialisation', async () => {
    const secret = readFileSync(join(dataDir, 'secrets', 'jwt-secret'), 'utf8');
    expect(systemIdentifierOnDisk()).toBe(firstCluster);
    const port = await freePort();
    const { child, readyMs } = await start(port);
    try {
      process.stdout.write(`embedded second start ready in ${readyMs} ms\n`);
      expect(readFileSync(join(dataDir, 'secrets', 'jwt-secret'), 'utf8')).toBe(secret);
      // the very cluster of the first start (an initdb would give a new identifier), with its rows
      expect(await systemIdentifier()).toBe(firstCluster);
      const login = await gql(port, 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { email } } }', MARKER);
      expect(login.data?.login.user.email).toBe(MARKER.email);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 60_000);

  it('refuses a second process on the same DATA_DIR instead of taking its services over', async () => {
    const first = await start(await freePort());
    try {
      const second = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/api/src/main.ts'], {
        cwd: repoPath(),
        env: { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), DATABASE_URL: '', MEILI_URL: '', NODE_ENV: '' },
      });
      let stderr = '';
      second.stderr!.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(/Another TradeBridge process/);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }
  }, 60_000);

  it('names the bad variable when the configuration is invalid', async () => {
    const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/api/src/main.ts'], {
      cwd: repoPath(),
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgresql://x@127.0.0.1:1/x', MEILI_URL: 'http://127.0.0.1:1', MEILI_MASTER_KEY: 'k'.repeat(20), JWT_SECRET: '' },
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('JWT_SECRET');
  }, 30_000);

  it('refuses a TRUST_PROXY Express would misread, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/api/src/main.ts'], {
      cwd: repoPath(),
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgresql://x@127.0.0.1:1/x', MEILI_URL: 'http://127.0.0.1:1', MEILI_MASTER_KEY: 'k'.repeat(20), JWT_SECRET: 'x'.repeat(40), TRUST_PROXY: 'one proxy' },
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/Invalid configuration: TRUST_PROXY must be true, false, a hop count/);
  }, 30_000);
});
