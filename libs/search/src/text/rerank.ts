import { rarity, type DocumentFrequencies } from './fallback-queries.js';
import type { RerankTerm } from './rerank-terms.js';

/** One hit of the engine's window: its id, the engine's score (0..1) and its stemmed text by field. */
export interface RerankCandidate {
  id: string;
  /** The engine's (weighted) ranking score, 0..1. */
  score: number;
  /** Stemmed words of each field, space-separated (the `*Stemmed` fields the documents hold). */
  fields: Readonly<Record<string, string | undefined>>;
}

export interface RerankOptions {
  /** How much one occurrence in each field counts; fields not named here are not read. */
  fieldWeights: Readonly<Record<string, number>>;
  /** Term-frequency saturation (Okapi k1). */
  k1: number;
  /** Length normalisation (Okapi b): 0 none, 1 full. */
  b: number;
  /** The share of the final score given to the term weights; the rest is the engine's score. */
  termShare: number;
}

/**
 * Field weights (title > keywords > category > description), saturation and length normalisation of
 * the term weights, and their share against Meilisearch's ranking score.
 */
export const RERANK_OPTIONS: RerankOptions = {
  fieldWeights: { organizationStemmed: 2, titleStemmed: 2, keywordsStemmed: 2, categoryNamesStemmed: 1, descriptionStemmed: 1 },
  k1: 2,
  b: 0.75,
  termShare: 0.85,
};

/**
 * BM25F of one candidate over the query words, scaled to 0..1 (1: every word, each saturated in its
 * fields, so the score does not depend on how many words the query has). A word counts wherever one of
 * its alternatives stands (its stem, a synonym's stems in a row). `averageLengths`: the mean word
 * count of each field over the window, for the length normalisation.
 */
export function termScore(
  candidate: RerankCandidate,
  terms: readonly RerankTerm[],
  weights: ReadonlyMap<string, number>,
  averageLengths: Readonly<Record<string, number>>,
  options: RerankOptions,
): number {
  const fields = Object.keys(options.fieldWeights);
  return scoreOfFields(readFields(candidate, fields), fields, terms, weights, averageLengths, options);
}

/** A field of a candidate as the score reads it: single-spaced text and its word count. */
interface ReadField {
  text: string;
  length: number;
}

function readFields(candidate: RerankCandidate, fields: readonly string[]): ReadField[] {
  return fields.map((field) => singleSpaced(candidate.fields[field] ?? ''));
}

function scoreOfFields(
  read: readonly ReadField[],
  fields: readonly string[],
  terms: readonly RerankTerm[],
  weights: ReadonlyMap<string, number>,
  averageLengths: Readonly<Record<string, number>>,
  options: RerankOptions,
): number {
  const patterns = patternsOf(terms);
  const counts = new Array<number>(terms.length).fill(0);
  for (let f = 0; f < fields.length; f++) {
    const { text, length } = read[f]!;
    if (length === 0) continue;
    const field = fields[f]!;
    const norm = 1 - options.b + (options.b * length) / Math.max(averageLengths[field] ?? 1, 1);
    const fieldWeight = options.fieldWeights[field] ?? 0;
    for (let term = 0; term < patterns.length; term++) {
      const found = occurrences(text, patterns[term]!);
      if (found > 0) counts[term]! += (found * fieldWeight) / norm;
    }
  }
  let total = 0;
  let score = 0;
  terms.forEach((term, i) => {
    const weight = weights.get(term.stem) ?? 0;
    const tf = counts[i]!;
    total += weight;
    score += (weight * tf) / (tf + options.k1);
  });
  return total > 0 ? score / total : 0;
}

// Each term's alternatives as the text they stand as in a field (stems joined by one space), made once per query.
const patternCache = new WeakMap<readonly RerankTerm[], string[][]>();

function patternsOf(terms: readonly RerankTerm[]): string[][] {
  let patterns = patternCache.get(terms);
  if (!patterns) {
    patterns = terms.map((t) => [...new Set(t.alternatives.filter((stems) => stems.length > 0).map((stems) => stems.join(' ')))]);
    patternCache.set(terms, patterns);
  }
  return patterns;
}

/**
 * How many word positions of `text` (words set apart by single spaces) start one of `alternatives` as
 * whole words: a position where two alternatives of the word begin counts once. Found by searching the
 * text rather than splitting it, so re-ranking a window allocates next to nothing.
 */
function occurrences(text: string, alternatives: readonly string[]): number {
  if (alternatives.length === 1) return countWhole(text, alternatives[0]!);
  let starts: number[] | undefined;
  for (const pattern of alternatives) {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      if (!isWhole(text, at, pattern.length)) continue;
      starts ??= [];
      if (!starts.includes(at)) starts.push(at);
    }
  }
  return starts?.length ?? 0;
}

function countWhole(text: string, pattern: string): number {
  let n = 0;
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) if (isWhole(text, at, pattern.length)) n++;
  return n;
}

function isWhole(text: string, at: number, length: number): boolean {
  return (at === 0 || text.charCodeAt(at - 1) === SPACE) && (at + length === text.length || text.charCodeAt(at + length) === SPACE);
}

const SPACE = 32;

/**
 * Each distinct query stem's weight: its rarity in the index, all alike when nothing is counted. A
 * word held by no listing as such weighs as the rarest word would (held by one): only a synonym or a
 * transliteration of it can match, and such a listing is the one that has what was asked for
 * («прокат» of «сортовой прокат» stands in listings as «металлопрокат»).
 */
export function stemWeights(stems: readonly string[], frequencies?: DocumentFrequencies): Map<string, number> {
  const out = new Map<string, number>();
  for (const stem of new Set(stems)) {
    out.set(stem, frequencies ? rarity(Math.max(frequencies.of.get(stem) ?? 0, 1), frequencies.documents) : 1);
  }
  return out;
}

/**
 * The engine's window of hits for a text query, re-ordered by a mix of its ranking score and a BM25F
 * term score over the candidates' own stemmed fields: Meilisearch ranks by how many words match, in
 * rarity order, and then by proximity and position; it does not weigh the summed rarity of the words
 * a listing holds against the listing's length, which is what tells a short, on-topic listing from a
 * long one that mentions the words in passing. Each candidate comes back with the mixed score (0..1);
 * ties keep the engine's order. Returns a new array.
 */
export function rerank<T extends RerankCandidate>(
  candidates: readonly T[],
  terms: readonly RerankTerm[],
  frequencies?: DocumentFrequencies,
  options: RerankOptions = RERANK_OPTIONS,
): T[] {
  if (candidates.length === 0 || terms.length === 0) return [...candidates];
  const weights = stemWeights(terms.map((t) => t.stem), frequencies);
  const fields = Object.keys(options.fieldWeights);
  // Each candidate's fields are read once: the averages and the score both use them.
  const read = candidates.map((candidate) => readFields(candidate, fields));
  const averageLengths: Record<string, number> = {};
  fields.forEach((field, f) => {
    averageLengths[field] = read.reduce((sum, r) => sum + r[f]!.length, 0) / candidates.length;
  });
  const scored = candidates.map((candidate, rank) => ({
    candidate,
    rank,
    value: options.termShare * scoreOfFields(read[rank]!, fields, terms, weights, averageLengths, options) + (1 - options.termShare) * candidate.score,
  }));
  scored.sort((x, y) => y.value - x.value || x.rank - y.rank);
  return scored.map((s) => ({ ...s.candidate, score: s.value }));
}

/**
 * The score of a hit beyond the re-ranked window: its engine score's share alone (its term score is
 * not computed, so counted as none). Never above a score inside the window, since every hit there
 * had at least that share of an engine score no lower.
 */
export function beyondWindowScore(engineScore: number, options: RerankOptions = RERANK_OPTIONS): number {
  return (1 - options.termShare) * engineScore;
}

/**
 * One page of a re-ranked search: the engine's hits from the first one on (at least `window` of them
 * when there are), the first `window` re-ranked, the rest in the engine's order (`beyondWindowScore`),
 * so pages that cross the window's edge neither repeat nor skip a hit and scores never rise.
 */
export function rerankedPage<T extends RerankCandidate>(
  hits: readonly T[],
  page: { offset: number; limit: number; window: number },
  terms: readonly RerankTerm[],
  frequencies?: DocumentFrequencies,
  options: RerankOptions = RERANK_OPTIONS,
): T[] {
  const head = rerank(hits.slice(0, page.window), terms, frequencies, options);
  const tail = hits.slice(page.window).map((h) => ({ ...h, score: beyondWindowScore(h.score, options) }));
  return [...head, ...tail].slice(page.offset, page.offset + page.limit);
}

/** The text with its words set apart by one space (the documents' stemmed fields already are), and how many words. */
function singleSpaced(text: string): ReadField {
  if (text.length === 0) return { text, length: 0 };
  if (text.includes('  ') || text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE) {
    const words = text.split(' ').filter(Boolean);
    return { text: words.join(' '), length: words.length };
  }
  let spaces = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) spaces++;
  return { text, length: spaces + 1 };
}
