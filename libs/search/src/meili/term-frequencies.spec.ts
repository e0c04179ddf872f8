import { describe, expect, it } from '@jest/globals';
import type { MeiliService } from './meili.service.js';
import { TermFrequencies } from './term-frequencies.js';

/** A MeiliService stand-in answering counts from a table and recording the words it was asked for. */
function fakeMeili(counts: Record<string, number>, documents = 100) {
  const asked: string[][] = [];
  const meili = {
    multiSearch: async ({ queries }: { queries: Array<{ q: string }> }) => {
      asked.push(queries.slice(1).map((q) => q.q));
      return { results: queries.map((q) => ({ estimatedTotalHits: q.q === '' ? documents : (counts[q.q.replace(/"/g, '')] ?? 0) })) };
    },
  } as unknown as MeiliService;
  return { meili, asked };
}

describe('TermFrequencies', () => {
  it('counts each word once per minute and the index size with it', async () => {
    const { meili, asked } = fakeMeili({ самосвал: 12, карьерн: 3 });
    const frequencies = new TermFrequencies(meili);
    const first = await frequencies.of('offerings', ['самосвал', 'карьерн'], ['titleStemmed'], 0);
    expect(first).toEqual({ documents: 100, of: new Map([['самосвал', 12], ['карьерн', 3]]) });
    await frequencies.of('offerings', ['самосвал'], ['titleStemmed'], 30_000);
    expect(asked).toEqual([['"самосвал"', '"карьерн"']]);
    await frequencies.of('offerings', ['самосвал'], ['titleStemmed'], 61_000);
    expect(asked).toHaveLength(2);
  });

  it('asks again for a word no document held (it may just have been added), and keeps indexes apart', async () => {
    const counts: Record<string, number> = {};
    const { meili, asked } = fakeMeili(counts);
    const frequencies = new TermFrequencies(meili);
    expect((await frequencies.of('offerings', ['трал'], ['titleStemmed'], 0)).of.get('трал')).toBe(0);
    counts['трал'] = 2;
    expect((await frequencies.of('offerings', ['трал'], ['titleStemmed'], 1)).of.get('трал')).toBe(2);
    await frequencies.of('needs', ['трал'], ['titleStemmed'], 2);
    expect(asked).toEqual([['"трал"'], ['"трал"'], ['"трал"']]);
  });
});
