import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters skip the write-ahead log: every limited request updates one counter row, and
 * waiting for a WAL flush on each serialised requests from one address behind the row's lock. A
 * counter lost in a crash (the table is emptied then) only restarts a window.
 */
export class UnloggedRateLimitCounters1764400000000 implements MigrationInterface {
  name = 'UnloggedRateLimitCounters1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters SET UNLOGGED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters SET LOGGED`);
  }
}
