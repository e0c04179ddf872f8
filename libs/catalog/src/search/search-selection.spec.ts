import { describe, expect, it } from '@jest/globals';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { searchSelectionOf } from './search-selection.js';

/** The resolver's view of the first root field of `document`: its field nodes and the document's fragments. */
function infoOf(document: string) {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('searchSelectionOf', () => {
  it('hits only: no facets, no highlights, no total', () => {
    expect(searchSelectionOf(infoOf('{ searchOfferings(query: "x") { hits { offering { id } score } } }'))).toEqual({
      facets: false,
      highlights: false,
      total: false,
    });
  });

  it("the search page's selection: everything", () => {
    const info = infoOf('{ searchOfferings { totalHits facets { field } hits { highlights { snippet } } } }');
    expect(searchSelectionOf(info)).toEqual({ facets: true, highlights: true, total: true });
  });

  it('pageInfo alone needs the total (hasNextPage is computed from it)', () => {
    expect(searchSelectionOf(infoOf('{ searchNeeds { pageInfo { hasNextPage } } }')).total).toBe(true);
  });

  it('reads fields through named and inline fragments, nested ones and repeated fields', () => {
    const info = infoOf(`
      query { searchOfferings { ...Result hits { cursor } } }
      fragment Result on OfferingSearchResult { ... on OfferingSearchResult { facets { field } } hits { ...Hit } }
      fragment Hit on OfferingHit { highlights { field } }`);
    expect(searchSelectionOf(info)).toEqual({ facets: true, highlights: true, total: false });
  });
});
