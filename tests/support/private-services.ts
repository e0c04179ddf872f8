import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, runMigrations } from '@tradebridge/core';
import {
  ensureDatabase,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type EmbeddedMeilisearchHandle,
  type EmbeddedPostgresHandle,
} from '@tradebridge/runtime';
import { newTestDataDir } from './test-services.js';

/**
 * A PostgreSQL of its own, for tests that stop or restart it without disturbing other test files.
 * `restart()` keeps the data folder and the port.
 */
export class PrivatePostgres {
  private handle!: EmbeddedPostgresHandle;
  private readonly dir = newTestDataDir('tradebridge-pg-');
  private port!: number;
  readonly password = 'private-test-password';

  async start(): Promise<this> {
    this.port ??= await freePort();
    this.handle = await startEmbeddedPostgres({ dir: join(this.dir, 'pg'), password: this.password, port: this.port });
    return this;
  }

  /** A migrated database on this server. */
  async database(name = 'app'): Promise<string> {
    await ensureDatabase(this.handle.adminUrl, name);
    const url = this.handle.urlFor(name);
    await runMigrations({ databaseUrl: url, databasePoolSize: 2 });
    return url;
  }

  stop(): Promise<void> {
    return this.handle.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async destroy(): Promise<void> {
    await this.handle?.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A Meilisearch of its own, for tests that stop or kill it. */
export class PrivateMeilisearch {
  handle!: EmbeddedMeilisearchHandle;
  private readonly dir = newTestDataDir('tradebridge-meili-');
  private port!: number;
  readonly masterKey = 'private-test-master-key-0123456789';

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.port ??= await freePort();
    this.handle = await startEmbeddedMeilisearch({ dir: this.dir, masterKey: this.masterKey, port: this.port });
    return this;
  }

  stop(): Promise<void> {
    return this.handle.stop();
  }

  /** Kills it without a chance to clean up (SIGKILL). */
  kill(): void {
    this.handle.process.kill('SIGKILL');
  }

  async destroy(): Promise<void> {
    await this.handle?.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
