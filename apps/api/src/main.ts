import 'reflect-metadata';
import { ConfigError, createLogger, DomainError, runMigrations } from '@tradebridge/core';
import { prepareRuntime } from '@tradebridge/runtime';
import { createApp } from './create-app.js';

const SHUTDOWN_TIMEOUT_MS = 25_000;

async function main(): Promise<void> {
  const started = Date.now();
  const runtime = await prepareRuntime(process.env, { mailCatcher: true });
  const { config } = runtime;
  const logger = createLogger(config.logLevel);
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      // Inside an orchestrator's usual 30 s grace period even if a relay batch hangs (its rows are retried later).
      setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS).unref();
      await app?.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
      await runtime.stop();
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    const applied = await runMigrations(config, logger);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    app = await createApp(config, logger);
    await app.listen(config.port);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await runtime.stop();
    throw error;
  }
  logger.info(
    {
      web: `http://localhost:${config.port}/`,
      url: `http://localhost:${config.port}/graphql`,
      embedded: Boolean(runtime.embedded),
      ...(config.mailCatcherDir ? { mail: `http://localhost:${config.port}/dev/mail` } : {}),
      ms: Date.now() - started,
    },
    'TradeBridge ready',
  );
}

main().catch((error: unknown) => {
  // A bad setting, or a start-up rule refusing (ADMIN_EMAIL naming someone else's account): the reason only.
  if (error instanceof ConfigError || error instanceof DomainError) process.stderr.write(error.message + '\n');
  else process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
