#!/usr/bin/env node
// `npm test`: every runner in one command — type-check, lint, Jest (unit, e2e, browser) — each counted,
// so CI's closing line ("N passed, N failed") covers them all. Every step runs even when an earlier one
// failed (a type error must not hide a failing test); the exit code is non-zero when anything failed.
// Results: test-results.json ({ steps: [{ name, passed, failed }], passed, failed }).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const node = process.execPath;

/** One step: a command, and how to count its tests once it has run. */
const steps = [
  {
    name: 'type-check (server)',
    command: [node, 'node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'],
    count: (status) => ({ passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 }),
  },
  {
    // The web app's typed operations are generated from apps/web/schema.graphql first, so an operation or
    // field the API's schema lacks fails here.
    name: 'type-check (web)',
    command: [node, 'tools/build-web.mjs', '--typecheck'],
    count: (status) => ({ passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 }),
  },
  {
    name: 'jest',
    before: () => rmSync('jest-results.json', { force: true }),
    command: [
      node,
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--ci',
      '--maxWorkers=2',
      '--json',
      '--outputFile=jest-results.json',
      ...process.argv.slice(2),
    ],
    count: (status) => {
      if (!existsSync('jest-results.json')) return { passed: 0, failed: 1 };
      const r = JSON.parse(readFileSync('jest-results.json', 'utf8'));
      const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
      return { passed: r.numPassedTests, failed: failed === 0 && status !== 0 ? 1 : failed };
    },
  },
];

const results = [];
for (const step of steps) {
  step.before?.();
  process.stdout.write(`\n▶ ${step.name}\n`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
  const counted = step.count(status ?? 1);
  results.push({ name: step.name, ...counted, seconds: Math.round((Date.now() - started) / 1000) });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
writeFileSync('test-results.json', JSON.stringify({ steps: results, passed, failed }, null, 2) + '\n');
process.stdout.write('\n');
for (const r of results) process.stdout.write(`${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)\n`);
process.exit(failed === 0 ? 0 : 1);
