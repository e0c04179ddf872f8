/**
 * Text normalisation shared by indexing and querying.
 *
 * Meilisearch lower-cases and strips Latin accents itself, but it does not unify ё/е, does not
 * know Belarusian letters and keeps whatever control characters it is given. Everything we send
 * to a searchable field or a query therefore goes through `normalizeText` first, so both sides
 * agree on the exact same word forms.
 */

/** C0/C1 control characters (the spacing ones are turned into spaces first). */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Whitespace-like controls that separate words. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Invisible format characters that may sit inside a word (soft hyphen, zero-width chars, BOM). */
const INVISIBLE_FORMAT = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/g;
/** Unpaired UTF-16 surrogates (PostgreSQL and JSON encoders choke on them). */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Text made only of these characters (ASCII, basic Cyrillic, common quotes, dashes, °, ×) is already
 * in NFC and NFKC and has no surrogates or invisible format characters: the costly Unicode passes are
 * skipped for it (nearly all catalogue text).
 */
const UNICODE_STABLE = /^[\u0000-\u007F\u00AB\u00B0\u00BB\u00D7\u0400-\u045F\u2013\u2014\u2018\u2019\u201C-\u201E]*$/;

/** ё → е, plus Belarusian/Ukrainian letters folded to their Russian search equivalents. */
const LETTER_FOLD: Readonly<Record<string, string>> = {
  ё: 'е',
  і: 'и',
  ї: 'и',
  ў: 'у',
  є: 'е',
  ґ: 'г',
};
const LETTER_FOLD_RE = /[ёіїўєґ]/g;

/**
 * Latin letters whose glyph (upper or lower case) is indistinguishable from a Cyrillic one.
 * Used only inside words that mix the two scripts ("MАЗ" typed with a Latin M).
 */
const LATIN_TO_CYR_HOMOGLYPH: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'и', k: 'к', m: 'м',
  o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYR_TO_LATIN_HOMOGLYPH: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', и: 'i', к: 'k', м: 'm',
  о: 'o', р: 'p', т: 't', х: 'x', у: 'y',
};

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
/** A word: a maximal run of letters, combining marks and digits (`tokenize`, and the highlighter's word offsets). */
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** "6х4", "6 × 4", "6*4": a digit, a multiplication sign, a digit (the second one only looked at). */
const DIMENSION_SIGN = /(\p{N})\s?[xх×*]\s?(?=\p{N})/gu;

/**
 * Removes control characters, invisible format characters and lone surrogates; keeps \n and \t.
 * For text that is stored and displayed as written (titles, descriptions): no case folding, no
 * NFKC (which would turn "№" into "No").
 */
export function sanitizeDisplayText(s: string | null | undefined): string {
  if (!s) return '';
  const composed = UNICODE_STABLE.test(s) ? s : s.replace(LONE_SURROGATES, '').normalize('NFC').replace(INVISIBLE_FORMAT, '');
  return composed.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
}

/**
 * Display text as it goes into a searchable field of the index: `sanitizeDisplayText`, then ё/Ё
 * folded to е/Е. Meilisearch does not unify ё and е, and queries are normalised (ё → е), so the raw
 * fields must be folded too; case is kept so highlighted snippets still read naturally.
 */
export function searchableDisplayText(s: string | null | undefined): string {
  return sanitizeDisplayText(s).replace(/[ёЁ]/g, (ch) => (ch === 'ё' ? 'е' : 'Е'));
}

/** Re-spells a word that mixes Latin and Cyrillic homoglyphs in its majority script. */
export function fixMixedScript(word: string): string {
  // Fast path (most words): one script only. Two scans instead of a regex test per character.
  if (!LATIN_LETTER.test(word) || !CYRILLIC_LETTER.test(word)) return word;
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (LATIN_LETTER.test(ch)) latin++;
    else if (CYRILLIC_LETTER.test(ch)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return word;
  const [table, fromScript] =
    cyrillic >= latin ? [LATIN_TO_CYR_HOMOGLYPH, LATIN_LETTER] : [CYR_TO_LATIN_HOMOGLYPH, CYRILLIC_LETTER];
  let out = '';
  for (const ch of word) {
    if (fromScript.test(ch)) {
      const mapped = table[ch];
      if (mapped === undefined) return word; // a real mixed word, not a homoglyph slip: leave it
      out += mapped;
    } else {
      out += ch;
    }
  }
  return out;
}

const LATIN = 1;
const CYRILLIC = 2;

/**
 * False when no word of `s` can mix Latin and Cyrillic letters (a Latin letter never sits next to a
 * Cyrillic one, digits and combining marks aside): the per-word homoglyph pass is then skipped. One
 * loop over char codes; letters outside the common Latin and Cyrillic blocks answer true (the full
 * pass decides).
 */
function mayHaveMixedScriptWord(s: string): boolean {
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let script = 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) script = LATIN;
    else if (c >= 0x400 && c <= 0x52f) script = CYRILLIC;
    else if ((c >= 48 && c <= 57) || (c >= 0x300 && c <= 0x36f)) continue; // digits and marks keep the word going
    else if (c >= 0x250 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x2116) return true; // other scripts: let the full pass decide
    if (script !== 0 && previous !== 0 && script !== previous) return true;
    previous = script;
  }
  return false;
}

/**
 * Normalises text for searching and indexing:
 * NFKC; control characters removed (\t \n \r \v \f and line separators become spaces); invisible
 * format characters (soft hyphen, zero-width space, BOM) removed; lower-case; ё → е;
 * Belarusian і → и, ў → у (also Ukrainian ї, є, ґ); homoglyph slips in mixed-script words
 * fixed ("mАЗ" → "маз"); runs of whitespace collapsed to one space; trimmed.
 * Punctuation is kept (use `tokenize` for words). Idempotent.
 */
export function normalizeText(s: string | null | undefined): string {
  if (!s) return '';
  const composed = UNICODE_STABLE.test(s) ? s : s.replace(LONE_SURROGATES, '').normalize('NFKC').replace(INVISIBLE_FORMAT, '');
  const cleaned = composed
    .replace(SPACING_CONTROLS, ' ')
    .replace(CONTROL_CHARS, '')
    .toLowerCase()
    .replace(LETTER_FOLD_RE, (ch) => LETTER_FOLD[ch] ?? ch)
    // dimensions and wheel formulas: "6х4" (Cyrillic х), "6×4" and "6x4" all become "6x4"
    .replace(DIMENSION_SIGN, '$1x');
  return (mayHaveMixedScriptWord(cleaned) ? cleaned.replace(WORD_RUN, (word) => fixMixedScript(word)) : cleaned)
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Splits text into normalised words: maximal runs of letters and digits.
 *
 * Every other character separates words, hyphens and slashes included: "МАЗ-203" gives
 * ["маз", "203"], "6x4" stays "6x4", "БелАЗ-75570" gives ["белаз", "75570"]. No joined
 * "маз-203" form is produced on purpose: Meilisearch's tokenizer splits on the hyphen anyway
 * (so a joined token could never match and would waste one of the 10 query words), and it
 * already tries the concatenation "маз203" of adjacent query words by itself. Splitting the
 * same way Meilisearch does also keeps our count of words equal to its count for the
 * 10-word query limit.
 */
export function tokenize(s: string | null | undefined): string[] {
  const normalized = normalizeText(s);
  return normalized.match(WORD_RUN) ?? [];
}

/** The script of a normalised token: decides which stemmer and transliteration apply. */
export type TokenScript = 'cyrillic' | 'latin' | 'numeric' | 'mixed' | 'other';

export function tokenScript(token: string): TokenScript {
  let latin = false;
  let cyrillic = false;
  let digit = false;
  let other = false;
  for (const ch of token) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (CYRILLIC_LETTER.test(ch)) cyrillic = true;
    else if (LATIN_LETTER.test(ch)) latin = true;
    else other = true;
  }
  if (other) return 'other';
  if (digit && !latin && !cyrillic) return 'numeric';
  if (digit || (latin && cyrillic)) return 'mixed';
  if (cyrillic) return 'cyrillic';
  if (latin) return 'latin';
  return 'other';
}

/** True for tokens that carry a digit: model numbers ("75570"), types ("6x4"), sizes. */
export function isModelToken(token: string): boolean {
  return /\p{N}/u.test(token);
}
