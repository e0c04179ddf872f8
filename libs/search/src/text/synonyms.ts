import { readFileSync } from 'node:fs';
import { repoPath } from '@tradebridge/core';
import { BoundedCache } from './bounded-cache.js';
import { tokenize } from './normalize.js';
import { stemText } from './stem.js';

/**
 * Bilingual synonyms, kept as data in data/search/synonyms.json: an array of groups of
 * mutually synonymous terms (RU, EN, brand spellings). Terms are normalised (lower-case,
 * ё → е, words separated by one space, no punctuation) and at most 3 words long.
 *
 * How Meilisearch 1.x treats them (settings docs, "Synonyms"; meilisearch#3125;
 * meilisearch/documentation#2676):
 * - synonyms are lower-cased and de-unicoded at indexing, so a normalised list is what it
 *   compares anyway;
 * - a multi-word synonym is searched as a phrase ("dump truck" needs the two words adjacent);
 * - only query terms of 1 to 3 words are looked up as keys, so a longer term could never
 *   fire: the data keeps every term at 3 words or fewer;
 * - a term gets at most 50 synonyms and at most 100 words across its multi-word synonyms;
 *   further ones are silently ignored, so `toMeilisearchSynonyms` caps the lists itself;
 * - synonyms are index-wide and expand every query word outside a phrase; a phrase ("…") is
 *   searched as it stands, without synonyms, typos or prefix.
 *
 * Stemmed forms: the data holds surface forms only; `expandGroupsWithStems` works out each term's
 * stemmed form (same stemmer as the `*Stemmed` fields) at settings-build time, so a stemmed query
 * "самосвал" or "dump truck" meets its synonyms in the stemmed fields. Short stems ("сем" of
 * "семена" is also the stem of "семь") and stems shared by two groups are left out.
 * The Meilisearch setting holds the stems only (`stemmedGroups`): the stemmed query, on the stemmed
 * fields, is the one that meets synonyms. Meilisearch reads its whole synonym table for every query
 * word it looks up, so each key costs every search; the surface terms were 42 % of the keys and bought
 * nothing measurable (OKPD2 dev and demo NDCG@10 within 0.003). The raw query looks nothing up: it
 * asks for the exact words (search-request's `exactWordsQuery`). Both together: 13.1 -> 10.5 ms of
 * Meilisearch CPU per multi-word search, 6.3 -> 5.1 per one-word search (tools/bench/synonym-cost.ts).
 * The API's own look-ups (`synonymsOf`: marks, re-rank, reasons) keep both kinds.
 */
export type SynonymGroup = readonly string[];
export type MeilisearchSynonyms = Record<string, string[]>;

/** Meilisearch's own limits per term (see above). */
export const MEILI_MAX_SYNONYMS_PER_TERM = 50;
export const MEILI_MAX_SYNONYM_WORDS_PER_TERM = 100;
export const MEILI_MAX_SYNONYM_KEY_WORDS = 3;

let cachedGroups: readonly SynonymGroup[] | undefined;
let cachedStemmedGroups: readonly SynonymGroup[] | undefined;
let cachedMeilisearch: MeilisearchSynonyms | undefined;
let cachedAll: MeilisearchSynonyms | undefined;

export function synonymsPath(): string {
  return repoPath('data', 'search', 'synonyms.json');
}

/** The canonical form of a synonym term: normalised words joined by one space. */
export function canonicalTerm(term: string): string {
  return tokenize(term).join(' ');
}

/**
 * Validates and canonicalises raw groups: terms canonicalised, empty and duplicate terms
 * dropped, groups with fewer than two distinct terms dropped.
 */
export function parseSynonymGroups(raw: unknown): SynonymGroup[] {
  if (!Array.isArray(raw)) throw new Error('synonyms: expected an array of groups');
  const groups: SynonymGroup[] = [];
  raw.forEach((group, index) => {
    if (!Array.isArray(group) || !group.every((t) => typeof t === 'string')) {
      throw new Error(`synonyms: group ${index} is not an array of strings`);
    }
    const terms = [...new Set((group as string[]).map(canonicalTerm).filter(Boolean))];
    if (terms.length >= 2) groups.push(terms);
  });
  return groups;
}

/** The synonym groups of data/search/synonyms.json (read once, cached). */
export function loadSynonymGroups(): readonly SynonymGroup[] {
  cachedGroups ??= parseSynonymGroups(JSON.parse(readFileSync(synonymsPath(), 'utf8')));
  return cachedGroups;
}

/**
 * Adds each term's stemmed form to its group (see the module comment). A stemmed form is left
 * out when one of its words is shorter than `minStemLength` (4) letters, unless two terms of
 * the group share it ("шина", "шины" → "шин"), and when it also comes out of another group
 * (Porter2 stems both "engine" and "engineering" to "engin"): an ambiguous stem would join
 * unrelated groups.
 */
export function expandGroupsWithStems(
  groups: readonly SynonymGroup[],
  options: { minStemLength?: number } = {},
): SynonymGroup[] {
  const minStemLength = options.minStemLength ?? 4;
  const surface = new Set(groups.flat());
  const stemsPerGroup = groups.map((group) => {
    const counts = new Map<string, { count: number; term: string }>();
    for (const term of group) {
      const stemmed = stemText(term);
      if (stemmed && !group.includes(stemmed)) counts.set(stemmed, { count: (counts.get(stemmed)?.count ?? 0) + 1, term: counts.get(stemmed)?.term ?? term });
    }
    return counts;
  });
  const groupsOfStem = new Map<string, number>();
  for (const counts of stemsPerGroup) {
    for (const stemmed of counts.keys()) groupsOfStem.set(stemmed, (groupsOfStem.get(stemmed) ?? 0) + 1);
  }
  return groups.map((group, i) => {
    const terms = [...group];
    for (const [stemmed, { count, term }] of stemsPerGroup[i] ?? []) {
      if ((groupsOfStem.get(stemmed) ?? 0) > 1 || surface.has(stemmed)) continue;
      // Only words the stemmer shortened count ("семена" → "сем" is ambiguous; "bus" in "citi bus" is not).
      const words = term.split(' ');
      const tooShort = stemmed.split(' ').some((w, k) => w.length < minStemLength && w !== words[k]);
      if (tooShort && count < 2) continue;
      terms.push(stemmed);
    }
    return terms;
  });
}

const wordCount = (term: string): number => term.split(' ').length;

/**
 * The Meilisearch `synonyms` setting: every term maps to all the other terms of its group(s)
 * (a term found in several groups gets the union, in group order). Lists are capped at
 * Meilisearch's limits (50 synonyms, 100 words across multi-word ones); keys are sorted so the
 * setting is stable between runs.
 */
export function toMeilisearchSynonyms(groups: readonly SynonymGroup[]): MeilisearchSynonyms {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim()).filter(Boolean))];
    for (const term of terms) {
      const list = map.get(term) ?? [];
      for (const other of terms) {
        if (other !== term && !list.includes(other)) list.push(other);
      }
      map.set(term, list);
    }
  }
  const result: MeilisearchSynonyms = {};
  for (const key of [...map.keys()].sort()) {
    const capped: string[] = [];
    let words = 0;
    for (const synonym of map.get(key) ?? []) {
      if (capped.length >= MEILI_MAX_SYNONYMS_PER_TERM) break;
      const n = wordCount(synonym);
      if (n > 1 && words + n > MEILI_MAX_SYNONYM_WORDS_PER_TERM) continue;
      if (n > 1) words += n;
      capped.push(synonym);
    }
    if (capped.length > 0) result[key] = capped;
  }
  return result;
}

/** The synonyms setting the index is configured with: the groups' stems (a fresh copy). */
export function buildSynonymSettings(): MeilisearchSynonyms {
  return structuredClone(meilisearchSynonyms());
}

function loadStemmedGroups(): readonly SynonymGroup[] {
  cachedStemmedGroups ??= stemmedGroups(loadSynonymGroups());
  return cachedStemmedGroups;
}

function meilisearchSynonyms(): MeilisearchSynonyms {
  cachedMeilisearch ??= toMeilisearchSynonyms(loadStemmedGroups());
  return cachedMeilisearch;
}

/** Every term's synonyms, surface forms and stems alike: what the API looks up. */
function allSynonyms(): MeilisearchSynonyms {
  cachedAll ??= toMeilisearchSynonyms([...loadSynonymGroups(), ...loadStemmedGroups()]);
  return cachedAll;
}

/**
 * Each group in its stemmed forms only: the stems `expandGroupsWithStems` admits, plus the terms
 * that are their own stem ("dump truck", "самосвал"). Groups left with fewer than two are dropped.
 */
export function stemmedGroups(groups: readonly SynonymGroup[], options: { minStemLength?: number } = {}): SynonymGroup[] {
  return expandGroupsWithStems(groups, options)
    .map((terms, i) => {
      const surface = new Set(groups[i]);
      return terms.filter((term) => !surface.has(term) || stemText(term) === term);
    })
    .filter((terms) => terms.length >= 2);
}

/**
 * All terms synonymous with a normalised term (for explaining matches and for query
 * expansion outside Meilisearch); empty when the term is in no group.
 */
export function synonymsOf(term: string): readonly string[] {
  // Matching asks for the same terms for every candidate pair; canonicalising costs a tokenisation.
  return synonymsCache.get(term, () => allSynonyms()[canonicalTerm(term)] ?? []);
}

const synonymsCache = new BoundedCache<string, readonly string[]>(20_000);

/**
 * Query words as one Meilisearch query in which only the words that form a multi-word synonym
 * ("dump truck", "карьерн самосвал") stay adjacent; the others are set apart by a hard separator
 * (", "). Meilisearch looks every query word and every run of 2–3 adjacent words up in its synonym
 * table, reading the whole table each time (~1 ms with ours), so a 6-word query of adjacent words
 * pays for 15 look-ups and one set apart for 6 to 8: 25 -> 10 ms a matching query, measured. For
 * queries distilled from listings, whose word order is not a phrase anyone typed.
 */
export function phraseSeparatedQuery(words: readonly string[]): string {
  const phrases = multiWordTerms();
  const joined = new Array<boolean>(Math.max(0, words.length - 1)).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= MEILI_MAX_SYNONYM_KEY_WORDS && i + n <= words.length; n++) {
      if (phrases.has(words.slice(i, i + n).join(' '))) joined.fill(true, i, i + n - 1);
    }
  }
  return words.reduce((query, word, i) => (i === 0 ? word : `${query}${joined[i - 1] ? ' ' : ', '}${word}`), '');
}

let cachedMultiWordTerms: ReadonlySet<string> | undefined;
function multiWordTerms(): ReadonlySet<string> {
  cachedMultiWordTerms ??= new Set(Object.keys(meilisearchSynonyms()).filter((term) => term.includes(' ')));
  return cachedMultiWordTerms;
}
