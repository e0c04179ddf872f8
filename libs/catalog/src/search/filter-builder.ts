import { ValidationFailed, type FieldError, type Locale } from '@tradebridge/core';
import { certificationTable, ReferenceInput, regionTable } from '@tradebridge/reference';
import { filterExpr as f } from '@tradebridge/search';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';

const present = <T>(list: readonly T[] | null | undefined): list is readonly T[] => Array.isArray(list) && list.length > 0;

/** Only listings whose validity has not ended (the index may still hold some until the relay's sweep). */
export function notExpired(now: number): string {
  return f.or(f.isNull('expiresAt'), f.gt('expiresAt', now))!;
}

/** A code for each value (text no entry knows stays as it is: it matches nothing). */
function regionCodes(values: readonly string[]): string[] {
  return values.map((v) => regionTable().codeOf(v) ?? v);
}

/** Organizations' regions inside the named regions or groups ("RU-CFD": its 18 regions). */
function organizationRegions(values: readonly string[]): string[] {
  return regionTable().within(regionCodes(values));
}

/** Delivery areas that reach one of the named regions: each one and every group containing it (a need in RU-VLA is served by delivery to RU-CFD, RU, the EAEU). */
function areasReaching(values: readonly string[]): string[] {
  return [...new Set(regionCodes(values).flatMap((code) => regionTable().reaching(code)))];
}

/**
 * Checks what the input classes cannot, every problem at once, in `locale`: `maxPrice` needs `currency`
 * (prices in different currencies are not comparable); regions must be codes or names of known regions
 * (the refusal suggests the closest). Throws BAD_USER_INPUT naming `filter.currency`, `filter.regions`...
 */
export function checkOfferingFilter(filter: OfferingFilter | null | undefined, path = 'filter', locale: Locale = 'RU'): void {
  checkRegions(filter, path, locale, priceProblems(filter, path));
}

function priceProblems(filter: OfferingFilter | null | undefined, path: string): FieldError[] {
  return filter?.maxPrice != null && filter.currency == null ? [{ path: `${path}.currency`, message: 'is required when maxPrice is given' }] : [];
}

/** NeedFilter's regions, as checkOfferingFilter checks them. */
export function checkNeedFilter(filter: NeedFilter | null | undefined, path = 'filter', locale: Locale = 'RU'): void {
  checkRegions(filter, path, locale, []);
}

function checkRegions(filter: { regions?: string[] | null; deliveryRegions?: string[] | null } | null | undefined, path: string, locale: Locale, errors: FieldError[]): void {
  const refs = new ReferenceInput(locale);
  refs.regions(`${path}.regions`, filter?.regions);
  refs.regions(`${path}.deliveryRegions`, filter?.deliveryRegions);
  refs.check(errors);
}

/**
 * The Meilisearch filter for an OfferingFilter (checked by checkOfferingFilter first: here a region no
 * entry knows only matches nothing). Every value is escaped (see filterExpr), so hostile
 * input (`x" OR country = "BY`) is a literal that matches nothing. Empty lists mean "no filter".
 * A category code matches its whole subtree (`categoryPath` holds every ancestor); a region the
 * regions inside it (names in either language mean their code); deliveryRegions the offerings
 * delivering there or to a group containing it; certifications are all required (an EAEU declaration
 * counts for "EAC"); maxPrice compares the lowest price in the given currency.
 */
export function buildOfferingFilter(filter: OfferingFilter | null | undefined, now: number): string {
  const problems = priceProblems(filter, 'filter');
  if (problems.length) throw new ValidationFailed(problems);
  const x = filter ?? {};
  return f.and(
    notExpired(now),
    present(x.categoryCodes) && f.anyOf('categoryPath', x.categoryCodes),
    present(x.countries) && f.anyOf('country', x.countries),
    present(x.regions) && f.anyOf('region', organizationRegions(x.regions)),
    present(x.deliveryRegions) && f.anyOf('deliveryRegions', areasReaching(x.deliveryRegions)),
    present(x.kinds) && f.anyOf('kind', x.kinds),
    present(x.certifications) && f.allOf('certifications', certificationTable().canonicalAll(x.certifications)),
    x.maxLeadTimeDays != null && f.lte('leadTimeDays', x.maxLeadTimeDays),
    x.currency != null && f.eq('currency', x.currency),
    x.maxPrice != null && f.lte('price', Number(x.maxPrice)),
    x.verifiedOnly === true && f.eq('verified', true),
    x.organizationId != null && f.eq('organizationId', x.organizationId),
  )!;
}

/**
 * The Meilisearch filter for a NeedFilter (values escaped, empty lists ignored). `neededAfter` keeps
 * needs due on or after that moment and needs without a deadline (they can be served any time);
 * deliveryRegions the needs to be delivered inside the named regions or groups.
 */
export function buildNeedFilter(filter: NeedFilter | null | undefined, now: number): string {
  const x = filter ?? {};
  const after = x.neededAfter ? new Date(x.neededAfter).getTime() : null;
  return f.and(
    notExpired(now),
    present(x.categoryCodes) && f.anyOf('categoryPath', x.categoryCodes),
    present(x.countries) && f.anyOf('country', x.countries),
    present(x.regions) && f.anyOf('region', organizationRegions(x.regions)),
    present(x.deliveryRegions) && f.anyOf('deliveryRegion', regionTable().within(regionCodes(x.deliveryRegions))),
    after !== null && Number.isFinite(after) && f.or(f.isNull('neededBy'), f.gte('neededBy', after)),
    x.organizationId != null && f.eq('organizationId', x.organizationId),
  )!;
}
