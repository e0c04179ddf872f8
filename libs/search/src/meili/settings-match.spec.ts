import { describe, expect, it } from '@jest/globals';
import { settingsMatch } from './settings-match.js';

describe('settingsMatch', () => {
  const desired = {
    searchableAttributes: ['title', 'description'],
    filterableAttributes: ['country', 'kind'],
    stopWords: ['и', 'the', 'мой'],
    synonyms: { bus: ['автобус', 'coach'] },
    typoTolerance: { disableOnNumbers: true },
    pagination: { maxTotalHits: 10_000 },
  };

  it('ignores the order of set-like lists and settings not asked for', () => {
    const current = {
      ...desired,
      filterableAttributes: ['kind', 'country'],
      stopWords: ['the', 'и', 'мой'.normalize('NFD')],
      synonyms: { bus: ['coach', 'автобус'] },
      typoTolerance: { enabled: true, disableOnNumbers: true, disableOnWords: [] },
      displayedAttributes: ['*'],
    };
    expect(settingsMatch(current, desired)).toBe(true);
  });

  it('compares granular filterable rules without order, and tells them from the plain list', () => {
    const rule = (patterns: string[], comparison: boolean) => ({ attributePatterns: patterns, features: { facetSearch: false, filter: { equality: true, comparison } } });
    const granular = { filterableAttributes: [rule(['country', 'kind'], false), rule(['price'], true)] };
    expect(settingsMatch({ filterableAttributes: [rule(['price'], true), rule(['kind', 'country'], false)] }, granular)).toBe(true);
    // An existing deployment's plain list, a range moved to another field, a field added: all re-applied.
    expect(settingsMatch({ filterableAttributes: ['country', 'kind', 'price'] }, granular)).toBe(false);
    expect(settingsMatch({ filterableAttributes: [rule(['country', 'kind'], true), rule(['price'], false)] }, granular)).toBe(false);
    expect(settingsMatch({ filterableAttributes: [rule(['country'], false), rule(['price'], true)] }, granular)).toBe(false);
    expect(settingsMatch({ filterableAttributes: [rule(['country', 'kind'], false), rule(['price'], true)], facetSearch: true }, { ...granular, facetSearch: false })).toBe(false);
  });

  it('sees any difference that matters', () => {
    expect(settingsMatch({ ...desired, searchableAttributes: ['description', 'title'] }, desired)).toBe(false);
    expect(settingsMatch({ ...desired, typoTolerance: { disableOnNumbers: false } }, desired)).toBe(false);
    expect(settingsMatch({ ...desired, synonyms: { bus: ['автобус'] } }, desired)).toBe(false);
    expect(settingsMatch({ ...desired, synonyms: { ...desired.synonyms, car: ['авто'] } }, desired)).toBe(false);
    expect(settingsMatch({ ...desired, pagination: { maxTotalHits: 1000 } }, desired)).toBe(false);
    expect(settingsMatch({}, desired)).toBe(false);
  });
});
