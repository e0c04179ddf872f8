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
