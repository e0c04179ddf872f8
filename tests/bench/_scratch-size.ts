import { readFileSync } from 'node:fs';
import { meiliSearchBody, SEARCH_OFFERINGS } from './search-backends.js';
import { benchQueries } from './queries.js';
const env = JSON.parse(readFileSync('/tmp/scratch/env.json', 'utf8'));
const q = benchQueries(200);
for (const i of [0, 1, 60, 120]) {
  const body = JSON.stringify(meiliSearchBody('offerings', q[i]!));
  for (const enc of ['gzip', 'identity']) {
    const t0 = performance.now();
    const r = await fetch(env.MEILI_URL + '/multi-search', { method: 'POST', headers: { authorization: `Bearer ${env.MEILI_MASTER_KEY}`, 'content-type': 'application/json', 'accept-encoding': enc }, body });
    const text = await r.text();
    console.log(q[i]!.query, enc, r.headers.get('content-encoding'), text.length, 'chars', (performance.now() - t0).toFixed(1), 'ms', JSON.parse(text).processingTimeMs, 'ms meili');
  }
}
