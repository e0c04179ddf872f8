import { describe, expect, it } from '@jest/globals';
import { needSearchParamsOf, needSearchVariables, parseNeedSearchState } from './need-search-state';

describe('the needs search state in the URL', () => {
  it('reads query, category, countries and regions, and writes them back in the same form', () => {
    const params = new URLSearchParams('q=самосвал&category=87.04&country=RU&region=Vladimir+Oblast');
    const state = parseNeedSearchState(params);
    expect(state).toEqual({ query: 'самосвал', category: '87.04', countries: ['RU'], regions: ['Vladimir Oblast'] });
    expect(needSearchParamsOf(state).toString()).toBe(params.toString());
  });

  it('drops unknown countries and duplicates, and sends no empty filter', () => {
    const state = parseNeedSearchState(new URLSearchParams('country=XX&country=BY&country=BY&q=+'));
    expect(state.countries).toEqual(['BY']);
    expect(needSearchVariables({ ...state, countries: [] })).toEqual({ query: null, filter: {} });
  });
});
