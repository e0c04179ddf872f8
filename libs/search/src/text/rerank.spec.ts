import { describe, expect, it } from '@jest/globals';
import type { DocumentFrequencies } from './fallback-queries.js';
import { rerank, rerankedPage, RERANK_OPTIONS, stemWeights, termScore, type RerankCandidate } from './rerank.js';
import { rerankTerms, type RerankTerm } from './rerank-terms.js';
import { queryTerms } from './query-terms.js';

const hit = (id: string, score: number, titleStemmed: string, descriptionStemmed = ''): RerankCandidate => ({
  id,
  score,
  fields: { titleStemmed, descriptionStemmed },
});
const frequencies = (documents: number, counts: Record<string, number>): DocumentFrequencies => ({ documents, of: new Map(Object.entries(counts)) });
const terms = (...stems: string[]): RerankTerm[] => stems.map((stem) => ({ stem, alternatives: [[stem]] }));
const ids = (hits: readonly RerankCandidate[]) => hits.map((h) => h.id);

describe('rerank: BM25F term weights mixed with the engine score', () => {
  it('ranks a listing with the rarer word above one with the common word when the engine scored them alike', () => {
    const df = frequencies(1000, { насос: 400, центробежн: 5 });
    const hits = [hit('common', 0.6, 'насос для воды'), hit('rare', 0.6, 'центробежн агрегат для воды')];
    expect(ids(rerank(hits, terms('насос', 'центробежн'), df))).toEqual(['rare', 'common']);
  });

  it('ranks the short listing above a long one holding the same words once (length normalisation)', () => {
    const long = `насос ${'сталь лист труб уголок балк '.repeat(6)}`;
    const hits = [hit('long', 0.5, long), hit('short', 0.5, 'насос погружн')];
    expect(ids(rerank(hits, terms('насос'), undefined))).toEqual(['short', 'long']);
  });

  it('without length normalisation (b = 0) the two tie and keep the engine order', () => {
    const long = `насос ${'сталь лист труб уголок балк '.repeat(6)}`;
    const hits = [hit('long', 0.5, long), hit('short', 0.5, 'насос погружн')];
    expect(ids(rerank(hits, terms('насос'), undefined, { ...RERANK_OPTIONS, b: 0 }))).toEqual(['long', 'short']);
  });

  it('a word in the title counts more than the same word in the description', () => {
    const hits = [hit('described', 0.5, 'агрегат', 'насос'), hit('titled', 0.5, 'насос', 'агрегат')];
    expect(ids(rerank(hits, terms('насос'), undefined))).toEqual(['titled', 'described']);
  });

  it('keeps the engine order among equal candidates and when the query has no words', () => {
    const hits = [hit('a', 0.9, 'насос'), hit('b', 0.9, 'насос'), hit('c', 0.9, 'насос')];
    expect(ids(rerank(hits, terms('насос'), undefined))).toEqual(['a', 'b', 'c']);
    expect(ids(rerank(hits, [], undefined))).toEqual(['a', 'b', 'c']);
  });

  it('the engine score still counts: a far better engine score wins over a slightly better term score', () => {
    const hits = [hit('engine', 0.95, 'насос агрегат'), hit('terms', 0.05, 'насос')];
    expect(ids(rerank(hits, terms('насос'), undefined))).toEqual(['engine', 'terms']);
  });

  it('returns the mixed score, in descending order, between 0 and 1', () => {
    const df = frequencies(100, { насос: 10, агрегат: 50 });
    const out = rerank([hit('a', 0.2, 'агрегат'), hit('b', 0.9, 'насос агрегат'), hit('c', 0.5, 'прочее')], terms('насос', 'агрегат'), df);
    const scores = out.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
  });

  it('counts a word once where two of its alternatives start, whole words only, whatever the spacing', () => {
    const one = terms('самосвал');
    const both: RerankTerm[] = [{ stem: 'самосвал', alternatives: [['самосвал'], ['самосвал', 'карьерн']] }];
    const lengths = { titleStemmed: 3 };
    const score = (title: string, t: RerankTerm[]) => termScore(hit('x', 0, title), t, stemWeights(['самосвал']), lengths, RERANK_OPTIONS);
    expect(score('самосвал карьерн бел', both)).toBe(score('самосвал карьерн бел', one));
    expect(score('  самосвал   карьерн бел ', both)).toBe(score('самосвал карьерн бел', one));
    expect(score('самосвалы карьерн бел', one)).toBe(0);
    expect(score('самосвал самосвал бел', one)).toBeGreaterThan(score('самосвал бел прочее', one));
  });

  it('a listing found through a synonym counts as holding the word (multi-word synonyms in a row)', () => {
    const hits = [hit('other', 0.5, 'грузовик бортов'), hit('synonym', 0.5, 'карьерн самосвал'), hit('plain', 0.5, 'прочее')];
    const query: RerankTerm[] = [{ stem: 'dump', alternatives: [['dump'], ['самосвал']] }, { stem: 'truck', alternatives: [['truck'], ['самосвал'], ['грузов', 'автомобил']] }];
    expect(ids(rerank(hits, query, undefined))).toEqual(['synonym', 'other', 'plain']);
    const split = [hit('apart', 0.5, 'грузов прочее автомобил'), hit('together', 0.5, 'грузов автомобил прочее')];
    expect(ids(rerank(split, query, undefined))).toEqual(['together', 'apart']);
  });

  it('a word no listing holds as such weighs as the rarest word (only its synonyms can match it)', () => {
    const weights = stemWeights(['прокат', 'сортов'], frequencies(400, { сортов: 20 }));
    expect(weights.get('прокат')).toBeGreaterThan(weights.get('сортов')!);
    const query: RerankTerm[] = [{ stem: 'сортов', alternatives: [['сортов']] }, { stem: 'прокат', alternatives: [['прокат'], ['металлопрокат']] }];
    const hits = [hit('seeds', 0.6, 'семен ячмен', 'сортов качеств'), hit('steel', 0.5, 'металлопрокат арматур')];
    expect(ids(rerank(hits, query, frequencies(400, { сортов: 20 })))).toEqual(['steel', 'seeds']);
  });
});

describe('rerankTerms: what stands for a query word in a listing', () => {
  it('the stem first, then the synonyms of the word and of phrases it is part of, and its transliteration', () => {
    const [dump, truck] = rerankTerms(queryTerms('dump trucks'));
    expect(dump?.alternatives[0]).toEqual(['dump']);
    expect(dump?.alternatives).toContainEqual(['самосвал']);
    expect(truck?.alternatives).toContainEqual(['самосвал']);
    const [belaz] = rerankTerms(queryTerms('белаз'));
    expect(belaz?.alternatives).toContainEqual(['belaz']);
  });
});

describe('rerankedPage: pages across the window edge', () => {
  // The engine's order: h0..h9; the re-rank window is the first 4, where h3 alone holds the word.
  const hits = Array.from({ length: 10 }, (_, i) => hit(`h${i}`, 0.9 - i * 0.01, i === 3 ? 'насос' : 'прочее'));
  const page = (offset: number, limit: number) => ids(rerankedPage(hits, { offset, limit, window: 4 }, terms('насос')));

  it('re-orders only inside the window; beyond it the engine order continues', () => {
    expect(page(0, 10)).toEqual(['h3', 'h0', 'h1', 'h2', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9']);
  });

  it('consecutive pages neither repeat nor skip a hit, whatever the page size', () => {
    for (const size of [1, 3, 4, 7]) {
      const seen: string[] = [];
      for (let offset = 0; offset < hits.length; offset += size) seen.push(...page(offset, size));
      expect(seen).toEqual(page(0, 10));
    }
  });

  it('scores never rise down the list across the window edge', () => {
    const scores = rerankedPage(hits, { offset: 0, limit: 10, window: 4 }, terms('насос')).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});
