import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, keyed by name. Each slice exposes a small provider that asks the registry
 * for its loader, so a loader batches every call made while resolving one request.
 * @example ctx.loaders.get('organization.byId', () => new DataLoader((ids) => this.service.findByIds(ids)))
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memos = new Map<string, Promise<unknown>>();

  /**
   * `work`'s result, computed once per request for `name`: aliases that ask the same root list with the
   * same arguments (`a: organizations(first: 100) … b: organizations(first: 100)`) share one query.
   * @example return ctx.loaders.memo(`identity.organizations:${JSON.stringify(args)}`, () => this.service.listOrganizations(args));
   */
  memo<T>(name: string, work: () => Promise<T>): Promise<T> {
    let result = this.memos.get(name) as Promise<T> | undefined;
    if (!result) {
      result = work();
      this.memos.set(name, result);
    }
    return result;
  }

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders `rows` to match `keys` for a DataLoader batch function (missing keys become null). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups `rows` by key in `keys` order, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
