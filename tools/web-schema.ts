// `npm run schema:web`: writes apps/web/schema.graphql, the API's code-first schema the web app's typed
// operations are generated from. The contract e2e test fails while the committed file differs from what
// the API generates, so run this after changing the API's types. Uses the servers in the environment or
// the embedded ones (those of a running `npm start`, or its own under .data/), like the CLI commands.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createLogger, repoPath, runMigrations } from '@tradebridge/core';
import { prepareRuntime } from '@tradebridge/runtime';
import { createApp } from '../apps/api/src/create-app.js';
import { printWebSchema, WEB_SCHEMA_FILE } from './web-schema-file.js';

async function main(): Promise<void> {
  const runtime = await prepareRuntime({ ...process.env, RELAY_ENABLED: 'false', DEMO_DATA: 'false' }, { attachToRunning: true });
  try {
    await runMigrations(runtime.config);
    const app = await createApp(runtime.config, createLogger(process.env.LOG_LEVEL ?? 'warn'), { webDir: null });
    try {
      writeFileSync(repoPath(WEB_SCHEMA_FILE), printWebSchema(app.get(GraphQLSchemaHost).schema));
      process.stdout.write(`${WEB_SCHEMA_FILE} written\n`);
    } finally {
      await app.close();
    }
  } finally {
    await runtime.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
