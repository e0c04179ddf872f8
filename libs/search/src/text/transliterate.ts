import { tokenScript } from './normalize.js';

/**
 * Transliteration between Cyrillic and Latin for brand and model tokens, so that a "belaz"
 * query also looks for "белаз" and "маз" also for "maz". Works on normalised (lower-case,
 * ё-folded) tokens. Synonym groups cover the well-known brands exactly; this covers the rest
 * approximately (and "gomselmash" → "гомсельмаш" needs a soft sign no rule can know about,
 * which is what the soft-sign variant below guesses).
 */

/** Cyrillic → Latin schemes. `common` is the brand style ("belaz", "gomselmash", "belshina"). */
const COMMON: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ў: 'u',
};
/** ICAO Doc 9303, as in Russian and Belarusian passports ("bobruiskagromash"). */
const ICAO: Readonly<Record<string, string>> = { ...COMMON, й: 'i', ъ: 'ie', ю: 'iu', я: 'ia' };
/** Simplified spelling common in company names ("hydro", "tehnika", "jug"). */
const SIMPLE: Readonly<Record<string, string>> = {
  ...COMMON, й: 'j', х: 'h', ц: 'c', щ: 'sch', ю: 'ju', я: 'ja',
};

function mapChars(word: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** Cyrillic → Latin in the common brand style: "белаз" → "belaz", "гомсельмаш" → "gomselmash". */
export function cyrillicToLatin(word: string): string {
  return mapChars(word, COMMON);
}

/** Latin → Cyrillic rules, longest first; applied greedily left to right. */
const LATIN_MULTI: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'е'], ['ye', 'е'], ['ck', 'к'], ['ph', 'ф'], ['x', 'кс'], ['w', 'в'], ['q', 'к'],
];
const LATIN_SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', y: 'ы', z: 'з',
};

/**
 * Latin → Cyrillic: "belaz" → "белаз", "mzkt" → "мзкт", "export" → "экспорт" (word-initial
 * "e" becomes "э"), "cement" → "цемент" ("c" before e/i/y becomes "ц").
 */
export function latinToCyrillic(word: string): string {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, cyr] of LATIN_MULTI) {
      if (word.startsWith(latin, i)) {
        out += cyr;
        i += latin.length;
        continue outer;
      }
    }
    const ch = word.charAt(i);
    if (ch === 'e' && i === 0) out += 'э';
    else if (ch === 'c' && /[eiy]/.test(word.charAt(i + 1))) out += 'ц';
    // "y" after a vowel and not before one is "й" ("novyy" → "новый"); otherwise "ы"
    else if (ch === 'y' && /[aeiouy]/.test(word.charAt(i - 1)) && !/[aeiou]/.test(word.charAt(i + 1))) out += 'й';
    else out += LATIN_SINGLE[ch] ?? ch;
    i++;
  }
  return out;
}

const CYR_CONSONANT = /[бвгджзйклмнпрстфхцчшщ]/;

/** "гомселмаш" → "гомсельмаш": a soft sign after л before a consonant, a frequent loss. */
function withSoftL(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    out += ch;
    if (ch === 'л' && i > 0 && CYR_CONSONANT.test(word.charAt(i + 1))) out += 'ь';
  }
  return out;
}

/**
 * Spellings of a brand/model token in the other script, most likely first, without the token
 * itself: "belaz" → ["белаз"], "белаз" → ["belaz"], "бобруйскагромаш" → ["bobruyskagromash",
 * "bobruiskagromash", "bobrujskagromash"], "gomselmash" → ["гомселмаш", "гомсельмаш"].
 * Empty for numbers, codes with digits, mixed-script and one-letter tokens: digits are the
 * same in both scripts and need no variant.
 */
export function transliterationVariants(token: string, max = 3): string[] {
  if (token.length < 2) return [];
  const script = tokenScript(token);
  const variants: string[] = [];
  if (script === 'cyrillic') {
    variants.push(mapChars(token, COMMON), mapChars(token, ICAO), mapChars(token, SIMPLE));
  } else if (script === 'latin') {
    const cyr = latinToCyrillic(token);
    variants.push(cyr, withSoftL(cyr));
    // word-initial "e" is "е" in some names ("elektro" → "электро" but "evro" → "евро")
    if (token.startsWith('e')) variants.push('е' + cyr.slice(1));
  } else {
    return [];
  }
  const unique: string[] = [];
  for (const v of variants) {
    if (v && v !== token && !unique.includes(v)) unique.push(v);
  }
  return unique.slice(0, max);
}
