import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus registry (served at GET /metrics). Slices add their own gauges to it.
 * @example new Gauge({ name: 'outbox_pending', help: '...', registers: [metricsRegistry], collect() { ... } })
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const graphqlRequests = new Counter({
  name: 'tradebridge_graphql_requests_total',
  help: 'GraphQL operations by root field and outcome (ok or the error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'tradebridge_graphql_request_duration_seconds',
  help: 'GraphQL operation latency by root field',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});
