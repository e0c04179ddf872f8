import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, createLogger, PinoNestLogger, runMigrations } from '@tradebridge/core';
import { prepareRuntime } from '@tradebridge/runtime';
import { WorkerModule } from './worker.module.js';

/**
 * `npm run start:worker`: the relays alone (search, mail), against the servers named in the environment (in development
 * without them: the embedded services of a running `npm start`, or its own).
 */
async function main(): Promise<void> {
  const runtime = await prepareRuntime({ ...process.env, RELAY_ENABLED: 'true' }, { attachToRunning: true, mailCatcher: true });
  const { config } = runtime;
  const logger = createLogger(config.logLevel);
  await runMigrations(config, logger);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config, logger), { logger: new PinoNestLogger(logger) });
  logger.info('TradeBridge worker running: search outbox relay, match alerts, mail relay and digest');
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker stopping: finishing the current batch');
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Worker failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
