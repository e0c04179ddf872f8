import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Inject, NotFoundException, Req, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, metricsRegistry, type AppConfig } from '@tradebridge/core';
import type { Request } from 'express';

/**
 * GET /metrics in Prometheus text format: requests, latency, outbox lag and dead rows, process stats.
 * With METRICS_TOKEN set, only `Authorization: Bearer <METRICS_TOKEN>` reads it; in production without
 * METRICS_TOKEN it is off (404): operation names, error rates and outbox lag are not for the public.
 */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(@Req() req: Request): Promise<string> {
    const token = this.config.metricsToken;
    if (token === undefined) {
      if (this.config.nodeEnv === 'production') throw new NotFoundException();
    } else if (!bearerMatches(req.headers.authorization, token)) {
      throw new UnauthorizedException('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
    }
    return metricsRegistry.metrics();
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}
