import { readFileSync } from 'node:fs';
import http from 'node:http';
import { Meilisearch } from 'meilisearch';
import { meiliSearchBody } from './search-backends.js';
import { benchQueries } from './queries.js';
const env = JSON.parse(readFileSync('/tmp/scratch/env.json', 'utf8'));
const qs = benchQueries(200).map((q) => meiliSearchBody('offerings', q));
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const url = new URL(env.MEILI_URL);
const nodeHttp = (u: URL, init: RequestInit) => new Promise<unknown>((resolve, reject) => {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((v, k) => (headers[k] = v));
  const req = http.request({ agent, host: url.hostname, port: url.port, method: init.method, path: u.pathname + u.search, headers }, (res) => {
    const chunks: Buffer[] = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => { const t = Buffer.concat(chunks).toString(); resolve(t ? JSON.parse(t) : undefined); });
  });
  req.on('error', reject); if (init.body) req.write(init.body as string); req.end();
});
const variants: Record<string, Meilisearch> = {
  default: new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeout: 15000 }),
  identity: new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeout: 15000, requestInit: { headers: { 'accept-encoding': 'identity' } } }),
  nodehttp: new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeout: 15000, httpClient: nodeHttp as never }),
};
for (const round of [1, 2]) for (const [name, client] of Object.entries(variants)) {
  const cpu0 = process.cpuUsage(); const t0 = performance.now(); const lat: number[] = [];
  for (let i = 0; i < 150; i++) { const t = performance.now(); await client.multiSearch(qs[i % 200] as never, { signal: AbortSignal.timeout(5000) }); lat.push(performance.now() - t); }
  const cpu = process.cpuUsage(cpu0); lat.sort((a, b) => a - b);
  console.log(round, name.padEnd(9), `client CPU ${((cpu.user + cpu.system) / 1000 / 150).toFixed(2)} ms/request, p50 ${lat[75]!.toFixed(1)} ms, wall ${((performance.now() - t0) / 150).toFixed(1)} ms/request`);
}
process.exit(0);
