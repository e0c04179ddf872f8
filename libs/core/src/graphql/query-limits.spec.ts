import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitRules } from './query-limits.js';

const schema = buildSchema(`
  type Node { id: ID! child: Node items(first: Int): [Node!]! page(first: Int = 20): [Node!]! tags: [String!]! }
  type Query { node: Node list(first: Int): [Node!]! }
`);
const limits = { maxDepth: 4, maxAliases: 3, maxCost: 500 };
const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(limits)]).map((e) => e.message);

describe('query limits', () => {
  it('accepts an ordinary query', () => {
    expect(errorsOf('{ node { id child { id } } list(first: 10) { id } }')).toEqual([]);
  });

  it('refuses a query nested deeper than allowed, through fragments too', () => {
    expect(errorsOf('{ node { child { child { child { child { id } } } } } }')[0]).toMatch(/nested 6 levels/);
    expect(errorsOf('query { node { ...F } } fragment F on Node { child { child { child { child { id } } } } }')[0]).toMatch(/nested/);
  });

  it('refuses alias bombs', () => {
    expect(errorsOf('{ a: node { id } b: node { id } c: node { id } d: node { id } }')[0]).toMatch(/4 aliases/);
  });

  it('multiplies the cost by page sizes and counts variables at the maximum', () => {
    expect(errorsOf('{ list(first: 100) { items(first: 100) { id } } }')[0]).toMatch(/cost/);
    expect(errorsOf('query($n: Int) { list(first: $n) { id child { id } } }')).toEqual([]);
    expect(errorsOf('query($n: Int) { list(first: $n) { items(first: $n) { id } } }')[0]).toMatch(/cost/);
  });

  it('counts a paginated field without `first` at its default page size, not 1', () => {
    // list(first: 30) { page { id } } = 1 + 30 (page, once per item) + 30 x 20 (id, 20 per page)
    expect(errorsOf('{ list(first: 10) { page { id } } }')).toEqual([]);
    expect(errorsOf('{ list(first: 30) { page { id } } }')[0]).toMatch(/would cost 631/);
    // through fragments and inline fragments too
    expect(errorsOf('{ list(first: 30) { ...F } } fragment F on Node { ... on Node { page { id } } }')[0]).toMatch(/would cost 631/);
    // a paginated field without a declared default counts as a default page (20)
    expect(errorsOf('{ list(first: 30) { items { id } } }')[0]).toMatch(/would cost 631/);
    // lists that are not paginated, and single objects, count once
    expect(errorsOf('{ list(first: 100) { tags child { id } } }')).toEqual([]);
  });

  it('survives cyclic fragments (graphql reports them) without looping', () => {
    const errors = errorsOf('{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }');
    expect(errors.some((m) => /Cannot spread fragment/.test(m))).toBe(true);
  });
});
