import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { repoPath } from '@tradebridge/core';

// Each fixture is linted with the repository's eslint.config.js as if it stood at the path its first
// line names ("// lint as: libs/core/src/fixture.ts"), so the boundary rule judges its imports there.
const FIXTURES = repoPath('tests/infra/fixtures/lint');
const BOUNDARY_RULE = 'boundaries/dependencies';

interface Linted {
  asPath: string;
  boundaryErrors: string[];
  otherErrors: string[];
}

const results = new Map<string, Linted>();

beforeAll(async () => {
  const eslint = new ESLint({ cwd: repoPath('.') });
  for (const name of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const asPath = /^\/\/ lint as: (\S+)/.exec(text)?.[1];
    if (!asPath) throw new Error(`${name}: the first line must be "// lint as: <path>"`);
    const [result] = await eslint.lintText(text, { filePath: repoPath(asPath) });
    const errors = result.messages.filter((m) => m.severity === 2);
    results.set(name, {
      asPath,
      boundaryErrors: errors.filter((m) => m.ruleId === BOUNDARY_RULE).map((m) => m.message),
      otherErrors: errors.filter((m) => m.ruleId !== BOUNDARY_RULE).map((m) => `${m.ruleId}: ${m.message}`),
    });
  }
}, 60_000);

function linted(name: string): Linted {
  const result = results.get(name);
  if (!result) throw new Error(`no fixture ${name}`);
  return result;
}

describe('the import-boundary lint rule', () => {
  it.each([
    ['core-imports-catalog.ts', 'core', 'catalog'],
    ['search-imports-catalog.ts', 'search', 'catalog'],
    ['notifications-imports-identity.ts', 'notifications', 'identity'],
    ['lib-imports-app.ts', 'catalog', 'app-api'],
    ['app-imports-other-app.ts', 'app-worker', 'app-api'],
    ['web-imports-lib.ts', 'app-web', 'core'],
  ])('refuses the arrow of %s (%s -> %s)', (fixture, from, to) => {
    const { boundaryErrors, otherErrors } = linted(fixture);
    expect(otherErrors).toEqual([]);
    expect(boundaryErrors).toHaveLength(1);
    expect(boundaryErrors[0]).toContain(`"${from}"`);
    expect(boundaryErrors[0]).toContain(`"${to}"`);
  });

  it('lets an allowed arrow through (catalog -> identity, core)', () => {
    expect(linted('catalog-imports-identity.ts')).toEqual({ asPath: 'libs/catalog/src/fixture.ts', boundaryErrors: [], otherErrors: [] });
  });
});

describe('the browser app rules', () => {
  it('refuses a hook called inside a condition in apps/web (React and the browser globals are known)', () => {
    const { otherErrors } = linted('web-conditional-hook.tsx');
    expect(otherErrors).toHaveLength(1);
    expect(otherErrors[0]).toMatch(/^react-hooks\/rules-of-hooks: React Hook "useState" is called conditionally/);
  });
});
