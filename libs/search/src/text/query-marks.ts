import { BoundedCache } from './bounded-cache.js';
import type { PreparedSearchQuery } from './distill-query.js';
import { escapeHtml } from './html.js';
import { normalizeText, tokenScript, WORD_RUN } from './normalize.js';
import { stemWord } from './stem.js';
import { MEILI_MAX_SYNONYM_KEY_WORDS, synonymsOf } from './synonyms.js';
import { transliterationVariants } from './transliterate.js';

/** Words of this many letters are forgiven one typo, from TWO_TYPOS on two (the index's typoTolerance, base-settings.ts). */
const ONE_TYPO = 5;
const TWO_TYPOS = 9;
/** How many words a cropped text keeps around its matches. */
export const CROP_WORDS = 24;
const CROP_MARKER = '…';

/**
 * What a search query marks in a listing's text: the words Meilisearch matched it by, found again in
 * the text the reader sees (so a page needs no second search for its highlights).
 */
export interface QueryMarks {
  /** Normalised words and stems a text word is marked for: the query's, their synonyms', their spellings in the other script. */
  readonly words: ReadonlySet<string>;
  /** Multi-word synonyms ("dump truck" for «самосвал»), as stems: marked where all stand in a row. */
  readonly phrases: ReadonlyArray<readonly string[]>;
  /** Query words forgiven typos where the field forgives them, with their stems. */
  readonly typoWords: ReadonlyArray<{ word: string; stem: string }>;
  /** The last query word (and its stem) as the start of a word: the searcher may still be typing it. */
  readonly prefixes: readonly string[];
  /** Text words already compared with `typoWords` (a page repeats its words): whether one is near. */
  readonly nearWords: Map<string, boolean>;
}

/**
 * The marks of a query, as Meilisearch matches it: each content word by its form and its stem, its
 * synonyms and those of each run of up to three words, brand spellings in the other script, typos in
 * words of 5+ letters (two from 9), and the last word of two letters or more as a prefix (one letter
 * is a word of its own, see search-request's `exactLastLetter`).
 * @example markText('Карьерный самосвал БелАЗ', queryMarks(prepareSearchQuery('самосвалы belaz')), { typos: true })
 *   // 'Карьерный <mark>самосвал</mark> <mark>БелАЗ</mark>'
 */
export function queryMarks(query: PreparedSearchQuery): QueryMarks {
  const words = new Set<string>();
  const phrases: string[][] = [];
  const addTerm = (term: string) => {
    const stems = term.split(' ').map(stemWord);
    if (stems.length === 1) words.add(term).add(stems[0]!);
    else phrases.push(stems);
  };
  const terms = query.terms;
  for (const term of terms) {
    addTerm(term.word);
    addTerm(term.stem);
    for (const variant of term.kind === 'word' ? transliterationVariants(term.word) : []) addTerm(variant);
  }
  // Synonyms of each word and of each run of up to three adjacent words, by form and by stem.
  for (let i = 0; i < terms.length; i++) {
    for (let n = 1; n <= MEILI_MAX_SYNONYM_KEY_WORDS && i + n <= terms.length; n++) {
      const run = terms.slice(i, i + n);
      for (const key of new Set([run.map((t) => t.word).join(' '), run.map((t) => t.stem).join(' ')])) synonymsOf(key).forEach(addTerm);
    }
  }
  const typoWords = terms
    .filter((t) => t.kind === 'word' && t.word.length >= ONE_TYPO && tokenScript(t.word) !== 'mixed')
    .map((t) => ({ word: t.word, stem: t.stem }));
  const last = query.normalized.split(' ').pop() ?? '';
  const prefixes = last.length >= 2 ? [...new Set([last, stemWord(last)])] : [];
  return { words, phrases, typoWords, prefixes, nearWords: new Map() };
}

interface Token {
  start: number;
  end: number;
  /** Normalised form and stem. */
  word: string;
  stem: string;
}

const tokenForms = new BoundedCache<string, { word: string; stem: string }>(50_000);
const formsOf = (raw: string) => {
  const word = normalizeText(raw);
  return { word, stem: stemWord(word) };
};

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const raw = match[0];
    const { word, stem } = tokenForms.get(raw, () => formsOf(raw));
    tokens.push({ start: match.index, end: match.index + raw.length, word, stem });
  }
  return tokens;
}

/**
 * A text with the words `marks` match wrapped in <mark>…</mark> and everything else HTML-escaped;
 * null when no word matches. `typos`: whether the field forgives typos (titles and keywords, not
 * descriptions: TYPO_FREE_ATTRIBUTES). `crop`: keep only the CROP_WORDS words around the most
 * matches, with "…" where text was cut (a description).
 */
export function markText(text: string, marks: QueryMarks, options: { typos: boolean; crop?: boolean }): string | null {
  const tokens = tokensOf(text);
  const marked = tokens.map((t) => isMarked(t, marks, options.typos));
  for (const phrase of marks.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((stem, k) => tokens[i + k]!.stem === stem)) marked.fill(true, i, i + phrase.length);
    }
  }
  if (!marked.includes(true)) return null;
  const [from, to] = options.crop ? cropWindow(marked, CROP_WORDS) : [0, tokens.length - 1];
  let html = from > 0 ? CROP_MARKER : '';
  let at = options.crop ? tokens[from]!.start : 0;
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    if (!marked[i]) continue;
    html += `${escapeHtml(text.slice(at, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    at = token.end;
  }
  const end = options.crop ? tokens[to]!.end : text.length;
  html += escapeHtml(text.slice(at, end));
  return to < tokens.length - 1 ? `${html}${CROP_MARKER}` : html;
}

function isMarked(token: Token, marks: QueryMarks, typos: boolean): boolean {
  if (marks.words.has(token.word) || marks.words.has(token.stem)) return true;
  for (const prefix of marks.prefixes) if (token.word.startsWith(prefix)) return true;
  if (!typos || token.word.length < ONE_TYPO - 1 || marks.typoWords.length === 0) return false;
  let near = marks.nearWords.get(token.word);
  if (near === undefined) {
    const script = tokenScript(token.word);
    near =
      script !== 'mixed' &&
      script !== 'numeric' &&
      marks.typoWords.some((q) => withinTypos(token.word, q.word) || ((token.stem !== token.word || q.stem !== q.word) && withinTypos(token.stem, q.stem)));
    marks.nearWords.set(token.word, near);
  }
  return near;
}

/** Whether `word` is `query` with at most the typos a query word of its length is forgiven (Damerau-Levenshtein, swaps count one). */
export function withinTypos(word: string, query: string): boolean {
  const allowed = query.length >= TWO_TYPOS ? 2 : query.length >= ONE_TYPO ? 1 : 0;
  if (allowed === 0 || Math.abs(word.length - query.length) > allowed) return word === query;
  return editDistance(word, query, allowed) <= allowed;
}

// Three rows of the distance table, reused (words are short; grown when one is not).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance of `a` and `b`, stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return best;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** The first and last word of the `size` words with the most marks, its marks centred where the text allows. */
function cropWindow(marked: readonly boolean[], size: number): [number, number] {
  if (marked.length <= size) return [0, marked.length - 1];
  let count = 0;
  let best = -1;
  let bestStart = 0;
  for (let i = 0; i < marked.length; i++) {
    if (marked[i]) count++;
    if (i >= size && marked[i - size]) count--;
    if (i >= size - 1 && count > best) {
      best = count;
      bestStart = i - size + 1;
    }
  }
  const first = marked.indexOf(true, bestStart);
  const last = marked.lastIndexOf(true, bestStart + size - 1);
  const slack = size - (last - first + 1);
  const start = Math.max(0, Math.min(first - Math.floor(slack / 2), marked.length - size));
  return [start, start + size - 1];
}
