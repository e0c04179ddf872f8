import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { metricsRegistry } from '@tradebridge/core';
import { Gauge } from 'prom-client';
import { OutboxStore, type OutboxStats } from '../outbox/outbox-store.js';

const GAUGES: Array<{ name: string; help: string; value: (s: OutboxStats) => number }> = [
  { name: 'tradebridge_search_outbox_pending', help: 'Search outbox rows waiting to be synced', value: (s) => s.pending },
  { name: 'tradebridge_search_outbox_lag_seconds', help: 'Age of the oldest pending search outbox row (search lag)', value: (s) => s.lagSeconds },
  { name: 'tradebridge_search_outbox_dead', help: 'Search outbox rows given up on (rejected documents)', value: (s) => s.dead },
];

/** Outbox lag and dead rows on GET /metrics (read from PostgreSQL at scrape time, once per scrape). */
@Injectable()
export class SearchMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly gauges: Array<{ name: string; gauge: Gauge }> = [];
  private pending: Promise<OutboxStats> | null = null;

  constructor(private readonly store: OutboxStore) {}

  onModuleInit(): void {
    for (const { name, help, value } of GAUGES) {
      metricsRegistry.removeSingleMetric(name); // another app in the same process (tests) registered it
      const stats = () => this.stats();
      const gauge = new Gauge({
        name,
        help,
        registers: [metricsRegistry],
        async collect() {
          this.set(value(await stats()));
        },
      });
      this.gauges.push({ name, gauge });
    }
  }

  onModuleDestroy(): void {
    for (const { name, gauge } of this.gauges) if (metricsRegistry.getSingleMetric(name) === gauge) metricsRegistry.removeSingleMetric(name);
  }

  private stats(): Promise<OutboxStats> {
    this.pending ??= this.store.stats().finally(() => setTimeout(() => (this.pending = null), 100).unref());
    return this.pending;
  }
}
