import { describe, expect, it } from '@jest/globals';
import { appendPage, pagingOf, replaceWithin, type Connection } from './connection';

const page = (ids: string[], next: { totalCount: number; endCursor: string | null }): Connection => ({
  totalCount: next.totalCount,
  pageInfo: { hasNextPage: next.endCursor !== null, endCursor: next.endCursor },
  edges: ids.map((id) => ({ node: { id } })),
});
const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);

// The shape of ContactRequestsQuery: the connection under one field, beside other data.
interface Data {
  viewer: string;
  contactRequests: Connection;
}
const lens = (data: Data) => data.contactRequests;

describe('appendPage', () => {
  it("keeps the shown rows first, adds the next page's new ones and takes its count and cursor", () => {
    const merged = appendPage(page(['a', 'b'], { totalCount: 5, endCursor: 'b' }), page(['c', 'd'], { totalCount: 6, endCursor: 'd' }));
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.totalCount).toBe(6);
    expect(merged.pageInfo).toEqual({ hasNextPage: true, endCursor: 'd' });
  });

  it('lists a row the next page repeats only once, where it was shown', () => {
    const merged = appendPage(page(['a', 'b'], { totalCount: 3, endCursor: 'b' }), page(['b', 'c'], { totalCount: 3, endCursor: null }));
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged.pageInfo.hasNextPage).toBe(false);
  });

  it('is the next page alone when nothing was shown (the cache lost the first one)', () => {
    expect(ids(appendPage(undefined, page(['c'], { totalCount: 3, endCursor: null })))).toEqual(['c']);
  });
});

describe('replaceWithin', () => {
  it('copies the objects on the way to the replaced one and leaves the rest shared', () => {
    const offerings = page(['a'], { totalCount: 1, endCursor: null });
    const published = { totalCount: 1 };
    const data = Object.freeze({ organization: Object.freeze({ id: 'o', offerings, published }), me: { id: 'u' } });
    const longer = page(['a', 'b'], { totalCount: 2, endCursor: null });
    const replaced = replaceWithin(data, offerings, longer);
    expect(replaced.organization.offerings).toBe(longer);
    expect(replaced.organization.published).toBe(published);
    expect(replaced.me).toBe(data.me);
    expect(data.organization.offerings).toBe(offerings);
    expect(replaceWithin(data, { not: 'inside' }, longer)).toBe(data);
  });
});

describe('pagingOf', () => {
  it('says how many are shown of the total and fetches the page after the last cursor, appending it', async () => {
    const data: Data = { viewer: 'old', contactRequests: page(['a', 'b'], { totalCount: 4, endCursor: 'b' }) };
    const asked: unknown[] = [];
    let written: Data | undefined;
    const paging = pagingOf<Data, Connection>(
      {
        data,
        fetchMore: ({ variables, updateQuery }) => {
          asked.push(variables);
          written = updateQuery(data, { fetchMoreResult: { viewer: 'new', contactRequests: page(['c', 'd'], { totalCount: 4, endCursor: null }) } });
          return Promise.resolve();
        },
      },
      lens,
    );
    expect(paging).toMatchObject({ shown: 2, total: 4, hasMore: true });
    expect(paging.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    await paging.loadMore();
    expect(asked).toEqual([{ after: 'b' }]);
    // The rest of the data (e.g. the tab counts) is the newer answer's.
    expect(written?.viewer).toBe('new');
    expect(ids(written!.contactRequests)).toEqual(['a', 'b', 'c', 'd']);
    expect(pagingOf({ data: written, fetchMore: () => Promise.reject(new Error('not asked')) }, lens)).toMatchObject({ shown: 4, total: 4, hasMore: false });
  });

  it('asks for nothing on the last page or before the first answer', async () => {
    const fetchMore = () => Promise.reject(new Error('must not be asked'));
    const last = pagingOf({ data: { viewer: '', contactRequests: page(['a'], { totalCount: 1, endCursor: null }) }, fetchMore }, lens);
    expect(last.hasMore).toBe(false);
    await expect(last.loadMore()).resolves.toBeUndefined();
    const before = pagingOf({ data: undefined, fetchMore }, lens);
    expect(before).toMatchObject({ nodes: [], shown: 0, total: 0, hasMore: false });
    await expect(before.loadMore()).resolves.toBeUndefined();
  });

  it('passes a failed request on to the caller (the button shows it; the shown rows stay)', async () => {
    const data: Data = { viewer: '', contactRequests: page(['a'], { totalCount: 2, endCursor: 'a' }) };
    const paging = pagingOf({ data, fetchMore: () => Promise.reject(new Error('network down')) }, lens);
    await expect(paging.loadMore()).rejects.toThrow('network down');
    expect(paging.nodes.map((node) => node.id)).toEqual(['a']);
  });
});
