/** How many rows a list of the workspace (my offerings, my needs, contact requests, the admin's queue) shows at a time. */
export const PAGE_SIZE = 50;

/** What the web asks of every Relay connection it pages through (`totalCount`, `pageInfo`, `edges { node { id } }`). */
export interface Connection<N extends { id: string } = { id: string }> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/**
 * The shown page followed by the next one: the next page's count and cursor, the shown edges, then the next
 * page's edges not shown yet (a row that moved between the two requests is never listed twice).
 */
export function appendPage<C extends Connection>(shown: C | null | undefined, next: C): C {
  if (!shown) return next;
  const ids = new Set(shown.edges.map((edge) => edge.node.id));
  return { ...next, edges: [...shown.edges, ...next.edges.filter((edge) => !ids.has(edge.node.id))] };
}

/**
 * `data` with `target`, an object inside it (not inside a list), replaced by `by`; only the objects on the way are
 * copied (Apollo's results are frozen). `data` itself when `target` is not in it.
 */
export function replaceWithin<T>(data: T, target: object, by: object): T {
  if (data === target) return by as T;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  for (const [key, value] of Object.entries(data)) {
    const replaced = replaceWithin<unknown>(value, target, by);
    if (replaced !== value) return { ...data, [key]: replaced };
  }
  return data;
}

/** What a fetchMore of Apollo Client asks for, narrowed to the cursor. */
type FetchMore<TData> = (options: { variables: { after: string }; updateQuery: (previous: TData, options: { fetchMoreResult: TData }) => TData }) => Promise<unknown>;

/** A paged list for the page: its nodes, how many are shown of how many, and a `loadMore` that appends by cursor. */
export interface Paging<N> {
  nodes: N[];
  shown: number;
  total: number;
  hasMore: boolean;
  /** Fetches the next page and appends it; rejects (leaving the shown rows) when the request fails. */
  loadMore: () => Promise<unknown>;
}

/**
 * The list of a query result whose data holds a connection (where `connectionOf` finds it). The next page's answer,
 * its connection grown by the shown edges, replaces the query's data in the cache under the first page's variables,
 * so the rest of it (e.g. tab counts) is fresh and a refetch (after a status change) starts again from the first page.
 * @example const paging = pagingOf(useQuery(MyNeedsDocument, ...), (data) => data.organization?.needs)
 */
export function pagingOf<TData, C extends Connection>(
  query: { data?: TData | undefined; fetchMore: FetchMore<TData> },
  connectionOf: (data: TData) => C | null | undefined,
): Paging<C['edges'][number]['node']> {
  const connection = query.data ? connectionOf(query.data) : null;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];
  const cursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  return {
    nodes,
    shown: nodes.length,
    total: connection?.totalCount ?? nodes.length,
    hasMore: Boolean(cursor),
    loadMore: () =>
      cursor
        ? query.fetchMore({
            variables: { after: cursor },
            updateQuery: (previous, { fetchMoreResult }) => {
              const next = connectionOf(fetchMoreResult);
              return next ? replaceWithin(fetchMoreResult, next, appendPage(previous ? connectionOf(previous) : null, next)) : previous;
            },
          })
        : Promise.resolve(),
  };
}
