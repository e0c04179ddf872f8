// The browser tests' global setup: the services every e2e file uses (started once per run, shared with
// the e2e project), and the web app built into dist/apps/web, which the test API serves at `/`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import servicesSetup from '../support/global-setup.mjs';

export default async function globalSetup(...args) {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../../tools/build-web.mjs', import.meta.url))], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app failed');
  await servicesSetup(...args);
}
