import { Controller, Get, Header } from '@nestjs/common';
import { metricsRegistry } from '@tradebridge/core';

/** GET /metrics in Prometheus text format: requests, latency, outbox lag and dead rows, process stats. */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
