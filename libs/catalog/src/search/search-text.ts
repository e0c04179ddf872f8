import {
  cyrillicToLatin,
  latinToCyrillic,
  searchableDisplayText,
  stemText,
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
  return texts.map((t) => stemText(t)).filter(Boolean).join(' ');
}

/**
 * Every word of the given texts in the other script ("БелАЗ" → "belaz", "MAZ" → "маз"), distinct, for
 * the `transliterated` field: a query typed in either script finds brand and model names. Numbers and
 * codes with digits are the same in both scripts and are left out.
 */
export function transliterations(...texts: Array<string | null | undefined>): string {
  const out = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.length < 2) continue;
      const script = tokenScript(token);
      if (script === 'cyrillic') out.add(cyrillicToLatin(token));
      else if (script === 'latin') out.add(latinToCyrillic(token));
    }
  }
  return [...out].join(' ');
}

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
