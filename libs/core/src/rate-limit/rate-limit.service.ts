import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../errors/domain-error.js';

export interface RateLimitRule {
  /** Counter key, e.g. `auth:ip:10.0.0.1`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so limits hold across API processes.
 * @example await rateLimits.consume({ key: `search:ip:${ctx.clientIp}`, limit: 1200, windowSeconds: 60 }, 'searches');
 */
@Injectable()
export class RateLimitService {
  private lastCleanup = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts `hits` (default one) in one statement; throws RATE_LIMITED with a retry-after hint once the
   * window's limit is passed.
   */
  async consume(rule: RateLimitRule, what = 'requests', hits = 1): Promise<void> {
    const nowMs = Date.now();
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(nowMs / windowMs) * windowMs);
    const rows: Array<{ count: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, count) VALUES ($1, $2, $3)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count
       RETURNING count`,
      [rule.key, windowStart, hits],
    );
    this.cleanupSometimes(nowMs);
    if (rows[0].count > rule.limit) {
      const retryAfter = (windowStart.getTime() + windowMs - nowMs) / 1000;
      throw new RateLimitedError(`Too many ${what}: at most ${rule.limit} per ${describeWindow(rule.windowSeconds)}; retry in ${Math.ceil(retryAfter)} s`, retryAfter);
    }
  }

  private cleanupSometimes(nowMs: number): void {
    if (nowMs - this.lastCleanup < 60_000) return;
    this.lastCleanup = nowMs;
    void this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '2 days'`).catch(() => undefined);
  }
}

function describeWindow(seconds: number): string {
  if (seconds === 60) return 'minute';
  if (seconds === 86_400) return 'day';
  return `${seconds} seconds`;
}
