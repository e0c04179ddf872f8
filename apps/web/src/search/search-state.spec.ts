import { describe, expect, it } from '@jest/globals';
import { activeFilterCount, parseSearchState, searchParamsOf, searchVariables, toggle } from './search-state';

describe('search state in the URL', () => {
  it('round-trips every filter through the URL', () => {
    const params = new URLSearchParams('q=самосвал 90 т&category=87&country=BY&region=Minsk Region&cert=EAC&cert=ISO 9001&kind=PRODUCT&maxLead=120&maxPrice=140000000&currency=RUB&verified=1&sort=PRICE_ASC');
    const state = parseSearchState(params);
    expect(state).toEqual({
      query: 'самосвал 90 т',
      category: '87',
      countries: ['BY'],
      regions: ['Minsk Region'],
      certifications: ['EAC', 'ISO 9001'],
      kinds: ['PRODUCT'],
      maxLeadTimeDays: 120,
      maxPrice: '140000000',
      currency: 'RUB',
      verifiedOnly: true,
      sort: 'PRICE_ASC',
    });
    expect(parseSearchState(searchParamsOf(state))).toEqual(state);
    expect(activeFilterCount(state)).toBe(9);
  });

  it('ignores malformed values instead of sending them to the API', () => {
    const state = parseSearchState(new URLSearchParams('country=XX&kind=CAR&maxLead=-3&maxPrice=1e9&currency=GBP&sort=RANDOM&verified=yes'));
    expect(state).toMatchObject({ countries: [], kinds: [], maxLeadTimeDays: null, maxPrice: null, currency: 'RUB', sort: 'RELEVANCE', verifiedOnly: false });
    expect(searchParamsOf(state).toString()).toBe('');
  });

  it('builds the API filter, sending the currency only with a price', () => {
    const withoutPrice = searchVariables(parseSearchState(new URLSearchParams('q=  автобус &country=RU&currency=USD')));
    expect(withoutPrice).toEqual({ query: 'автобус', filter: { countries: ['RU'] }, sort: 'RELEVANCE' });
    const withPrice = searchVariables(parseSearchState(new URLSearchParams('maxPrice=500000&currency=USD')));
    expect(withPrice.filter).toEqual({ maxPrice: '500000', currency: 'USD' });
    expect(withPrice.query).toBeNull();
  });

  it('toggles list values', () => {
    expect(toggle(['BY'], 'RU')).toEqual(['BY', 'RU']);
    expect(toggle(['BY', 'RU'], 'BY')).toEqual(['RU']);
  });
});
