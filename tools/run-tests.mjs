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
    // One count per linted file: clean = 1 passed, any error = 1 failed (warnings do not fail).
    name: 'lint',
    before: () => rmSync('lint-results.json', { force: true }),
    command: [node, 'node_modules/eslint/bin/eslint.js', '.', '--format', 'json', '--output-file', 'lint-results.json'],
    count: (status) => {
      if (!existsSync('lint-results.json')) return { passed: 0, failed: 1 };
      const files = JSON.parse(readFileSync('lint-results.json', 'utf8'));
      const failed = files.filter((f) => f.errorCount > 0);
      for (const f of failed) {
        for (const m of f.messages.filter((m) => m.severity === 2)) {
          process.stdout.write(`  ${f.filePath}:${m.line}:${m.column}  ${m.message}  (${m.ruleId})\n`);
        }
      }
      const counted = { passed: files.length - failed.length, failed: failed.length };
      return counted.failed === 0 && status !== 0 ? { ...counted, failed: 1 } : counted;
    },
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
