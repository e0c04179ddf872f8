/**
 * Safe highlighting of Meilisearch `_formatted` values.
 *
 * Search with `highlightPreTag: HIGHLIGHT_PRE_TAG, highlightPostTag: HIGHLIGHT_POST_TAG`
 * (spread `HIGHLIGHT_SEARCH_PARAMS`). The tags are built from the control characters \u0001
 * and \u0002, which `sanitizeDisplayText`/`normalizeText` remove from every stored text, so
 * no user text can forge them. `formattedToHtml` then HTML-escapes everything and turns only
 * the sentinels into <mark>…</mark>, always balanced.
 */
export const HIGHLIGHT_PRE_TAG = '\u0001mark\u0002';
export const HIGHLIGHT_POST_TAG = '\u0001/mark\u0002';

export const HIGHLIGHT_SEARCH_PARAMS = {
  highlightPreTag: HIGHLIGHT_PRE_TAG,
  highlightPostTag: HIGHLIGHT_POST_TAG,
} as const;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes & < > " ' for HTML text and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Control characters other than \t \n (leftovers of foreign sentinels are dropped). */
const STRAY_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

interface Segment {
  text: string;
  marked: boolean;
}

/** Splits a `_formatted` string into plain and highlighted runs (unbalanced tags tolerated). */
function segments(formatted: string, pre: string, post: string): Segment[] {
  const out: Segment[] = [];
  let marked = false;
  let i = 0;
  while (i < formatted.length) {
    const tag = marked ? post : pre;
    const at = formatted.indexOf(tag, i);
    // a stray closing tag while unmarked, or an opening one while marked, is dropped
    const stray = formatted.indexOf(marked ? pre : post, i);
    let end = at < 0 ? formatted.length : at;
    if (stray >= 0 && stray < end) end = stray;
    const text = formatted.slice(i, end).replace(STRAY_CONTROLS, '');
    if (text) out.push({ text, marked });
    if (end === formatted.length) break;
    if (end === at) {
      i = at + tag.length;
      marked = !marked;
    } else {
      i = stray + (marked ? pre : post).length;
    }
  }
  return out;
}

/**
 * Converts a Meilisearch `_formatted` string (highlighted with the sentinel tags) into HTML:
 * all text escaped, highlighted runs wrapped in <mark>…</mark>. Runs that are empty after
 * cleaning produce no empty <mark></mark>.
 */
export function formattedToHtml(
  formatted: string,
  preTag: string = HIGHLIGHT_PRE_TAG,
  postTag: string = HIGHLIGHT_POST_TAG,
): string {
  return segments(formatted, preTag, postTag)
    .map((s) => (s.marked ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

/** The same text without any highlighting (sentinels removed, not escaped). */
export function stripHighlight(
  formatted: string,
  preTag: string = HIGHLIGHT_PRE_TAG,
  postTag: string = HIGHLIGHT_POST_TAG,
): string {
  return segments(formatted, preTag, postTag)
    .map((s) => s.text)
    .join('');
}

/**
 * The highlighted runs of a `_formatted` value, distinct and in order of appearance, e.g. to
 * explain a match ("matched: самосвал, белаз"). Not escaped.
 */
export function highlightedTerms(
  formatted: unknown,
  preTag: string = HIGHLIGHT_PRE_TAG,
  postTag: string = HIGHLIGHT_POST_TAG,
): string[] {
  const terms: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const s of segments(value, preTag, postTag)) {
        const term = s.text.trim();
        if (s.marked && term && !terms.includes(term)) terms.push(term);
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(formatted);
  return terms;
}

/**
 * `formattedToHtml` for any `_formatted` field value: strings are converted, arrays converted
 * element by element, numbers and booleans stringified, null/undefined/objects give null.
 */
export function formattedValueToHtml(value: unknown): string | string[] | null {
  if (typeof value === 'string') return formattedToHtml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.map((v) =>
      typeof v === 'string' ? formattedToHtml(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '',
    );
  }
  return null;
}
