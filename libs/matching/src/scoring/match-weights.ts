// The one place where the weight of each matching signal is decided. Every weight is the share of
// the 0..1 score a signal gives when it holds fully; they add up to 1.
//
// Text relevance weighs most, and is needed for a match alert at the default threshold (0.6):
// a listing in the same heading that fits every other signal but shares no words reaches 0.45.
// Tuned on the demo catalog (tools/relevance/data/needs-to-offerings.json): the category weighs less than
// the text because listers often file the same product under neighbouring headings.

export const MATCH_WEIGHTS = {
  /** Text relevance: Meilisearch's ranking score blended with term coverage (TEXT_BLEND). */
  text: 0.55,
  /** Same heading (or the same category) 1, same chapter 0.6, same section 0.3. */
  category: 0.15,
  /** The supplier's lead time fits the need's deadline. */
  leadTime: 0.09,
  /** The offering's lowest price is within the need's budget (same currency). */
  price: 0.09,
  /** The offering delivers to the need's region (or to a region that covers it). */
  region: 0.06,
  /** The supplier's organization is verified. */
  verified: 0.06,
} as const;

/** Credit of a yes/no/unknown signal: unknown (no deadline, no price, other currency) is neutral. */
export const FIT_CREDIT = { fits: 1, unknown: 0.5, misses: 0 } as const;

/** Credit by the depth of the deepest category two listings share (1 section, 2 chapter, 3 heading). */
export const CATEGORY_DEPTH_CREDIT: Readonly<Record<number, number>> = { 0: 0, 1: 0.3, 2: 0.6, 3: 1 };

/**
 * How text relevance is made of Meilisearch's ranking score of the distilled query (0 for a
 * category-only candidate) and the share of the query's words the other listing contains. Both are
 * needed: Meilisearch drops query words from the end until documents match, so a query whose early
 * words are missing elsewhere ("БелАЗ" from an offering, absent from the need) scores low although
 * most of its words are there; coverage alone ignores typos, proximity and where words occur.
 */
export const TEXT_BLEND = { rankingScore: 0.4, coverage: 0.6 } as const;
