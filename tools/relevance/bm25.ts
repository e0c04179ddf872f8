// The textbook baseline of the out-of-sample sets: Okapi BM25 (k1 1.2, b 0.75, Lucene's non-negative
// idf) over plain Snowball stems (Russian for Cyrillic words, English for Latin ones; no stop words, no
// synonyms, none of the product's stemming fixes). Deliberately not the product's text layer.
import * as snowballModule from 'snowball-stemmers';

type SnowballFactory = { newStemmer(language: string): { stem(word: string): string } };
const factory: SnowballFactory =
  typeof (snowballModule as Partial<SnowballFactory>).newStemmer === 'function'
    ? (snowballModule as SnowballFactory)
    : (snowballModule as unknown as { default: SnowballFactory }).default;
const russian = factory.newStemmer('russian');
const english = factory.newStemmer('english');

/** Lower-cased words (ё as е), each Snowball-stemmed. */
export function snowballStems(text: string): string[] {
  const words = text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => (/^[а-я]+$/.test(w) ? russian.stem(w) : /^[a-z]+$/.test(w) ? english.stem(w) : w));
}

export class Bm25 {
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private averageLength = 0;

  constructor(private readonly k1 = 1.2, private readonly b = 0.75) {}

  add(id: string, text: string): void {
    const doc = this.ids.length;
    const stems = snowballStems(text);
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    for (const [s, n] of tf) {
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      list.push([doc, n]);
    }
    this.ids.push(id);
    this.lengths.push(stems.length);
    this.averageLength += (stems.length - this.averageLength) / this.ids.length;
  }

  /** Ids of the best `limit` documents for `query` (each distinct query stem counted once), best first. */
  search(query: string, limit: number): string[] {
    const n = this.ids.length;
    const scores = new Map<number, number>();
    for (const stem of new Set(snowballStems(query))) {
      const list = this.postings.get(stem);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([doc]) => this.ids[doc]!);
  }
}
