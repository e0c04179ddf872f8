import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoPath } from '@tradebridge/core';
import { registerUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import { testServices } from '../support/test-services.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// ADMIN_EMAIL (at start) and `npm run create-admin` must never hand admin rights to whoever registered
// that address first: an existing account is promoted only with its own password.
let t: TestApp;
let stranger: TestUser;

const roleOf = async (id: string) => (await t.sql<{ platform_role: string }>('SELECT platform_role FROM users WHERE id = $1', [id]))[0]!.platform_role;

function createAdminCli(email: string, password: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'apps/cli/src/main.ts', 'create-admin', '--email', email, '--password', password], {
    cwd: repoPath(),
    env: {
      ...process.env,
      DATABASE_URL: t.config.databaseUrl,
      MEILI_URL: t.config.meiliUrl,
      MEILI_MASTER_KEY: testServices().meiliMasterKey,
      MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
      JWT_SECRET: t.config.jwtSecret,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

beforeAll(async () => {
  t = await startTestApp();
  stranger = await registerUser(t);
});

afterAll(async () => {
  await t?.close();
});

describe('the admin bootstrap', () => {
  it('stops the start when ADMIN_EMAIL names an existing account and ADMIN_PASSWORD is not its password', async () => {
    await expect(
      startTestApp({ databaseUrl: t.config.databaseUrl, env: { ADMIN_EMAIL: stranger.email, ADMIN_PASSWORD: 'operator-password-1' } }),
    ).rejects.toThrow(/ADMIN_EMAIL.*existing account whose password is not the one given/);
    expect(await roleOf(stranger.id)).toBe('USER');
  });

  it('create-admin refuses the same with a clear message and exit code 1', async () => {
    const { code, output } = await createAdminCli(stranger.email, 'operator-password-1');
    expect(code).toBe(1);
    expect(output).toMatch(/existing account whose password is not the one given/);
    expect(output).not.toContain('Promoted');
    expect(await roleOf(stranger.id)).toBe('USER');
  }, 60_000);

  it('promotes the account when its own password is given (the owner of the address asks)', async () => {
    const { code, output } = await createAdminCli(stranger.email, TEST_PASSWORD);
    expect(output).toMatch(/Promoted admin/);
    expect(code).toBe(0);
    expect(await roleOf(stranger.id)).toBe('ADMIN');
  }, 60_000);
});
