import { startBenchEnvironment } from './environment.js';
import { bulkIndex } from './bulk-index.js';
const env = await startBenchEnvironment('tb-drain-');
try {
  const cpu0 = process.cpuUsage();
  const r = await bulkIndex(env, { offerings: Number(process.argv[2] ?? 3000), needs: Number(process.argv[3] ?? 600), seed: 1 }, console.log);
  const c = process.cpuUsage(cpu0);
  console.log(JSON.stringify(r), 'bench CPU s', ((c.user + c.system) / 1e6).toFixed(1));
} finally { await env.stop(); }
process.exit(0);
