import { certificationTable, unitTable } from '@tradebridge/reference';
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
  /** The unit the price is per (an OKEI code); absent or null: not said. */
  unit?: string | null;
}

export interface BudgetFacts {
  budgetMin: string | null;
  budgetMax: string | null;
  budgetCurrency: string | null;
  /** The unit the budget is per (the need's quantity unit). */
  unit?: string | null;
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
 * The offering's lowest price per the budget's unit: a price per kg is 1000 times that per tonne. Null
 * when there is no price, or the units do not convert (pieces and tonnes). Without a unit on either
 * side, the two are taken to be per the same unit.
 * @example comparablePrice({ priceMin: '25', priceMax: null, currency: 'RUB', unit: '166' }, { ...budget, unit: '168' }) // 25000
 */
export function comparablePrice(price: PriceFacts, budget: BudgetFacts): number | null {
  const lowest = lowestPrice(price);
  if (lowest == null || !price.unit || !budget.unit) return lowest;
  const perBudgetUnit = unitTable().convert(1, budget.unit, price.unit);
  return perBudgetUnit === null ? null : lowest * perBudgetUnit;
}

/**
 * The price fits when, in the same currency, the offering's lowest price is at most the budget's
 * maximum (both per unit, converted within a dimension). Another currency, no price, no maximum or
 * units that do not convert: unknown.
 */
export function priceFit(price: PriceFacts, budget: BudgetFacts): Fit {
  const lowest = comparablePrice(price, budget);
  const max = amount(budget.budgetMax);
  if (lowest == null || max == null || !price.currency || price.currency !== budget.budgetCurrency) return 'unknown';
  return lowest <= max * (1 + 1e-9) ? 'fits' : 'misses';
}

/**
 * Whether an offering's minimum order allows the need's quantity: the minimum, converted into the need's
 * unit, is at most the quantity (520 t against a minimum of 20,000 kg fits; against 600,000 kg it does
 * not). Unknown (true) without both quantities and units, or when the units do not convert.
 */
export function minimumOrderAllows(offering: { minOrderQuantity: number | null; unit: string | null }, need: { quantity: number | null; unit: string | null }): boolean {
  if (offering.minOrderQuantity == null || need.quantity == null || !offering.unit || !need.unit) return true;
  const minimum = unitTable().convert(offering.minOrderQuantity, offering.unit, need.unit);
  return minimum === null || minimum <= need.quantity * (1 + 1e-9);
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

/**
 * Every required certification is among the offered ones (codes of the reference table, any other mark
 * in canonical form; an EAEU declaration counts for "EAC").
 */
export function certificationsCover(offered: readonly string[], required: readonly string[]): boolean {
  return certificationTable().covers(offered, required);
}
