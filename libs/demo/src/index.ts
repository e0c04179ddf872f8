// The demo lib's public surface: demo and benchmark data, generated deterministically and written
// through identity's and the catalog's bulk-write services. Apps and tools opt into it; no domain lib
// imports it.
export * from './demo.module.js';
export { DemoSeeder, type DemoSeedResult } from './demo-seeder.service.js';
export { BenchDataLoader, type BenchLoadOptions, type BenchLoadResult } from './bench-data-loader.service.js';
export { generateDemoCatalog, generateBenchCatalog, DEFAULT_DEMO_SEED } from './demo-generator.js';
export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-users.js';
export type { DemoCatalog, DemoNeed, DemoOffering, DemoOrganization } from './demo.types.js';
export { makeUnp } from './demo-tax-ids.js';
export { VOCABULARY, type Family } from './vocabulary.js';
