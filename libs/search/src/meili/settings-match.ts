import type { Settings } from 'meilisearch';

/** Settings whose array values are sets (order does not matter to Meilisearch). */
const SET_KEYS = new Set([
  'stopWords',
  'filterableAttributes',
  'attributePatterns',
  'sortableAttributes',
  'disableOnAttributes',
  'disableOnWords',
  'separatorTokens',
  'nonSeparatorTokens',
  'dictionary',
]);

function matches(current: unknown, desired: unknown, key: string): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    if (!(SET_KEYS.has(key) || key === 'synonym')) return current.every((value, i) => matches(value, desired[i], key));
    if (desired.every((d) => typeof d === 'string') && current.every((c) => typeof c === 'string')) {
      const [a, b] = [[...current].map(nfc).sort(), [...desired].map(nfc).sort()];
      return a.every((value, i) => value === b[i]);
    }
    // Rules of granular filterableAttributes are objects: each desired one pairs with an equal current one.
    const left = [...current];
    return desired.every((d) => {
      const i = left.findIndex((c) => matches(c, d, ''));
      return i >= 0 && left.splice(i, 1).length === 1;
    });
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
    const c = current as Record<string, unknown>;
    const d = desired as Record<string, unknown>;
    if (key === 'synonyms' && Object.keys(c).length !== Object.keys(d).length) return false;
    return Object.keys(d).every((k) => matches(c[k], d[k], key === 'synonyms' ? 'synonym' : k));
  }
  return typeof current === 'string' && typeof desired === 'string' ? nfc(current) === nfc(desired) : current === desired;
}

// Meilisearch answers stop words decomposed ("й" as "и" + U+0306): compare composed forms.
const nfc = (value: unknown) => String(value).normalize('NFC');

/**
 * True when the index already has every setting of `desired` (keys not in `desired` are ignored;
 * set-like lists compare without order). Re-applying identical settings still costs a task, and at
 * start-up that task waits behind whatever Meilisearch is doing: skipping it keeps restarts fast.
 */
export function settingsMatch(current: Settings, desired: Settings): boolean {
  return Object.entries(desired).every(([key, value]) => value === undefined || matches((current as Record<string, unknown>)[key], value, key));
}
