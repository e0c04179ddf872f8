import { describe, expect, it } from '@jest/globals';
import { prepareSearchQuery, queryMarks } from '@tradebridge/search';
import { facetLabeller } from './facet-labels.js';
import { categoryFacetFields, facetsOf, listingHighlights, pickCategoryFacet, scoreOf } from './search-results.js';

describe('listingHighlights', () => {
  const listing = {
    title: 'Карьерный самосвал <script>alert(1)</script>',
    description: 'no match here & <b>',
    keywords: ['горная техника', 'самосвалы "БелАЗ"'],
  };

  it('escapes listing text and marks matches, only for fields with a match, matching keywords joined', () => {
    expect(listingHighlights(listing, queryMarks(prepareSearchQuery('самосвал')))).toEqual([
      { field: 'title', snippet: 'Карьерный <mark>самосвал</mark> &lt;script&gt;alert(1)&lt;/script&gt;' },
      { field: 'keywords', snippet: '<mark>самосвалы</mark> &quot;БелАЗ&quot;' },
    ]);
  });

  it('forgives a typo in titles and keywords, not in descriptions (as the index does)', () => {
    const marks = queryMarks(prepareSearchQuery('самасвал'));
    const highlights = listingHighlights({ ...listing, description: 'Самосвал для карьера' }, marks);
    expect(highlights.map((h) => h.field)).toEqual(['title', 'keywords']);
  });

  it('returns nothing when no word matches', () => {
    expect(listingHighlights(listing, queryMarks(prepareSearchQuery('трактор')))).toEqual([]);
  });
});

describe('scoreOf', () => {
  it('clamps to 0..1 with 4 decimals', () => {
    expect(scoreOf(0.912345)).toBe(0.9123);
    expect(scoreOf(1.2)).toBe(1);
    expect(scoreOf(-1)).toBe(0);
    expect(scoreOf(undefined)).toBeNull();
    expect(scoreOf(Number.NaN)).toBeNull();
  });
});

describe('facets', () => {
  it('orders values by count, then value, and drops empty ones', () => {
    const facets = facetsOf({ country: { RU: 2, BY: 5, '': 3 }, kind: { SERVICE: 1, PRODUCT: 1 } }, [
      { source: 'country', field: 'country' },
      { source: 'kind', field: 'kind' },
      { source: 'region', field: 'region' },
    ]);
    expect(facets).toEqual([
      { field: 'country', values: [{ value: 'BY', label: 'BY', count: 5 }, { value: 'RU', label: 'RU', count: 2 }] },
      { field: 'kind', values: [{ value: 'PRODUCT', label: 'PRODUCT', count: 1 }, { value: 'SERVICE', label: 'SERVICE', count: 1 }] },
      { field: 'region', values: [] },
    ]);
  });

  it("labels every value in the reader's language", () => {
    const categories = new Map([['87', { name: 'Средства наземного транспорта', nameEn: 'Vehicles' }]]);
    const distribution = {
      categoryLevel1: { '87': 3 },
      country: { BY: 2 },
      region: { 'RU-VLA': 2, 'BY-HM': 1 },
      certifications: { 'GOST-R': 1, 'HALAL ICCI': 1 },
      kind: { SERVICE: 1 },
      verified: { true: 1 },
    };
    const fields = [{ source: 'categoryLevel1', field: 'categoryCode' }, ...['country', 'region', 'certifications', 'kind', 'verified'].map((f) => ({ source: f, field: f }))];
    const labels = (locale: 'RU' | 'EN') => facetsOf(distribution, fields, facetLabeller(locale, categories)).map((f) => f.values.map((v) => v.label));
    expect(labels('RU')).toEqual([
      ['Средства наземного транспорта'], ['Беларусь'], ['Владимирская область', 'Минск'], ['ГОСТ Р', 'HALAL ICCI'], ['Услуга'], ['Проверенные организации'],
    ]);
    expect(labels('EN')).toEqual([['Vehicles'], ['Belarus'], ['Vladimir Oblast', 'Minsk'], ['GOST R', 'HALAL ICCI'], ['Service'], ['Verified organizations']]);
  });

  it('facets categories by top level, or one level below the filtered categories', () => {
    expect(categoryFacetFields([])).toEqual({ deeper: 'categoryLevel0', own: 'categoryLevel0' });
    expect(categoryFacetFields([1, 0])).toEqual({ deeper: 'categoryLevel1', own: 'categoryLevel0' });
    expect(categoryFacetFields([2])).toEqual({ deeper: 'categoryLevel2', own: 'categoryLevel2' });
    const fields = categoryFacetFields([1]);
    expect(pickCategoryFacet({ categoryLevel2: { '87.04': 3 } }, fields)).toBe('categoryLevel2');
    expect(pickCategoryFacet({ categoryLevel2: {}, categoryLevel1: { 'S.IT': 2 } }, fields)).toBe('categoryLevel1');
  });
});
