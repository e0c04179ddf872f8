import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';
import { MailOutboxStore } from '@tradebridge/notifications';
import { SearchMaintenance } from '@tradebridge/search';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

type Status = 'up' | 'down';

/** GET /health: 200 when PostgreSQL and Meilisearch answer, 503 naming the one that does not; with the search and mail outboxes' lag and dead rows. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly search: SearchMaintenance,
    private readonly mail: MailOutboxStore,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [postgres, meilisearch] = await Promise.all([this.postgres(), this.meilisearch()]);
    const ok = postgres === 'up' && meilisearch === 'up';
    const outbox = postgres === 'up' ? await this.search.outboxStats().catch(() => null) : null;
    // Mail waiting does not make the API unhealthy (SMTP down loses nothing): it is reported, not judged.
    const mail = postgres === 'up' ? await this.mail.stats().catch(() => null) : null;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', postgres, meilisearch, outbox, mail });
  }

  private async postgres(): Promise<Status> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 2000);
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async meilisearch(): Promise<Status> {
    try {
      const response = await fetch(new URL('/health', this.config.meiliUrl), { signal: AbortSignal.timeout(2000) });
      return response.ok ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
