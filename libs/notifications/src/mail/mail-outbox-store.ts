import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

export interface OutboxMail {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Sending attempts including the current one. */
  attempts: number;
}

export interface MailOutboxStats {
  pending: number;
  /** Age of the oldest unsent message in seconds (0 when none). */
  lagSeconds: number;
  dead: number;
}

/**
 * The SQL of `mail_outbox`, on the pool directly (like the search outbox's store): the relay's polling
 * must not count in the statement counts tests take of requests.
 */
@Injectable()
export class MailOutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  private async sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(text, params)).rows as T[];
  }

  /**
   * Claims up to `limit` due messages (`FOR UPDATE SKIP LOCKED`, so relays in several processes never
   * take the same one) and leases them for `leaseMs`: a relay that dies mid-send releases them this way.
   */
  async claim(limit: number, leaseMs: number): Promise<OutboxMail[]> {
    const rows = await this.sql<{ id: string; kind: string; recipient: string; subject: string; text_body: string; html_body: string; headers: Record<string, string>; attempts: number }>(
      `WITH picked AS (
         SELECT id FROM mail_outbox
          WHERE sent_at IS NULL AND dead_at IS NULL AND available_at <= clock_timestamp()
          ORDER BY available_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE mail_outbox m
          SET available_at = clock_timestamp() + $2 * interval '1 millisecond', attempts = m.attempts + 1
         FROM picked WHERE m.id = picked.id
       RETURNING m.id, m.kind, m.recipient, m.subject, m.text_body, m.html_body, m.headers, m.attempts`,
      [limit, leaseMs],
    );
    return rows
      .map((r) => ({ id: String(r.id), kind: r.kind, recipient: r.recipient, subject: r.subject, text: r.text_body, html: r.html_body, headers: r.headers ?? {}, attempts: r.attempts }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Marks a message sent. The bodies are dropped: they may hold single-use links nobody needs to keep. */
  async markSent(id: string, messageId: string | null): Promise<void> {
    await this.sql(
      `UPDATE mail_outbox SET sent_at = clock_timestamp(), message_id = $2, last_error = NULL, text_body = '', html_body = ''
        WHERE id = $1 AND sent_at IS NULL`,
      [id, messageId],
    );
  }

  async retryLater(id: string, delayMs: number, error: string): Promise<void> {
    await this.sql(
      `UPDATE mail_outbox SET available_at = clock_timestamp() + $2 * interval '1 millisecond', last_error = $3
        WHERE id = $1 AND sent_at IS NULL`,
      [id, Math.round(delayMs), error.slice(0, 1000)],
    );
  }

  async markDead(id: string, error: string): Promise<void> {
    await this.sql(`UPDATE mail_outbox SET dead_at = clock_timestamp(), last_error = $2 WHERE id = $1 AND sent_at IS NULL`, [id, error.slice(0, 1000)]);
  }

  /** Unsent messages and when the next one becomes due (null when none). */
  async pending(): Promise<{ count: number; nextDueInMs: number | null }> {
    const [row] = await this.sql<{ count: number; next: number | null }>(
      `SELECT count(*)::int AS count, GREATEST(0, EXTRACT(EPOCH FROM (min(available_at) - clock_timestamp())) * 1000)::float AS next
         FROM mail_outbox WHERE sent_at IS NULL AND dead_at IS NULL`,
    );
    return { count: row.count, nextDueInMs: row.count > 0 ? Number(row.next) : null };
  }

  async stats(): Promise<MailOutboxStats> {
    const [row] = await this.sql<{ pending: number; lag: number; dead: number }>(
      `SELECT count(*) FILTER (WHERE dead_at IS NULL)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM (clock_timestamp() - min(created_at) FILTER (WHERE dead_at IS NULL))), 0)::float AS lag,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead
         FROM mail_outbox WHERE sent_at IS NULL`,
    );
    return { pending: row.pending, lagSeconds: Math.max(0, Number(row.lag)), dead: row.dead };
  }

  /** Deletes sent messages older than `days`. Dead ones stay until someone looks at them. */
  async deleteSentBefore(days: number): Promise<number> {
    const rows = await this.sql(`DELETE FROM mail_outbox WHERE sent_at < clock_timestamp() - $1 * interval '1 day' RETURNING id`, [days]);
    return rows.length;
  }
}
