import { regionTable } from '@tradebridge/reference';
import type { Settings } from 'meilisearch';
import { BoundedCache, baseIndexSettings, granularFilterable, tokenize, type SearchDocument } from '@tradebridge/search';
import { indexText, stemmedWords, toMillis, transliteratedWords } from './search-text.js';

/** Levels of the taxonomy (section, chapter, heading): one facet field per level. */
export const CATEGORY_LEVELS = 3;
export const categoryLevelField = (level: number) => `categoryLevel${Math.max(0, Math.min(level, CATEGORY_LEVELS - 1))}`;

/** What a listing document needs from its organization (public profile only: no contacts). */
export interface OrganizationFacts {
  id: string;
  name: string;
  country: string;
  region: string;
  verified: boolean;
  updatedAt: Date | string;
}

/** What a listing document needs from its category. */
export interface CategoryFacts {
  code: string;
  /** Codes from the root down to the category, inclusive. */
  path: string[];
  /** Russian and English names of the category and its parent. */
  names: string[];
}

export interface ListingText {
  title: string;
  keywords: string[];
  description: string;
}

/** Fields shared by offering and need documents: text (raw, stemmed, transliterated), category, organization. */
export interface ListingDocument extends SearchDocument {
  title: string;
  keywords: string[];
  description: string;
  titleStemmed: string;
  keywordsStemmed: string;
  descriptionStemmed: string;
  categoryNames: string[];
  categoryNamesStemmed: string;
  transliterated: string;
  organizationId: string;
  organizationName: string;
  country: string;
  /** The organization's region code; null when its region is text no entry knows (left by the migration). */
  region: string | null;
  verified: boolean;
  categoryCode: string;
  categoryPath: string[];
  categoryLevel0: string | null;
  categoryLevel1: string | null;
  categoryLevel2: string | null;
  createdAt: number;
  updatedAt: number;
  /** Changes whenever the document does (listing or organization updated): compared by search:check. */
  version: number;
  /** Unix ms after which the listing is not searchable any more; null when open-ended. */
  expiresAt: number | null;
}

/**
 * Raw fields first, each followed by its stemmed twin, in order of importance. The organization's name
 * comes first: a query that names a company («белаз») ranks that company's own listings above others
 * that mention it (a repair plant's "ремонт БелАЗ-7547").
 */
export const LISTING_SEARCHABLE_ATTRIBUTES = [
  'organizationName',
  'title',
  'titleStemmed',
  'keywords',
  'keywordsStemmed',
  'categoryNames',
  'categoryNamesStemmed',
  'transliterated',
  'description',
  'descriptionStemmed',
];
/** Searched by the raw (normalised) query. */
export const RAW_SEARCH_FIELDS = ['title', 'keywords', 'categoryNames', 'organizationName', 'transliterated', 'description'];
/** Searched by the stemmed query. */
export const STEMMED_SEARCH_FIELDS = ['titleStemmed', 'keywordsStemmed', 'categoryNamesStemmed', 'descriptionStemmed'];
/**
 * Fields where a typo is not forgiven: category names and descriptions are long, generic text where a
 * near-miss is usually another word («инсулин» is not the "инулин" of a flour category's name). Titles,
 * keywords and organization names keep typo tolerance ("самасвал" finds dump trucks).
 */
export const TYPO_FREE_ATTRIBUTES = ['categoryNames', 'categoryNamesStemmed', 'description', 'descriptionStemmed'];
/** Highlighted in hits (what the contract's Highlight.field names). */
export const HIGHLIGHT_FIELDS = ['title', 'description', 'keywords'] as const;

/** Filtered on (or faceted) by equality only: =, IN, IS NULL (filter-builder.ts, libs/matching's match-query.ts). */
export const LISTING_FILTERABLE_ATTRIBUTES = [
  'categoryCode',
  'categoryPath',
  'categoryLevel0',
  'categoryLevel1',
  'categoryLevel2',
  'country',
  'region',
  'certifications',
  'verified',
  'organizationId',
];
/** Filtered on by range too (the expiry filter and the relay's sweep: `expiresAt > now`). */
export const LISTING_RANGE_ATTRIBUTES = ['expiresAt'];

/** A kind's own filterable fields: by equality, and by range (<, <=, >, >=). */
export interface KindFilterable {
  equality: readonly string[];
  comparison: readonly string[];
}

/**
 * A kind's index settings: every listing's searchable and filterable fields, plus the kind's own.
 * Range structures only for the fields a filter compares; fields nobody filters on are not filterable
 * (Meilisearch extracts facet values of every filterable field of every document).
 */
export function listingSettings(filterable: KindFilterable, sortable: readonly string[]): Settings {
  const base = baseIndexSettings();
  return {
    ...base,
    typoTolerance: { ...base.typoTolerance, disableOnAttributes: TYPO_FREE_ATTRIBUTES },
    searchableAttributes: LISTING_SEARCHABLE_ATTRIBUTES,
    filterableAttributes: granularFilterable([...LISTING_FILTERABLE_ATTRIBUTES, ...filterable.equality], [...LISTING_RANGE_ATTRIBUTES, ...filterable.comparison]),
    sortableAttributes: [...sortable],
  };
}

/** The columns every listing row brings to its document (see ListingRow). */
export interface ListingTextRow {
  id: string;
  title: string;
  keywords: string[];
  description: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** The listing part of a row's document; `expiresAt`: the kind's deadline (validUntil, neededBy). */
export function listingDocumentOf(row: ListingTextRow, organization: OrganizationFacts, category: CategoryFacts, expiresAt: Date | string | null): ListingDocument {
  const text = { title: row.title, keywords: row.keywords, description: row.description };
  return listingDocument(row.id, text, organization, category, { createdAt: row.created_at, updatedAt: row.updated_at, expiresAt });
}

export function listingDocument(
  id: string,
  text: ListingText,
  organization: OrganizationFacts,
  category: CategoryFacts,
  times: { createdAt: Date | string; updatedAt: Date | string; expiresAt: Date | string | null },
): ListingDocument {
  const title = indexText(text.title);
  const keywords = text.keywords.map(indexText).filter(Boolean);
  const description = indexText(text.description);
  // Every listing of a category, or of an organization, repeats its names: their text is made once.
  const { categoryNames, categoryNamesStemmed } = categoryTextOf(category.names);
  const { organizationName, organizationWords } = organizationText.get(organization.name, () => {
    const name = indexText(organization.name);
    return { organizationName: name, organizationWords: tokenize(name) };
  });
  const updatedAt = toMillis(times.updatedAt) ?? 0;
  // Each field is split into words once; its stemmed and transliterated forms share them.
  const titleWords = tokenize(title);
  const keywordWords = keywords.map((k) => tokenize(k));
  const titleStemmed = stemmedWords([titleWords]);
  const keywordsStemmed = stemmedWords(keywordWords);
  return {
    id,
    title,
    keywords,
    description,
    titleStemmed,
    keywordsStemmed,
    descriptionStemmed: newStems(stemmedWords([tokenize(description)]), titleStemmed, keywordsStemmed),
    categoryNames: [...categoryNames],
    categoryNamesStemmed,
    transliterated: transliteratedWords([titleWords, ...keywordWords, organizationWords]),
    organizationId: organization.id,
    organizationName,
    country: organization.country,
    region: regionTable().codeOf(organization.region),
    verified: organization.verified,
    categoryCode: category.code,
    categoryPath: [...category.path],
    categoryLevel0: category.path[0] ?? null,
    categoryLevel1: category.path[1] ?? null,
    categoryLevel2: category.path[2] ?? null,
    createdAt: toMillis(times.createdAt) ?? 0,
    updatedAt,
    version: Math.max(updatedAt, toMillis(organization.updatedAt) ?? 0),
    expiresAt: toMillis(times.expiresAt),
  };
}

const categoryText = new BoundedCache<string, { categoryNames: string[]; categoryNamesStemmed: string }>(10_000);

/** How many of CategoryFacts.names are the category's own (Russian and English); its parent's follow. */
const OWN_NAMES = 2;

/**
 * A category's searchable names and their stems, as its listings' documents hold them (`names`:
 * CategoryFacts.names). The stems cover the category's and its parent's names; the raw names only the
 * category's own: the parent's were half of every document's category text, indexed twice, and a word
 * of them still finds the listing through its stem (`npm run bench -- --quick --phases bulk`: ~8 % less
 * Meilisearch CPU; `npm run relevance`: unchanged).
 */
export function categoryTextOf(names: readonly string[]): { categoryNames: string[]; categoryNamesStemmed: string } {
  return categoryText.get(names.join('\n'), () => {
    const indexed = names.map(indexText);
    return {
      categoryNames: indexed.slice(0, OWN_NAMES).filter(Boolean),
      categoryNamesStemmed: stemmedWords(indexed.filter(Boolean).map((n) => tokenize(n))),
    };
  });
}

/** CategoryFacts.names of a category: its Russian and English names, then its parent's (ListingFactsLoader reads the same). */
export function categoryNamesOf(category: { name: string; nameEn: string }, parent: { name: string; nameEn: string } | undefined): string[] {
  return parent ? [category.name, category.nameEn, parent.name, parent.nameEn] : [category.name, category.nameEn];
}
const organizationText = new BoundedCache<string, { organizationName: string; organizationWords: string[] }>(10_000);

/**
 * The stems of `stemmed` not already in `others`, each once. With proximity by attribute, a stemmed
 * field only has to say which stems it holds: repeats and stems the title or keywords already carry
 * (ranked higher anyway) are left out. Descriptions are most of a document's text, so this is most of
 * what Meilisearch indexes less (`npm run bench`).
 */
function newStems(stemmed: string, ...others: string[]): string {
  const seen = new Set(others.flatMap((o) => o.split(' ')));
  const out: string[] = [];
  for (const stem of stemmed.split(' ')) {
    if (stem && !seen.has(stem)) {
      seen.add(stem);
      out.push(stem);
    }
  }
  return out.join(' ');
}
