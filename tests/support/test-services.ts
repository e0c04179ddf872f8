import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the shared test services of one Jest run live; written by global-setup, read by each test file. */
export interface TestServices {
  dataDir: string;
  postgresAdminUrl: string;
  postgresPort: number;
  postgresPassword: string;
  templateDatabase: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

const ENV_KEY = 'TRADEBRIDGE_TEST_SERVICES';

/** A temporary folder the `postgres` user can traverse (PostgreSQL runs as that user when tests run as root). */
export function newTestDataDir(prefix = 'tradebridge-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export function publishTestServices(services: TestServices): void {
  const file = join(services.dataDir, 'services.json');
  writeFileSync(file, JSON.stringify(services));
  process.env[ENV_KEY] = file;
}

export function testServices(): TestServices {
  const file = process.env[ENV_KEY];
  if (!file) throw new Error('Test services are not running: run the e2e tests through Jest (globalSetup starts them)');
  return JSON.parse(readFileSync(file, 'utf8')) as TestServices;
}
