import { describe, expect, it } from '@jest/globals';
import type { FederatedMultiSearchParams } from 'meilisearch';
import { indexesSearchingOn, narrowToKnownAttributes, type IndexFields } from './known-attributes.js';

const request: FederatedMultiSearchParams = {
  federation: { limit: 20 },
  queries: [
    { indexUid: 'p_offerings', q: 'самосвал', attributesToSearchOn: ['title', 'description'] },
    { indexUid: 'p_offerings', q: 'самосвал', attributesToSearchOn: ['titleStemmed'] },
    { indexUid: 'p_needs', q: '', filter: 'country = "RU"' },
  ],
};
const declared = new Set(['title', 'description', 'titleStemmed']);

describe('narrowToKnownAttributes', () => {
  it('searches nothing on an index whose documents have none of the declared fields (an empty index)', () => {
    const fields = new Map<string, IndexFields>([['p_offerings', { present: new Set(), declared }]]);
    const narrowed = narrowToKnownAttributes(request, fields)!;
    expect(narrowed.queries.map((q) => q.attributesToSearchOn)).toEqual([[], [], undefined]);
    expect(narrowed.federation).toEqual({ limit: 20 });
  });

  it('keeps the fields documents have and fields the settings never declared (a real mistake still fails)', () => {
    const fields = new Map<string, IndexFields>([['p_offerings', { present: new Set(['title']), declared: new Set(['title', 'titleStemmed']) }]]);
    const narrowed = narrowToKnownAttributes(request, fields)!;
    expect(narrowed.queries.map((q) => q.attributesToSearchOn)).toEqual([['title', 'description'], [], undefined]);
  });

  it('answers null when nothing would change, so the original refusal is reported', () => {
    const fields = new Map<string, IndexFields>([['p_offerings', { present: new Set(['title', 'description', 'titleStemmed']), declared }]]);
    expect(narrowToKnownAttributes(request, fields)).toBeNull();
    expect(narrowToKnownAttributes(request, new Map())).toBeNull();
  });

  it('treats "*" as every field declared', () => {
    const fields = new Map<string, IndexFields>([['p_offerings', { present: new Set(['description']), declared: '*' }]]);
    expect(narrowToKnownAttributes(request, fields)!.queries.map((q) => q.attributesToSearchOn)).toEqual([['description'], [], undefined]);
  });

  it('names the indexes whose queries search on named fields', () => {
    expect(indexesSearchingOn(request)).toEqual(['p_offerings']);
  });
});
