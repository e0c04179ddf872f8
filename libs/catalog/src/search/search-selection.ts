import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a search's caller selected, so Meilisearch computes only that: facet counts, highlights and crops,
 * and (for a search without words, where it is a second query) the exact total each cost time.
 */
export interface SearchSelection {
  facets: boolean;
  highlights: boolean;
  /** `totalHits` itself, or `pageInfo` (whose hasNextPage needs the total). */
  total: boolean;
}

/** Everything: for callers without a GraphQL selection (the CLI, the bench's direct requests). */
export const FULL_SELECTION: SearchSelection = { facets: true, highlights: true, total: true };

type Fragments = GraphQLResolveInfo['fragments'];

/** The SearchSelection of a searchOfferings / searchNeeds field, read from its selection set (fragments included). */
export function searchSelectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): SearchSelection {
  const top = fieldsOf(info.fieldNodes.map((node) => node.selectionSet), info.fragments);
  const hits = fieldsOf(top.get('hits') ?? [], info.fragments);
  return {
    facets: top.has('facets'),
    highlights: hits.has('highlights'),
    total: top.has('totalHits') || top.has('pageInfo'),
  };
}

/** The fields selected in `sets` by name, each with its own selection sets (fields repeated or spread in fragments merge). */
function fieldsOf(sets: readonly (SelectionSetNode | undefined)[], fragments: Fragments): Map<string, (SelectionSetNode | undefined)[]> {
  const fields = new Map<string, (SelectionSetNode | undefined)[]>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) add(fields, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment: FragmentDefinitionNode | undefined = fragments[selection.name.value];
        visit(fragment?.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

function add(fields: Map<string, (SelectionSetNode | undefined)[]>, field: FieldNode): void {
  const sets = fields.get(field.name.value) ?? [];
  sets.push(field.selectionSet);
  fields.set(field.name.value, sets);
}
