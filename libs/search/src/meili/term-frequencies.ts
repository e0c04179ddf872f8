import { Injectable } from '@nestjs/common';
import type { DocumentFrequencies } from '../text/fallback-queries.js';
import { MeiliService } from './meili.service.js';

/** How long a count is trusted: rarity moves slowly, and a stale one only shifts weights. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

interface Entry {
  count: number;
  until: number;
}

/**
 * How many documents of an index hold each word (exactly, in the given fields), for the rarity
 * weights of the any-word fallback. Counts come from Meilisearch itself (one multi-search of
 * `limit: 0` phrase queries for the words not known yet, plus the index's size) and are kept a
 * minute; a word held by no document is asked again next time (it may just have been added). Counts
 * are exact at any size (maxTotalHits is out of reach).
 * @example const df = await frequencies.of('offerings', ['самосвал', 'карьерн'], STEMMED_SEARCH_FIELDS);
 */
@Injectable()
export class TermFrequencies {
  private readonly counts = new Map<string, Entry>();

  constructor(private readonly meili: MeiliService) {}

  async of(indexUid: string, stems: readonly string[], fields: readonly string[], now = Date.now()): Promise<DocumentFrequencies> {
    const key = (stem: string) => `${indexUid}\u0000${stem}`;
    const fresh = (k: string) => {
      const entry = this.counts.get(k);
      return entry && entry.until > now ? entry : undefined;
    };
    const missing = [...new Set(stems)].filter((s) => !fresh(key(s)));
    const sizeKey = `${indexUid}\u0000`;
    if (missing.length > 0 || !fresh(sizeKey)) {
      const queries = [
        { indexUid, q: '', limit: 0 },
        ...missing.map((stem) => ({ indexUid, q: `"${stem}"`, limit: 0, attributesToSearchOn: [...fields] })),
      ];
      const { results } = await this.meili.multiSearch({ queries });
      if (this.counts.size + missing.length + 1 > MAX_ENTRIES) this.counts.clear();
      const until = now + TTL_MS;
      this.counts.set(sizeKey, { count: results[0]?.estimatedTotalHits ?? 0, until });
      missing.forEach((stem, i) => {
        const count = results[i + 1]?.estimatedTotalHits ?? 0;
        if (count > 0) this.counts.set(key(stem), { count, until });
        else this.counts.delete(key(stem));
      });
    }
    const of = new Map<string, number>();
    for (const stem of stems) of.set(stem, this.counts.get(key(stem))?.count ?? 0);
    return { documents: this.counts.get(sizeKey)?.count ?? 0, of };
  }
}
