import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { baseIndexSettings } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import {
  LISTING_FILTERABLE_ATTRIBUTES,
  LISTING_SEARCHABLE_ATTRIBUTES,
  listingDocument,
  type CategoryFacts,
  type ListingDocument,
  type OrganizationFacts,
} from './listing-document.js';
import { NEED } from '../needs/need.rules.js';
import { ListingFactsLoader } from './listing-facts.loader.js';
import { ListingSearchSource } from './listing-search-source.js';
import { indexText, toMillis, toNumber } from './search-text.js';

export const NEED_ENTITY = 'need';
export const NEEDS_INDEX = 'needs';

export interface NeedSearchDocument extends ListingDocument {
  /** The need's required certifications (named like the offerings' field so facets line up). */
  certifications: string[];
  quantity: number | null;
  unit: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  budgetCurrency: string | null;
  neededBy: number | null;
  deliveryRegion: string;
}

export interface NeedRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  category_code: string;
  keywords: string[];
  quantity: number | null;
  unit: string | null;
  budget_min: string | null;
  budget_max: string | null;
  budget_currency: string | null;
  needed_by: Date | null;
  delivery_region: string;
  required_certifications: string[];
  created_at: Date;
  updated_at: Date;
}

export function needSettings(): Settings {
  return {
    ...baseIndexSettings(),
    searchableAttributes: LISTING_SEARCHABLE_ATTRIBUTES,
    filterableAttributes: [...LISTING_FILTERABLE_ATTRIBUTES, 'neededBy', 'deliveryRegion', 'budgetMin', 'budgetMax', 'budgetCurrency'],
    sortableAttributes: ['createdAt', 'neededBy'],
  };
}

/** The search document of an open need (pure: unit-tested). A need stops being searchable when its deadline passes. */
export function toNeedDocument(row: NeedRow, organization: OrganizationFacts, category: CategoryFacts): NeedSearchDocument {
  return {
    ...listingDocument(row.id, { title: row.title, keywords: row.keywords, description: row.description }, organization, category, {
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      expiresAt: row.needed_by,
    }),
    certifications: row.required_certifications.map((c) => indexText(c)).filter(Boolean),
    quantity: row.quantity,
    unit: row.unit,
    budgetMin: toNumber(row.budget_min),
    budgetMax: toNumber(row.budget_max),
    budgetCurrency: row.budget_currency,
    neededBy: toMillis(row.needed_by),
    deliveryRegion: indexText(row.delivery_region),
  };
}

const COLUMNS = `l.id, l.organization_id, l.title, l.description, l.category_code, l.keywords, l.quantity, l.unit, l.budget_min,
  l.budget_max, l.budget_currency, l.needed_by, l.delivery_region, l.required_certifications, l.created_at, l.updated_at`;

/** Needs in search: only open ones whose deadline has not passed are loaded (the catalog's one rule). */
@Injectable()
export class NeedSearchSource extends ListingSearchSource<NeedRow, NeedSearchDocument> {
  constructor(tx: TransactionHost, facts: ListingFactsLoader) {
    super(tx, facts, NEED, { index: NEEDS_INDEX, settings: needSettings(), columns: COLUMNS, toDocument: toNeedDocument });
  }
}
