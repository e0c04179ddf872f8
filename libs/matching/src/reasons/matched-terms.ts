import { BoundedCache, cyrillicToLatin, latinToCyrillic, normalizeText, stemWord, synonymsOf, tokenize, tokenScript } from '@tradebridge/search';

/** At most this many terms are listed in a TEXT reason. */
export const MAX_LISTED_TERMS = 6;

export interface ListingText {
  title: string;
  keywords: readonly string[];
  description: string;
  /** With both, the listing's word index is kept across requests until it changes. */
  id?: string;
  updatedAt?: Date;
}

const UNIT = String.raw`(т|тонн|t|кг|kg|м3|m3|мм|mm|квт|kw|ква|kva|кв|kv|л\.\s?с\.?|hp|мест|seats|км|km)`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const unitPatterns = new BoundedCache<string, RegExp>(1_000);

/** "90" → "90 т" when the source says "90 т" (a number means little without its unit). */
function withUnit(word: string, source: string): string {
  if (!/^\p{N}+$/u.test(word)) return word;
  const pattern = unitPatterns.get(word, () => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}\s*${UNIT}(?![\p{L}\p{N}])`, 'u'));
  const match = pattern.exec(source);
  return match ? `${word} ${match[1]}` : word;
}

/** The other script's spelling of a word ("белаз" ↔ "belaz"), or null. */
function transliterated(word: string): string | null {
  const script = tokenScript(word);
  if (script === 'cyrillic') return cyrillicToLatin(word);
  if (script === 'latin') return latinToCyrillic(word);
  return null;
}

/** The words of a listing, as found: surface forms and stems, in the title and keywords or anywhere. */
interface WordIndex {
  strongSurface: Set<string>;
  strongStems: Set<string>;
  surface: Set<string>;
  stems: Set<string>;
}

// A listing is a candidate of many listings, in one batch and across requests: index each version once.
const INDEXES = new WeakMap<ListingText, WordIndex>();
const INDEXES_BY_VERSION = new BoundedCache<string, WordIndex>(4_000);

function indexOf(listing: ListingText): WordIndex {
  let index = INDEXES.get(listing);
  if (!index) {
    const build = () => {
      const strong = tokenize([listing.title, ...listing.keywords].join('\n'));
      const all = [...strong, ...tokenize(listing.description)];
      return { strongSurface: new Set(strong), strongStems: new Set(strong.map(stemWord)), surface: new Set(all), stems: new Set(all.map(stemWord)) };
    };
    index = listing.id && listing.updatedAt ? INDEXES_BY_VERSION.get(`${listing.id}@${listing.updatedAt.getTime()}`, build) : build();
    INDEXES.set(listing, index);
  }
  return index;
}

let lastSource = '';
let lastNormalized = '';

/** The asking listing's text is the same for all of its candidates: normalised once. */
function normalizedOnce(source: string): string {
  if (source !== lastSource) {
    lastSource = source;
    lastNormalized = normalizeText(source);
  }
  return lastNormalized;
}

/** What the other listing shares with the query words. */
export interface TermMatch {
  /** The query words found (numbers with their unit), in query order, at most MAX_LISTED_TERMS. */
  terms: string[];
  /**
   * 0..1: the share of the query words found, a word in the description only counting half
   * (the title and keywords say what a listing is; the description says much else besides).
   */
  coverage: number;
}

/**
 * Which of the query `words` (the asking listing's distilled query) the other listing contains: the
 * same word, another form of it (same stem), its spelling in the other script, or a synonym
 * ("dump truck" for "самосвал"). Numbers keep their unit from `source` ("90 т").
 * @example matchTerms(['самосвал', '90'], 'карьерный самосвал 90 т', { title: 'Самосвалы БелАЗ 90 т', keywords: [], description: '' }) // { terms: ['самосвал', '90 т'], coverage: 1 }
 */
export function matchTerms(words: readonly string[], source: string, other: ListingText): TermMatch {
  const index = indexOf(other);
  const inText = (w: string, surface: Set<string>, stems: Set<string>) => surface.has(w) || stems.has(stemWord(w));
  // Synonyms are canonical terms: normalised words joined by one space.
  const phraseIn = (phrase: string, surface: Set<string>, stems: Set<string>) =>
    phrase.length > 0 && phrase.split(' ').every((p) => inText(p, surface, stems));
  /** 1 when found in the title or keywords, 0.5 in the description only, 0 when absent. */
  const strength = (found: (surface: Set<string>, stems: Set<string>) => boolean) =>
    found(index.strongSurface, index.strongStems) ? 1 : found(index.surface, index.stems) ? 0.5 : 0;
  const wordStrength = (word: string) => {
    const script = transliterated(word);
    return strength((surface, stems) =>
      inText(word, surface, stems) || (script !== null && surface.has(script)) || synonymsOf(word).some((p) => phraseIn(p, surface, stems)),
    );
  };
  const normalizedSource = normalizedOnce(source);
  const terms: string[] = [];
  const add = (term: string) => {
    if (terms.length < MAX_LISTED_TERMS && !terms.includes(term)) terms.push(term);
  };
  let credit = 0;
  for (let i = 0; i < words.length; ) {
    // Multi-word synonyms ("mining dump truck" = "карьерный самосвал") count for all their words.
    let span = 0;
    for (const n of [3, 2]) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const found = strength((surface, stems) => synonymsOf(phrase).some((p) => phraseIn(p, surface, stems)));
      if (found > 0) {
        credit += found * n;
        add(phrase);
        span = n;
        break;
      }
    }
    if (span > 0) {
      i += span;
      continue;
    }
    const found = wordStrength(words[i]);
    if (found > 0) {
      credit += found;
      add(withUnit(words[i], normalizedSource));
    }
    i += 1;
  }
  return { terms, coverage: words.length === 0 ? 0 : credit / words.length };
}
