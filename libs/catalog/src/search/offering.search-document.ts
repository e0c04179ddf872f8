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
import { OFFERING } from '../offerings/offering.rules.js';
import { ListingFactsLoader } from './listing-facts.loader.js';
import { ListingSearchSource } from './listing-search-source.js';
import { indexText, toNumber } from './search-text.js';

export const OFFERING_ENTITY = 'offering';
export const OFFERINGS_INDEX = 'offerings';

export interface OfferingSearchDocument extends ListingDocument {
  kind: string;
  certifications: string[];
  leadTimeDays: number | null;
  priceMin: number | null;
  priceMax: number | null;
  /** The lowest price (min, else max): what maxPrice and the price sorts compare. */
  price: number | null;
  currency: string | null;
  deliveryRegions: string[];
}

/** An offering row as the loader reads it. */
export interface OfferingRow {
  id: string;
  organization_id: string;
  kind: string;
  title: string;
  description: string;
  category_code: string;
  keywords: string[];
  price_min: string | null;
  price_max: string | null;
  currency: string | null;
  lead_time_days: number | null;
  certifications: string[];
  delivery_regions: string[];
  valid_until: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function offeringSettings(): Settings {
  return {
    ...baseIndexSettings(),
    searchableAttributes: LISTING_SEARCHABLE_ATTRIBUTES,
    filterableAttributes: [...LISTING_FILTERABLE_ATTRIBUTES, 'kind', 'leadTimeDays', 'price', 'priceMin', 'priceMax', 'currency', 'deliveryRegions'],
    sortableAttributes: ['createdAt', 'price', 'leadTimeDays'],
  };
}

/** The search document of a published offering (pure: unit-tested). No e-mails or phone numbers reach it. */
export function toOfferingDocument(row: OfferingRow, organization: OrganizationFacts, category: CategoryFacts): OfferingSearchDocument {
  const priceMin = toNumber(row.price_min);
  const priceMax = toNumber(row.price_max);
  return {
    ...listingDocument(row.id, { title: row.title, keywords: row.keywords, description: row.description }, organization, category, {
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      expiresAt: row.valid_until,
    }),
    kind: row.kind,
    certifications: row.certifications.map((c) => indexText(c)).filter(Boolean),
    leadTimeDays: row.lead_time_days,
    priceMin,
    priceMax,
    price: priceMin ?? priceMax,
    currency: priceMin === null && priceMax === null ? null : row.currency,
    deliveryRegions: row.delivery_regions.map((r) => indexText(r)).filter(Boolean),
  };
}

const COLUMNS = `l.id, l.organization_id, l.kind, l.title, l.description, l.category_code, l.keywords, l.price_min, l.price_max,
  l.currency, l.lead_time_days, l.certifications, l.delivery_regions, l.valid_until, l.created_at, l.updated_at`;

/** Offerings in search: only published, unexpired ones are loaded (the catalog's one rule); the relay removes the rest. */
@Injectable()
export class OfferingSearchSource extends ListingSearchSource<OfferingRow, OfferingSearchDocument> {
  constructor(tx: TransactionHost, facts: ListingFactsLoader) {
    super(tx, facts, OFFERING, { index: OFFERINGS_INDEX, settings: offeringSettings(), columns: COLUMNS, toDocument: toOfferingDocument });
  }
}
