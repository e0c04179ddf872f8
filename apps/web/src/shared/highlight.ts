/** A run of a highlight snippet: plain text, or text the API marked as matching the query. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Parses the API's highlight snippet (every character HTML-escaped, matches wrapped in <mark>…</mark>) into
 * text runs, so the page renders <mark> elements itself and never injects HTML. Anything that is not exactly
 * "<mark>" or "</mark>" stays text; unbalanced tags are tolerated.
 * @example parseHighlight('Самосвал &lt;90 т&gt; <mark>БелАЗ</mark>') // [{ text: 'Самосвал <90 т> ', marked: false }, { text: 'БелАЗ', marked: true }]
 */
export function parseHighlight(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

// The search index folds ё into е (Meilisearch does not unify them), so snippets spell "объем" where the listing
// says "объём". Both are one UTF-16 unit: positions in a snippet match positions in the original text.
const fold = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
const CROP = '…';

/**
 * The snippet's runs with the listing's own spelling: finds the snippet (cropped with "…" or whole) in the
 * original text, ignoring ё/е, and copies the original characters into the runs. Returns the runs unchanged
 * when the snippet is not a piece of the original (e.g. the keywords list).
 * @example alignHighlight(parseHighlight('подъемностью <mark>90</mark> т'), 'подъёмностью 90 т') // 'подъёмностью', '90', ' т'
 */
export function alignHighlight(parts: HighlightPart[], original: string): HighlightPart[] {
  const text = parts.map((p) => p.text).join('');
  const lead = text.startsWith(CROP) ? CROP.length : 0;
  const end = text.endsWith(CROP) && text.length > lead ? text.length - CROP.length : text.length;
  const core = text.slice(lead, end);
  const at = core ? fold(original).indexOf(fold(core)) : -1;
  if (at < 0) return parts;
  let position = 0;
  return parts.map((part) => {
    let aligned = '';
    for (let i = 0; i < part.text.length; i++) {
      const p = position + i;
      aligned += p >= lead && p < end ? original[at + p - lead] : part.text[i];
    }
    position += part.text.length;
    return { text: aligned, marked: part.marked };
  });
}
