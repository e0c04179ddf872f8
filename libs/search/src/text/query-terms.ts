import { isModelToken, normalizeText, tokenize } from './normalize.js';
import { stemWord } from './stem.js';
import { isStopWord } from './stop-words.js';

/**
 * How much a query word can carry on its own: a `word`, a `model` code ("75570", "т150к", "МАЗ-203"),
 * or a `quantity` (a bare number such as "90" or "40", a one-letter unit such as "т"). Quantities
 * narrow the words around them but say nothing alone: no listing is wanted for "90" only.
 */
export type QueryTermKind = 'word' | 'model' | 'quantity';

export interface QueryTerm {
  /** The normalised word as typed (its first form in the query). */
  word: string;
  stem: string;
  kind: QueryTermKind;
}

/**
 * Query words looked at one by one (the any-word fallback): more than Meilisearch's 10, as a long
 * formal query ("Машины и оборудование для ... прочие") must not lose its last words.
 */
export const MAX_QUERY_TERMS = 16;

/**
 * The distinct content words of a user query in source order: normalised, stop words out (unless the
 * query is nothing else), one per stem, at most MAX_QUERY_TERMS.
 * @example queryTerms('Карьерный самосвал 90 т') // карьерн (word), самосвал (word), 90 and т (quantity)
 */
export function queryTerms(raw: string | null | undefined): QueryTerm[] {
  const normalized = normalizeText(raw);
  const tokens = tokenize(normalized);
  const content = tokens.filter((t) => !isStopWord(t));
  const models = hyphenatedNumbers(normalized);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of content.length > 0 ? content : tokens) {
    const stem = stemWord(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ word, stem, kind: termKind(word, models) });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

function termKind(word: string, models: ReadonlySet<string>): QueryTermKind {
  if (isModelToken(word)) return looksLikeModel(word, models) ? 'model' : 'quantity';
  return word.length < 2 ? 'quantity' : 'word';
}

/**
 * Models and types: codes mixing letters and digits ("6x4", "т150к"), numbers hyphen-joined to
 * a word ("маз-203", "д-260") and numbers of 4+ digits ("75570", "3522"). Other numbers
 * ("40" buses, "350" hp) are quantities and specifications.
 */
export function looksLikeModel(word: string, hyphenated: ReadonlySet<string>): boolean {
  if (!isModelToken(word)) return false;
  if (/\p{L}/u.test(word) || hyphenated.has(word)) return true;
  return word.length >= 4 && !/^(19|20)\d\d$/.test(word); // "2027" is a year
}

/** Numbers written right after a word and a hyphen: "МАЗ-203" → "203". */
export function hyphenatedNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{L}-(\p{N}+)(?![\p{L}\p{N}])/gu)].map((m) => m[1] ?? ''));
}
