import { MEILI_MAX_SYNONYM_KEY_WORDS, synonymsOf } from './synonyms.js';
import { stemTokens } from './stem.js';
import { cyrillicToLatin, latinToCyrillic } from './transliterate.js';
import { tokenScript } from './normalize.js';
import type { QueryTerm } from './query-terms.js';

/** A query word as the re-rank counts it: its stem, and every stem sequence that stands for it in a listing. */
export interface RerankTerm {
  stem: string;
  /** Stem sequences (one stem, or a multi-word synonym's stems in order) counted as the word; the stem itself first. */
  alternatives: string[][];
}

/**
 * The query words with what Meilisearch also accepts for them, so a listing found through a synonym
 * or in the other script is not taken for one without the word: the synonyms of the word and of its
 * stem ("dump" and "truck" of "dump trucks" both stand for «самосвал», a synonym of the phrase), and
 * its transliteration ("belarus" for «беларус»). Typos are not followed (Meilisearch's score keeps them).
 */
export function rerankTerms(terms: readonly QueryTerm[]): RerankTerm[] {
  const out = terms.map((term) => {
    const alternatives = new Map<string, string[]>([[term.stem, [term.stem]]]);
    const add = (text: string) => {
      const stems = stemTokens(text);
      if (stems.length > 0) alternatives.set(stems.join(' '), stems);
    };
    for (const synonym of [...synonymsOf(term.word), ...synonymsOf(term.stem)]) add(synonym);
    const script = tokenScript(term.word);
    if (script === 'cyrillic') add(cyrillicToLatin(term.word));
    else if (script === 'latin') add(latinToCyrillic(term.word));
    return { term, alternatives };
  });
  // Synonyms of runs of adjacent query words stand for each word of the run.
  for (let i = 0; i < out.length; i++) {
    for (let n = 2; n <= MEILI_MAX_SYNONYM_KEY_WORDS && i + n <= out.length; n++) {
      const run = out.slice(i, i + n);
      const phrases = [run.map((r) => r.term.word).join(' '), run.map((r) => r.term.stem).join(' ')];
      for (const synonym of phrases.flatMap((p) => synonymsOf(p))) {
        const stems = stemTokens(synonym);
        if (stems.length > 0) for (const r of run) r.alternatives.set(stems.join(' '), stems);
      }
    }
  }
  return out.map(({ term, alternatives }) => ({ stem: term.stem, alternatives: [...alternatives.values()] }));
}
