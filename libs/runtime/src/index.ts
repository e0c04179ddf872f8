// The runtime lib: where an app's PostgreSQL and Meilisearch come from. Apps (api, worker, cli), tools
// and the test harness opt into it; the embedded services are a development-time concern, so they
// live here and not in core.
export { prepareRuntime, type Runtime, type RuntimeOptions } from './runtime.js';
export * from './embedded/embedded-services.js';
export * from './embedded/embedded-meilisearch.js';
export * from './embedded/embedded-postgres.js';
export * from './embedded/mail-catcher.js';
