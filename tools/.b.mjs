import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
const dir = 'dist/apps/web/assets/';
const file = process.argv[2] ?? readdirSync(dir).find((f) => /^index-.*\.js$/.test(f));
const code = readFileSync(dir + file, 'utf8');
const map = JSON.parse(readFileSync(dir + file + '.map', 'utf8'));
const lines = code.split('\n');
const parts = new Map();
await SourceMapConsumer.with(map, null, (c) => {
  let prev = null;
  c.eachMapping((m) => {
    if (prev) {
      const line = lines[prev.generatedLine - 1];
      const end = m.generatedLine === prev.generatedLine ? m.generatedColumn : line.length;
      const src = (prev.source ?? '?').replace(/.*node_modules\//, '').split('/').slice(0, 12).join('/');
      parts.set(src, (parts.get(src) ?? '') + line.slice(prev.generatedColumn, end));
    }
    prev = m;
  });
});
console.log('total', code.length, 'gz', gzipSync(code).length);
[...parts.entries()].map(([k, v]) => [k, v.length, gzipSync(v).length]).sort((a, b) => b[2] - a[2]).slice(0, 25).forEach(([k, raw, gz]) => console.log(String(gz).padStart(7), String(raw).padStart(8), k));
