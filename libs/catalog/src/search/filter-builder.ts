import { ValidationFailed } from '@tradebridge/core';
import { filterExpr as f } from '@tradebridge/search';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';

const present = <T>(list: readonly T[] | null | undefined): list is readonly T[] => Array.isArray(list) && list.length > 0;

/** Only listings whose validity has not ended (the index may still hold some until the relay's sweep). */
export function notExpired(now: number): string {
  return f.or(f.isNull('expiresAt'), f.gt('expiresAt', now))!;
}

/**
 * Checks what the input classes cannot: `maxPrice` needs `currency` (prices in different currencies
 * are not comparable). Throws BAD_USER_INPUT naming `filter.currency`.
 */
export function checkOfferingFilter(filter: OfferingFilter | null | undefined, path = 'filter'): void {
  if (filter?.maxPrice != null && filter.currency == null) {
    throw ValidationFailed.field(`${path}.currency`, 'is required when maxPrice is given');
  }
}

/**
 * The Meilisearch filter for an OfferingFilter. Every value is escaped (see filterExpr), so hostile
 * input (`x" OR country = "BY`) is a literal that matches nothing. Empty lists mean "no filter".
 * A category code matches its whole subtree (`categoryPath` holds every ancestor); certifications
 * are all required; maxPrice compares the lowest price in the given currency.
 */
export function buildOfferingFilter(filter: OfferingFilter | null | undefined, now: number): string {
  checkOfferingFilter(filter);
  const x = filter ?? {};
  return f.and(
    notExpired(now),
    present(x.categoryCodes) && f.anyOf('categoryPath', x.categoryCodes),
    present(x.countries) && f.anyOf('country', x.countries),
    present(x.regions) && f.anyOf('region', x.regions),
    present(x.kinds) && f.anyOf('kind', x.kinds),
    present(x.certifications) && f.allOf('certifications', x.certifications),
    x.maxLeadTimeDays != null && f.lte('leadTimeDays', x.maxLeadTimeDays),
    x.currency != null && f.eq('currency', x.currency),
    x.maxPrice != null && f.lte('price', Number(x.maxPrice)),
    x.verifiedOnly === true && f.eq('verified', true),
    x.organizationId != null && f.eq('organizationId', x.organizationId),
  )!;
}

/**
 * The Meilisearch filter for a NeedFilter (values escaped, empty lists ignored). `neededAfter` keeps
 * needs due on or after that moment and needs without a deadline (they can be served any time).
 */
export function buildNeedFilter(filter: NeedFilter | null | undefined, now: number): string {
  const x = filter ?? {};
  const after = x.neededAfter ? new Date(x.neededAfter).getTime() : null;
  return f.and(
    notExpired(now),
    present(x.categoryCodes) && f.anyOf('categoryPath', x.categoryCodes),
    present(x.countries) && f.anyOf('country', x.countries),
    present(x.regions) && f.anyOf('region', x.regions),
    after !== null && Number.isFinite(after) && f.or(f.isNull('neededBy'), f.gte('neededBy', after)),
    x.organizationId != null && f.eq('organizationId', x.organizationId),
  )!;
}
