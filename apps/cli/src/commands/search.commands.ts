import { formatIndexCheckReport, formatReindexReport, SearchMaintenance } from '@tradebridge/search';
import type { CliCommand } from './command.js';

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'rebuild every search index from PostgreSQL and swap it in (search never goes empty)',
  async run(app) {
    const reports = await app.get(SearchMaintenance).reindex();
    process.stdout.write(formatReindexReport(reports) + '\n');
  },
};

export const searchCheckCommand: CliCommand = {
  name: 'search:check',
  summary: 'report documents missing from or stale in the index; --fix repairs them',
  usage: '[--fix]',
  async run(app, args) {
    const reports = await app.get(SearchMaintenance).checkIndex({ fix: args.fix === true });
    const { text, ok } = formatIndexCheckReport(reports);
    process.stdout.write(text + '\n');
    return ok || args.fix === true ? 0 : 1;
  },
};
