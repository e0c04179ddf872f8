import {
  BoundedCache,
  cyrillicToLatin,
  isStopWord,
  latinToCyrillic,
  searchableDisplayText,
  stemWord,
  tokenize,
  tokenScript,
} from '@tradebridge/search';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "+375 29 123-45-67", "+7 (4922) 00-00-00", "8 (4922) 12-34-56", "8-800-555-35-35"
const PHONE = /(?<![\p{L}\p{N}])(?:\+\s?\d|8(?=[\s(-]))[\d\s().-]{8,}\d(?![\p{L}\p{N}])/gu;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

/**
 * Removes e-mail addresses and phone numbers from text that goes into the search index (contacts are
 * exchanged only through accepted contact requests, and the index must never hold them).
 */
export function redactContacts(text: string): string {
  // Fast path: the e-mail pattern is costly to scan and most texts have no "@".
  return (text.includes('@') ? text.replace(EMAIL, ' ') : text)
    .replace(PHONE, (match) => (digits(match) >= 10 && digits(match) <= 15 ? ' ' : match))
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A listing text as it is indexed: control characters out, ё folded, contacts removed. */
export function indexText(text: string | null | undefined): string {
  return redactContacts(searchableDisplayText(text));
}

/** Each text as it is indexed, blanks left out (certifications, regions). */
export function indexTexts(texts: readonly string[]): string[] {
  return texts.map((t) => indexText(t)).filter(Boolean);
}

/** The stemmed form of several texts (stop words out, Snowball RU/EN), for the `*Stemmed` fields. */
export function stemmedText(...texts: Array<string | null | undefined>): string {
  return stemmedWords(texts.map((t) => tokenize(t)));
}

/**
 * `stemmedText` of texts already split by `tokenize`: a document builder tokenizes each field once and
 * shares the words between its stemmed and transliterated forms (the relay builds every document, and
 * normalising and tokenizing the same title three times was a third of its CPU, `npm run bench -- --only bulk`).
 */
export function stemmedWords(texts: ReadonlyArray<readonly string[]>): string {
  return texts
    .map((words) => words.filter((w) => !isStopWord(w)).map(stemWord).join(' '))
    .filter(Boolean)
    .join(' ');
}

/**
 * Every word of the given texts in the other script ("БелАЗ" → "belaz", "MAZ" → "маз"), distinct, for
 * the `transliterated` field: a query typed in either script finds brand and model names. Numbers and
 * codes with digits are the same in both scripts and are left out.
 */
export function transliterations(...texts: Array<string | null | undefined>): string {
  return transliteratedWords(texts.map((t) => tokenize(t)));
}

/** `transliterations` of texts already split by `tokenize`. */
export function transliteratedWords(texts: ReadonlyArray<readonly string[]>): string {
  const out = new Set<string>();
  for (const words of texts) {
    for (const word of words) {
      if (word.length < 2) continue;
      const other = otherScript.get(word, () => {
        const script = tokenScript(word);
        return script === 'cyrillic' ? cyrillicToLatin(word) : script === 'latin' ? latinToCyrillic(word) : '';
      });
      if (other) out.add(other);
    }
  }
  return [...out].join(' ');
}

// Catalogue text repeats a small vocabulary (and every listing of an organization repeats its name).
const otherScript = new BoundedCache<string, string>(50_000);

export function toMillis(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = (value instanceof Date ? value : new Date(value)).getTime();
  return Number.isFinite(ms) ? ms : null;
}

export function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
