/**
 * Building Meilisearch filter expressions without injection: every value is quoted and escaped, numbers
 * must be finite, attribute names are checked against a strict pattern (they come from code, never
 * from input). Inside double quotes Meilisearch reads `\"` as a quote and `\\` as a backslash, so a
 * value like `x" OR country = "BY` stays one literal string that simply matches nothing.
 * @example and(eq('country', 'BY'), anyOf('region', regions), lte('price', 5000)) // 'country = "BY" AND region IN ["Minsk"] AND price <= 5000'
 */
export type FilterValue = string | number | boolean;

const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function attribute(name: string): string {
  if (!ATTRIBUTE.test(name)) throw new Error(`Invalid filter attribute name "${name}"`);
  return name;
}

/** A filter literal: strings double-quoted with `\` and `"` escaped, finite numbers and booleans as they are. */
export function literal(value: FilterValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('Filter numbers must be finite');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function eq(name: string, value: FilterValue): string {
  return `${attribute(name)} = ${literal(value)}`;
}

/** `name IN [...]`; an empty list matches nothing. */
export function anyOf(name: string, values: readonly FilterValue[]): string {
  if (values.length === 0) return `${attribute(name)} IN []`;
  return `${attribute(name)} IN [${values.map(literal).join(', ')}]`;
}

/** Every value must be present (for array attributes: the document holds all of them). */
export function allOf(name: string, values: readonly FilterValue[]): string | null {
  return and(...values.map((v) => eq(name, v)));
}

export function lte(name: string, value: number): string {
  return `${attribute(name)} <= ${literal(value)}`;
}

export function gte(name: string, value: number): string {
  return `${attribute(name)} >= ${literal(value)}`;
}

export function gt(name: string, value: number): string {
  return `${attribute(name)} > ${literal(value)}`;
}

export function isNull(name: string): string {
  return `${attribute(name)} IS NULL`;
}

/** Joins the non-empty parts with AND, each in parentheses; null when nothing is left. */
export function and(...parts: Array<string | null | undefined | false>): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (kept.length === 0) return null;
  return kept.length === 1 ? kept[0]! : kept.map((p) => `(${p})`).join(' AND ');
}

/** Joins the non-empty parts with OR, each in parentheses; null when nothing is left. */
export function or(...parts: Array<string | null | undefined | false>): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (kept.length === 0) return null;
  return kept.length === 1 ? kept[0]! : kept.map((p) => `(${p})`).join(' OR ');
}
