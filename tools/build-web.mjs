#!/usr/bin/env node
// Builds the web app into dist/apps/web (which the API serves at `/`): typed operations generated from
// apps/web/schema.graphql, then Vite. `npm start` runs it on every start and it skips the build when nothing it
// reads changed since the last one (a hash of apps/web and package-lock.json), so a second start stays fast;
// `--force` always builds (`npm run build`). `--codegen-only` generates the typed operations and stops;
// `--typecheck` generates them and type-checks the app (tsc -p apps/web), as `npm test` does.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist/apps/web');
const stampFile = join(outDir, '.build-hash');
const args = new Set(process.argv.slice(2));

/** Every file the build reads, except what it generates (src/gql). */
function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'apps/web/src/gql')) walk(path);
      } else {
        hash.update(relative(root, path)).update(readFileSync(path));
      }
    }
  };
  walk(join(root, 'apps/web'));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex');
}

function run(label, script, scriptArgs) {
  const started = Date.now();
  // Always the production bundle, even when called with NODE_ENV=test (Jest) or development: Vite takes
  // React's and the libraries' build from NODE_ENV.
  const env = { ...process.env, NODE_ENV: 'production' };
  const { status } = spawnSync(process.execPath, [join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit', env });
  if (status !== 0) {
    process.stderr.write(`web app: ${label} failed\n`);
    process.exit(status ?? 1);
  }
  return Date.now() - started;
}

const codegen = () => run('codegen', 'node_modules/@graphql-codegen/cli/esm/bin.js', ['--config', 'apps/web/codegen.ts']);

if (args.has('--codegen-only') || args.has('--typecheck')) {
  codegen();
  if (args.has('--typecheck')) run('type-check', 'node_modules/typescript/bin/tsc', ['--noEmit', '-p', 'apps/web']);
  process.exit(0);
}
const hash = sourceHash();
if (!args.has('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(join(outDir, 'index.html'))) {
  process.stdout.write('web app: up to date (dist/apps/web)\n');
  process.exit(0);
}
const started = Date.now();
codegen();
run('vite build', 'node_modules/vite/bin/vite.js', ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
mkdirSync(outDir, { recursive: true });
writeFileSync(stampFile, hash);
process.stdout.write(`web app: built into dist/apps/web in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
