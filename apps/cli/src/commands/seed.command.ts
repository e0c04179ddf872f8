import { DemoSeeder } from '@tradebridge/demo';
import type { CliCommand } from './command.js';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'load the bilingual demo data (idempotent); the relay indexes it',
  async run(app) {
    const result = await app.get(DemoSeeder).seedDemo();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};
