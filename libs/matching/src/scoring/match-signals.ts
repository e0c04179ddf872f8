import { BoundedCache, normalizeText } from '@tradebridge/search';
import type { CategoryCloseness, Fit } from './score-match.js';

const DAY_MS = 86_400_000;

/** Whole days from `now` until `deadline` (negative when it has passed). */
export function daysUntil(deadline: Date, now: Date): number {
  return Math.floor((deadline.getTime() - now.getTime()) / DAY_MS);
}

/** The lead time fits when the days left until the deadline are at least the lead time. */
export function leadTimeFit(leadTimeDays: number | null, neededBy: Date | null, now: Date): Fit {
  if (leadTimeDays == null || neededBy == null) return 'unknown';
  return daysUntil(neededBy, now) >= leadTimeDays ? 'fits' : 'misses';
}

export interface PriceFacts {
  priceMin: string | null;
  priceMax: string | null;
  currency: string | null;
}

export interface BudgetFacts {
  budgetMin: string | null;
  budgetMax: string | null;
  budgetCurrency: string | null;
}

function amount(value: string | null): number | null {
  if (value == null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The offering's lowest price (its min, else its max), or null. */
export function lowestPrice(price: PriceFacts): number | null {
  return amount(price.priceMin) ?? amount(price.priceMax);
}

/**
 * The price fits when, in the same currency, the offering's lowest price is at most the budget's
 * maximum (both per unit). Another currency, no price or no maximum: unknown.
 */
export function priceFit(price: PriceFacts, budget: BudgetFacts): Fit {
  const lowest = lowestPrice(price);
  const max = amount(budget.budgetMax);
  if (lowest == null || max == null || !price.currency || price.currency !== budget.budgetCurrency) return 'unknown';
  return lowest <= max ? 'fits' : 'misses';
}

/** The deepest category two listings share, from their paths (codes from the root down). */
export function categoryCloseness(a: readonly string[], b: readonly string[]): CategoryCloseness {
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
  return {
    depth,
    exact: depth > 0 && depth === a.length && depth === b.length,
    commonCode: depth > 0 ? a[depth - 1] : null,
  };
}

const CERTIFICATION_KEYS = new BoundedCache<string, string>(5_000);

/** A certification name compared loosely: case, ё, spaces and punctuation do not matter ("ISO-9001" = "iso 9001"). */
export function certificationKey(name: string): string {
  return CERTIFICATION_KEYS.get(name, () => normalizeText(name).replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** Every required certification is among the offered ones. */
export function certificationsCover(offered: readonly string[], required: readonly string[]): boolean {
  if (required.length === 0) return true;
  const have = new Set(offered.map(certificationKey));
  return required.every((c) => have.has(certificationKey(c)));
}
