import type { FederatedMultiSearchParams, MultiSearchParams } from 'meilisearch';

/** Searchable fields per index uid: those some document has (Meilisearch's fieldDistribution) and those the settings declare. */
export interface IndexFields {
  present: ReadonlySet<string>;
  /** The settings' searchableAttributes; '*' when every field is searchable. */
  declared: ReadonlySet<string> | '*';
}

/**
 * Meilisearch refuses `attributesToSearchOn` naming a field that no document of the index has
 * (an index that never held a document, or whose last document was removed), although the settings
 * declare it searchable (meilisearch#5921, still so in 1.21). Such a field cannot match anything, so
 * the request is narrowed to the fields present; a query left with none searches nothing (0 hits).
 * Fields the settings do not declare are kept, so a real mistake still fails loudly.
 * Returns null when nothing would change (the refusal had another cause).
 * @example narrowToKnownAttributes(request, new Map([['offerings', { present: new Set(), declared: new Set(['title']) }]]))
 */
export function narrowToKnownAttributes<T extends MultiSearchParams | FederatedMultiSearchParams>(
  request: T,
  fields: ReadonlyMap<string, IndexFields>,
): T | null {
  let changed = false;
  const queries = request.queries.map((query) => {
    const on = query.attributesToSearchOn;
    const known = fields.get(query.indexUid);
    if (!on || !known) return query;
    const kept = on.filter((field) => known.present.has(field) || (known.declared !== '*' && !known.declared.has(field)));
    if (kept.length === on.length) return query;
    changed = true;
    return { ...query, attributesToSearchOn: kept };
  });
  return changed ? { ...request, queries } : null;
}

/** The index uids whose queries name attributes to search on. */
export function indexesSearchingOn(request: MultiSearchParams | FederatedMultiSearchParams): string[] {
  return [...new Set(request.queries.filter((q) => q.attributesToSearchOn?.length).map((q) => q.indexUid))];
}
