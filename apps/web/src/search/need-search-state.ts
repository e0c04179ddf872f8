import type { Country, NeedFilter } from '../gql-pages/graphql';
import { COUNTRIES } from './search-state';

/** Everything the needs search shows, kept in the URL (share a link, reload, Back all work). */
export interface NeedSearchState {
  query: string;
  category: string | null;
  countries: Country[];
  regions: string[];
}

const MAX_VALUES = 20;
const listOf = (params: URLSearchParams, name: string) => [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v && v.length <= 200))].slice(0, MAX_VALUES);

/** Reads the state from a URL's parameters; anything malformed is ignored rather than sent to the API. */
export function parseNeedSearchState(params: URLSearchParams): NeedSearchState {
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    category: params.get('category')?.trim().slice(0, 100) || null,
    countries: listOf(params, 'country').filter((v): v is Country => (COUNTRIES as string[]).includes(v)),
    regions: listOf(params, 'region'),
  };
}

/** The URL parameters of a state: only what is set, in a stable order. */
export function needSearchParamsOf(state: NeedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.category) params.set('category', state.category);
  state.countries.forEach((v) => params.append('country', v));
  state.regions.forEach((v) => params.append('region', v));
  return params;
}

/** The searchNeeds arguments of a state. */
export function needSearchVariables(state: NeedSearchState): { query: string | null; filter: NeedFilter } {
  const filter: NeedFilter = {};
  if (state.category) filter.categoryCodes = [state.category];
  if (state.countries.length) filter.countries = state.countries;
  if (state.regions.length) filter.regions = state.regions;
  return { query: state.query.trim() || null, filter };
}
