import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';

export interface OutboxRow {
  id: string;
  entity: string;
  entityId: string;
  event: string;
  /** Processing attempts including the current one. */
  attempts: number;
}

export interface OutboxStats {
  /** Rows waiting to be synced (including those in retry backoff). */
  pending: number;
  /** Age of the oldest pending row in seconds: how far search lags behind PostgreSQL. 0 when none. */
  lagSeconds: number;
  /** Rows given up on (a document Meilisearch rejects, an entity nobody indexes). */
  dead: number;
}

export interface RetryMark {
  id: string;
  delayMs: number;
  error: string;
}

export interface DeadMark {
  id: string;
  error: string;
}

// Claims are serialised per database with this advisory lock: two relays never claim at the same
// instant, so the "no other lease on this entity" check below cannot race.
const CLAIM_LOCK = `pg_advisory_xact_lock(hashtext('tradebridge.search_outbox.claim'))`;
// How long a claim may wait its turn behind another relay's (and then run): longer than the API's
// statement timeout, which on a loaded machine a wait behind a slow claim outlasted, failing a batch
// that only had to wait.
const CLAIM_TIMEOUT = '30s';

/** The SQL of the search outbox (table `search_outbox`), through the one transaction helper like every other write. */
@Injectable()
export class OutboxStore {
  constructor(private readonly tx: TransactionHost) {}

  private sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> {
    return this.tx.rows<T>(text, params);
  }

  /**
   * Claims up to `limit` due rows in a short transaction: locks them `FOR UPDATE SKIP LOCKED`, leases
   * them for `leaseMs` (other relays skip them until then; a relay that dies releases them this way)
   * and counts the attempt. Rows of an entity that another relay holds (or that waits for a retry)
   * are skipped, so one entity is never synced by two relays at once and an older state can never
   * overwrite a newer one in the index.
   */
  async claim(limit: number, leaseMs: number): Promise<OutboxRow[]> {
    return this.tx.run(async () => {
      await this.sql(`SET LOCAL statement_timeout = '${CLAIM_TIMEOUT}'`);
      await this.sql(`SELECT ${CLAIM_LOCK}`);
      // Right after a bulk write the table has no statistics yet: the planner then estimates one pending
      // row and checks each candidate against every leased row in a nested loop (1.1 s a claim with
      // 12,000 rows pending and 2,000 leased, measured). A hash anti-join costs ~6 ms whatever the statistics say.
      await this.sql(`SET LOCAL enable_nestloop = off`);
      const rows = await this.sql<{ id: string; entity: string; entity_id: string; event: string; attempts: number }>(
        `WITH picked AS (
           SELECT o.id FROM search_outbox o
           WHERE o.processed_at IS NULL AND o.dead_at IS NULL
             AND o.available_at <= statement_timestamp()
             AND NOT EXISTS (
               SELECT 1 FROM search_outbox b
               WHERE b.entity = o.entity AND b.entity_id = o.entity_id AND b.id <> o.id
                 AND b.processed_at IS NULL AND b.dead_at IS NULL AND b.attempts > 0
                 AND b.available_at > statement_timestamp())
           ORDER BY o.available_at, o.id
           LIMIT $1
           FOR UPDATE OF o SKIP LOCKED)
         UPDATE search_outbox s
            SET available_at = statement_timestamp() + $2 * interval '1 millisecond', attempts = s.attempts + 1
           FROM picked WHERE s.id = picked.id
         RETURNING s.id, s.entity, s.entity_id, s.event, s.attempts`,
        [limit, leaseMs],
      );
      return rows
        .map((r) => ({ id: String(r.id), entity: r.entity, entityId: r.entity_id, event: r.event, attempts: r.attempts }))
        .sort((a, b) => Number(a.id) - Number(b.id));
    });
  }

  /** Records the outcome of a batch in one transaction. Rows already finished elsewhere are left alone. */
  async finish(done: string[], retry: RetryMark[], dead: DeadMark[]): Promise<void> {
    await this.tx.run(async () => {
      if (done.length) {
        await this.sql(
          `UPDATE search_outbox SET processed_at = clock_timestamp(), last_error = NULL
            WHERE id = ANY($1::bigint[]) AND processed_at IS NULL AND dead_at IS NULL`,
          [done],
        );
      }
      if (retry.length) {
        await this.sql(
          `UPDATE search_outbox o SET available_at = clock_timestamp() + r.delay * interval '1 millisecond', last_error = r.error
             FROM unnest($1::bigint[], $2::int[], $3::text[]) AS r(id, delay, error)
            WHERE o.id = r.id AND o.processed_at IS NULL AND o.dead_at IS NULL`,
          [retry.map((r) => r.id), retry.map((r) => Math.round(r.delayMs)), retry.map((r) => r.error)],
        );
      }
      if (dead.length) {
        await this.sql(
          `UPDATE search_outbox o SET dead_at = clock_timestamp(), last_error = d.error
             FROM unnest($1::bigint[], $2::text[]) AS d(id, error)
            WHERE o.id = d.id AND o.processed_at IS NULL AND o.dead_at IS NULL`,
          [dead.map((d) => d.id), dead.map((d) => d.error)],
        );
      }
    });
  }

  /** Records a rejected document that has no outbox row of its own (synced through a fan-out or a repair). */
  async recordDead(entity: string, entityId: string, event: string, error: string): Promise<void> {
    await this.sql(
      `INSERT INTO search_outbox (entity, entity_id, event, attempts, dead_at, last_error)
       VALUES ($1, $2, $3, 1, clock_timestamp(), $4)`,
      [entity, entityId, event, error],
    );
  }

  /** Pending rows and when the next one becomes due (null when none is pending). */
  async pending(): Promise<{ count: number; nextDueInMs: number | null }> {
    const [row] = await this.sql<{ count: number; next: number | string | null }>(
      `SELECT count(*)::int AS count,
              GREATEST(0, EXTRACT(EPOCH FROM (min(available_at) - clock_timestamp())) * 1000)::float AS next
         FROM search_outbox WHERE processed_at IS NULL AND dead_at IS NULL`,
    );
    return { count: row.count, nextDueInMs: row.count > 0 ? Number(row.next) : null };
  }

  async stats(): Promise<OutboxStats> {
    const [row] = await this.sql<{ pending: number; lag: number | string; dead: number }>(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM (clock_timestamp() - min(created_at) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL))), 0)::float AS lag,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead
         FROM search_outbox WHERE processed_at IS NULL`,
    );
    return { pending: row.pending, lagSeconds: Math.max(0, Number(row.lag)), dead: row.dead };
  }

  /** Ids of `entity` with outbox rows created at or after `since` (reindex catch-up). */
  async idsChangedSince(entity: string, since: Date): Promise<string[]> {
    const rows = await this.sql<{ entity_id: string }>(
      `SELECT DISTINCT entity_id FROM search_outbox WHERE entity = $1 AND created_at >= $2`,
      [entity, since],
    );
    return rows.map((r) => r.entity_id);
  }

  async now(): Promise<Date> {
    const [row] = await this.sql<{ now: Date }>(`SELECT clock_timestamp() AS now`);
    return new Date(row.now);
  }

  /** Gives dead rows another chance (after the cause was fixed). Returns how many. */
  async requeueDead(entity?: string): Promise<number> {
    const rows = await this.sql(
      `UPDATE search_outbox SET dead_at = NULL, attempts = 0, available_at = clock_timestamp(), last_error = NULL
        WHERE dead_at IS NOT NULL AND processed_at IS NULL AND ($1::text IS NULL OR entity = $1) RETURNING id`,
      [entity ?? null],
    );
    return rows.length;
  }

  /** Deletes processed rows older than `days`. Dead rows stay until someone looks at them. */
  async deleteProcessedBefore(days: number): Promise<number> {
    const rows = await this.sql(
      `DELETE FROM search_outbox WHERE processed_at < clock_timestamp() - $1 * interval '1 day' RETURNING id`,
      [days],
    );
    return rows.length;
  }
}
