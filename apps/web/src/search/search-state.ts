import type { Country, Currency, OfferingFilter, OfferingKind, OfferingSort } from '../gql/graphql';

/** Everything the offering search shows, kept in the URL (share a link, reload, Back all work). */
export interface SearchState {
  query: string;
  category: string | null;
  countries: Country[];
  regions: string[];
  certifications: string[];
  kinds: OfferingKind[];
  maxLeadTimeDays: number | null;
  maxPrice: string | null;
  currency: Currency;
  verifiedOnly: boolean;
  sort: OfferingSort;
}

export const COUNTRIES: Country[] = ['BY', 'RU'];
export const KINDS: OfferingKind[] = ['PRODUCT', 'SERVICE', 'PARTNERSHIP'];
export const CURRENCIES: Currency[] = ['RUB', 'BYN', 'USD', 'EUR', 'CNY'];
export const SORTS: OfferingSort[] = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'LEAD_TIME_ASC'];

const MAX_VALUES = 20;
const MONEY = /^\d{1,13}(\.\d{1,2})?$/;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null => (value && (allowed as readonly string[]).includes(value) ? (value as T) : null);
const listOf = (params: URLSearchParams, name: string) => [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v && v.length <= 200))].slice(0, MAX_VALUES);

/** Reads the state from a URL's parameters; anything malformed is ignored rather than sent to the API. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const lead = Number(params.get('maxLead'));
  const price = params.get('maxPrice')?.trim() ?? '';
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    category: params.get('category')?.trim().slice(0, 100) || null,
    countries: listOf(params, 'country').filter((v): v is Country => oneOf(COUNTRIES, v) !== null),
    regions: listOf(params, 'region'),
    certifications: listOf(params, 'cert'),
    kinds: listOf(params, 'kind').filter((v): v is OfferingKind => oneOf(KINDS, v) !== null),
    maxLeadTimeDays: Number.isInteger(lead) && lead > 0 && lead <= 3650 ? lead : null,
    maxPrice: MONEY.test(price) && Number(price) > 0 ? price : null,
    currency: oneOf(CURRENCIES, params.get('currency')) ?? 'RUB',
    verifiedOnly: params.get('verified') === '1',
    sort: oneOf(SORTS, params.get('sort')) ?? 'RELEVANCE',
  };
}

/** The URL parameters of a state: only what differs from the defaults, in a stable order. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.category) params.set('category', state.category);
  state.countries.forEach((v) => params.append('country', v));
  state.regions.forEach((v) => params.append('region', v));
  state.certifications.forEach((v) => params.append('cert', v));
  state.kinds.forEach((v) => params.append('kind', v));
  if (state.maxLeadTimeDays) params.set('maxLead', String(state.maxLeadTimeDays));
  if (state.maxPrice) {
    params.set('maxPrice', state.maxPrice);
    params.set('currency', state.currency);
  }
  if (state.verifiedOnly) params.set('verified', '1');
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  return params;
}

/** The searchOfferings arguments of a state. */
export function searchVariables(state: SearchState): { query: string | null; filter: OfferingFilter; sort: OfferingSort } {
  const filter: OfferingFilter = {};
  if (state.category) filter.categoryCodes = [state.category];
  if (state.countries.length) filter.countries = state.countries;
  if (state.regions.length) filter.regions = state.regions;
  if (state.certifications.length) filter.certifications = state.certifications;
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.maxLeadTimeDays) filter.maxLeadTimeDays = state.maxLeadTimeDays;
  if (state.maxPrice) {
    filter.maxPrice = state.maxPrice;
    filter.currency = state.currency;
  }
  if (state.verifiedOnly) filter.verifiedOnly = true;
  return { query: state.query.trim() || null, filter, sort: state.sort };
}

/** How many filters narrow the results (the query and the sort are not filters). */
export function activeFilterCount(state: SearchState): number {
  return (
    (state.category ? 1 : 0) +
    state.countries.length +
    state.regions.length +
    state.certifications.length +
    state.kinds.length +
    (state.maxLeadTimeDays ? 1 : 0) +
    (state.maxPrice ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0)
  );
}

/** Adds or removes one value of a list filter. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
