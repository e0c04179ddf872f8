import { describe, expect, it } from '@jest/globals';
import { allOf, and, anyOf, attribute, eq, gt, isNull, literal, lte, or } from './filter-expression.js';

describe('literal', () => {
  it('quotes strings and escapes backslashes and quotes', () => {
    expect(literal('BY')).toBe('"BY"');
    expect(literal('x" OR country = "BY')).toBe('"x\\" OR country = \\"BY"');
    expect(literal('a\\')).toBe('"a\\\\"');
    expect(literal('a\\" OR 1')).toBe('"a\\\\\\" OR 1"');
    expect(literal("it's")).toBe(`"it's"`);
  });

  it('keeps finite numbers and booleans, refuses NaN and infinities', () => {
    expect(literal(12.5)).toBe('12.5');
    expect(literal(true)).toBe('true');
    expect(() => literal(Number.NaN)).toThrow();
    expect(() => literal(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe('attribute names', () => {
  it('accepts identifiers and refuses anything else', () => {
    expect(attribute('categoryPath')).toBe('categoryPath');
    expect(attribute('a.b_c')).toBe('a.b_c');
    expect(() => attribute('country = "BY" OR x')).toThrow();
    expect(() => attribute('')).toThrow();
  });
});

describe('combinators', () => {
  it('builds comparisons', () => {
    expect(eq('kind', 'PRODUCT')).toBe('kind = "PRODUCT"');
    expect(anyOf('region', ['Minsk Region', 'a"b'])).toBe('region IN ["Minsk Region", "a\\"b"]');
    expect(anyOf('region', [])).toBe('region IN []');
    expect(lte('price', 100)).toBe('price <= 100');
    expect(gt('expiresAt', 5)).toBe('expiresAt > 5');
    expect(isNull('expiresAt')).toBe('expiresAt IS NULL');
  });

  it('joins with parentheses and drops empty parts', () => {
    expect(and(eq('a', 1), null, undefined, false, eq('b', 2))).toBe('(a = 1) AND (b = 2)');
    expect(and(eq('a', 1))).toBe('a = 1');
    expect(and()).toBeNull();
    expect(or(isNull('x'), gt('x', 3))).toBe('(x IS NULL) OR (x > 3)');
    expect(allOf('certifications', ['EAC', 'ISO 9001'])).toBe('(certifications = "EAC") AND (certifications = "ISO 9001")');
    expect(allOf('certifications', [])).toBeNull();
  });
});
