import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, PinoNestLogger, runMigrations } from '@tradebridge/core';
import { prepareRuntime } from '@tradebridge/runtime';
import { CliModule } from './cli.module.js';
import { benchDataCommand } from './commands/bench-data.command.js';
import { parseArgs, type CliCommand } from './commands/command.js';
import { createAdminCommand } from './commands/create-admin.command.js';
import { reindexCommand, searchCheckCommand } from './commands/search.commands.js';
import { seedCommand } from './commands/seed.command.js';

const COMMANDS: CliCommand[] = [createAdminCommand, seedCommand, reindexCommand, searchCheckCommand, benchDataCommand];

function usage(): string {
  return ['Usage: npm run <command> -- [options]', ...COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}${c.usage ? `\n  ${''.padEnd(14)} ${c.usage}` : ''}`)].join('\n');
}

/** Operator commands. Without DATABASE_URL / MEILI_URL they use the embedded services (those of a running `npm start` if any). */
async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(usage() + '\n');
    return 2;
  }
  const args = parseArgs(rest);
  // Operator commands (bulk loads, reindex) may run long statements: DATABASE_STATEMENT_TIMEOUT_MS is
  // for the API's requests, not for them.
  const env = { ...process.env, RELAY_ENABLED: 'false', DATABASE_STATEMENT_TIMEOUT_MS: '0' };
  const runtime = await prepareRuntime(env, { attachToRunning: true });
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  try {
    await runMigrations(runtime.config, logger);
    const app = await NestFactory.createApplicationContext(CliModule.register(runtime.config, logger), { logger: new PinoNestLogger(logger) });
    try {
      return (await command.run(app, args)) ?? 0;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
