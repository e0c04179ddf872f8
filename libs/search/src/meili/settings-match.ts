import type { Settings } from 'meilisearch';

/** Settings whose array values are sets (order does not matter to Meilisearch). */
const SET_KEYS = new Set(['stopWords', 'filterableAttributes', 'sortableAttributes', 'disableOnAttributes', 'disableOnWords', 'separatorTokens', 'nonSeparatorTokens', 'dictionary']);

function matches(current: unknown, desired: unknown, key: string): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    const [a, b] = SET_KEYS.has(key) || key === 'synonym' ? [[...current].map(nfc).sort(), [...desired].map(nfc).sort()] : [current, desired];
    return a.every((value, i) => matches(value, b[i], key));
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
