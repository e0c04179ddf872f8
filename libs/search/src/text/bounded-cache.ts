/**
 * A memo with a size bound for pure, repeated computations (stems, word indexes, patterns). When full
 * it is cleared rather than tracking recency: the hot entries of a catalogue vocabulary come back at
 * once, and the bound keeps memory flat however much text passes through.
 * @example const stems = new BoundedCache<string, string>(50_000); stems.get(word, () => stem(word));
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxEntries: number) {}

  get(key: K, compute: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = compute();
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
