import { markText, type QueryMarks } from '@tradebridge/search';
import { categoryLevelField, HIGHLIGHT_FIELDS, TYPO_FREE_ATTRIBUTES } from './listing-document.js';
import { indexText } from './search-text.js';
import type { Facet, Highlight } from './search.types.js';

/** The text a listing shows in its highlight fields. */
export interface HighlightedText {
  title: string;
  description: string;
  keywords: readonly string[];
}

/**
 * The contract's highlights of a listing for a query (`queryMarks`), in its text as the index holds it
 * (`indexText`: no e-mail address or phone number): only fields with a match, all text HTML-escaped,
 * matches in <mark>, typos forgiven where the index forgives them, the description cropped around its
 * matches, the matching keywords joined by ", ".
 */
export function listingHighlights(listing: HighlightedText, marks: QueryMarks): Highlight[] {
  const highlights: Highlight[] = [];
  for (const field of HIGHLIGHT_FIELDS) {
    const options = { typos: !TYPO_FREE_ATTRIBUTES.includes(field), crop: field === 'description' };
    const snippet =
      field === 'keywords'
        ? listing.keywords.flatMap((keyword) => markText(indexText(keyword), marks, options) ?? []).join(', ')
        : markText(indexText(listing[field]), marks, options);
    if (snippet) highlights.push({ field, snippet });
  }
  return highlights;
}

/** A 0..1 score from Meilisearch's (weighted) ranking score, 4 decimals; null when there is none. */
export function scoreOf(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
}

export type FacetDistribution = Record<string, Record<string, number>>;

/** Facets in the contract's shape: values by count (highest first), then by value, each with its label (`label(field, value)`). */
export function facetsOf(
  distribution: FacetDistribution | undefined,
  fields: Array<{ source: string; field: string }>,
  label: (field: string, value: string) => string = (_field, value) => value,
): Facet[] {
  return fields.map(({ source, field }) => ({
    field,
    values: Object.entries(distribution?.[source] ?? {})
      .filter(([value, count]) => value !== '' && count > 0)
      .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, count]) => ({ value, label: label(field, value), count })),
  }));
}

/**
 * The category facet: by top-level categories, or — when the filter names categories — by the level
 * below the shallowest of them (drill-down), falling back to their own level when nothing is deeper.
 */
export function categoryFacetFields(filterLevels: number[]): { deeper: string; own: string } {
  if (filterLevels.length === 0) return { deeper: categoryLevelField(0), own: categoryLevelField(0) };
  const level = Math.min(...filterLevels);
  return { deeper: categoryLevelField(level + 1), own: categoryLevelField(level) };
}

export function pickCategoryFacet(distribution: FacetDistribution | undefined, fields: { deeper: string; own: string }): string {
  const deeper = distribution?.[fields.deeper];
  return deeper && Object.keys(deeper).length > 0 ? fields.deeper : fields.own;
}
