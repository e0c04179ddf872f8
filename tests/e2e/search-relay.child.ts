// A relay process of its own for search-relay.e2e-spec.ts (run with `node --import ./tools/register.mjs`):
// the worker module against the test's database and Meilisearch, with a short lease from the
// environment so a killed process releases its rows quickly. Prints "relay ready" when running.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig, PinoNestLogger } from '@tradebridge/core';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

const config = { ...loadConfig(process.env), relayLeaseMs: Number(process.env.TEST_RELAY_LEASE_MS ?? 2000) };
const logger = createLogger(config.logLevel);
const app = await NestFactory.createApplicationContext(WorkerModule.register(config, logger), { logger: new PinoNestLogger(logger) });
process.stdout.write('relay ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
