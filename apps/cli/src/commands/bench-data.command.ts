import { BenchDataLoader } from '@tradebridge/demo';
import { intArg, type CliCommand } from './command.js';

export const benchDataCommand: CliCommand = {
  name: 'bench:data',
  summary: 'bulk-load a deterministic synthetic data set',
  usage: '--offerings 100000 --needs 20000 --seed 1',
  async run(app, args) {
    const options = { offerings: intArg(args, 'offerings', 100_000), needs: intArg(args, 'needs', 20_000), seed: intArg(args, 'seed', 1) };
    const result = await app.get(BenchDataLoader).loadBench(options);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};
