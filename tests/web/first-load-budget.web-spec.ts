import { describe, expect, it } from '@jest/globals';
import { repoPath } from '@tradebridge/core';
import { firstLoad } from './first-load.js';

// The home page's first visit must stay light for regional offices on slow lines: at most 200 KB of
// JavaScript, gzipped, read from the production build that global setup made (dist/apps/web).
const BUDGET_BYTES = 200_000;

describe('the home page first load', () => {
  const home = firstLoad(repoPath('dist/apps/web'), 'src/home/HomePage.tsx', ['common', 'errors', 'home']);

  it(`downloads at most ${BUDGET_BYTES / 1000} KB of JavaScript, gzipped`, () => {
    const report = home.files.map((f) => `${(f.gzipBytes / 1000).toFixed(1)} KB ${f.file}`).join('\n');
    process.stdout.write(`home page first load: ${(home.gzipBytes / 1000).toFixed(1)} KB gzipped\n${report}\n`);
    expect(home.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the other pages and the English texts to later loads', () => {
    const names = home.files.map((f) => f.file).join(' ');
    for (const page of ['SearchPage', 'OfferingPage', 'NeedPage', 'NeedEditorPage', 'ContactRequestsPage', 'RegisterPage']) expect(names).not.toContain(page);
    expect(home.files.length).toBeLessThan(25);
  });
});
