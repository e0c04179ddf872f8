// How names are compared when people type them: "Владимирская обл.", "vladimir region", "ЕАС" typed in
// Cyrillic for the Latin "EAC". Used by the reference tables (regions, units, certifications) and by the
// migration that mapped free text to their codes, so both read a name the same way.

/** Upper-case Cyrillic (and Belarusian/Serbian) letters drawn like Latin ones, and the Latin letter each is read as. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/** Upper case with every Cyrillic look-alike read as its Latin letter ("ЕАС" -> "EAC", "ТР ТС" -> "TP TC"). */
export function foldLookAlikes(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]!);
}

/**
 * The key two spellings of a name share: compatibility forms unified ("м²" -> "м2"), case, ё/е and
 * Cyrillic/Latin look-alikes ignored, punctuation and runs of spaces become one space.
 * @example nameKey('Владимирская  обл.') === nameKey('владимирская обл') // true
 * @example nameKey('ЕАС') === nameKey('eac') // true (Cyrillic Е, А, С)
 */
export function nameKey(text: string): string {
  return foldLookAlikes(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A free-text mark as stored and shown (a certification not in the table): trimmed, upper case,
 * look-alikes read as Latin (so it still reads the same), hyphens, underscores and runs of spaces as one
 * space. Two spellings of one mark ("Halal-ICCI", " halal  icci") become one value.
 * @example canonicalMark(' Halal-ICCI ') // 'HALAL ICCI'
 */
export function canonicalMark(text: string): string {
  return foldLookAlikes(text)
    .replace(/[\s_\u2010-\u2015-]+/g, ' ')
    .trim();
}
