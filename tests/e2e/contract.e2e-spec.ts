import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { repoPath } from '@tradebridge/core';
import { buildSchema, findBreakingChanges, type GraphQLSchema } from 'graphql';
import { printWebSchema, WEB_SCHEMA_FILE } from '../../tools/web-schema-file.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Parts of the contract not built yet. Issues add them step by step; this list only shrinks
 * (the test fails when an entry is built, so it is removed here at once).
 */
const NOT_BUILT_YET: string[] = [
];

describe('the public contract', () => {
  let t: TestApp;
  let generated: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    generated = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t?.close());

  it('the generated schema contains every type, field, argument and enum value of the contract', () => {
    const contract = buildSchema(readFileSync(repoPath('apps/api/contract.graphql'), 'utf8'));
    const breaking = findBreakingChanges(contract, generated).map((change) => `${change.type}: ${change.description}`);
    const unexpected = breaking.filter((change) => !NOT_BUILT_YET.includes(change));
    expect(unexpected).toEqual([]);
    const builtSinceListed = NOT_BUILT_YET.filter((entry) => !breaking.includes(entry));
    expect(builtSinceListed).toEqual([]);
  });

  it('keeps the repository copy of the contract identical to the shared one', () => {
    expect(sharedContractProblems(repoPath('../shared/contract/schema.graphql'))).toEqual([]);
  });

  it('fails, instead of passing unseen, when the shared contract is missing', () => {
    const missing = repoPath('../shared/contract/no-such-schema.graphql');
    expect(sharedContractProblems(missing)).toEqual([`the shared contract ${missing} is missing: the repository copy cannot be checked`]);
  });

  it('keeps the web app\'s committed schema (apps/web/schema.graphql) equal to the generated one: run `npm run schema:web`', () => {
    expect(readFileSync(repoPath(WEB_SCHEMA_FILE), 'utf8')).toBe(printWebSchema(generated));
  });
});

/** Why the repository copy of the contract cannot be shown to equal the shared one (the specification). */
function sharedContractProblems(sharedPath: string): string[] {
  if (!existsSync(sharedPath)) return [`the shared contract ${sharedPath} is missing: the repository copy cannot be checked`];
  const copy = readFileSync(repoPath('apps/api/contract.graphql'), 'utf8');
  return copy === readFileSync(sharedPath, 'utf8') ? [] : [`apps/api/contract.graphql differs from ${sharedPath}`];
}
