import { Injectable } from '@nestjs/common';
import { certificationTable, regionTable } from '@tradebridge/reference';
import type { Settings } from 'meilisearch';
import { listingDocumentOf, listingSettings, type CategoryFacts, type ListingDocument, type OrganizationFacts } from './listing-document.js';
import { OFFERING } from '../offerings/offering.rules.js';
import { ListingSearchSource, type ListingRow } from './listing-search-source.js';
import { toNumber } from './search-text.js';

export const OFFERING_ENTITY = 'offering';
export const OFFERINGS_INDEX = 'offerings';

export function offeringSettings(): Settings {
  // maxLeadTimeDays and maxPrice compare; priceMin and priceMax are only displayed (price is what filters and sorts).
  return listingSettings({ equality: ['kind', 'currency', 'deliveryRegions'], comparison: ['leadTimeDays', 'price'] }, ['createdAt', 'price', 'leadTimeDays']);
}

export interface OfferingSearchDocument extends ListingDocument {
  kind: string;
  /** Codes (and canonical marks) with the marks they imply: a filter on "EAC" finds an EAEU declaration. */
  certifications: string[];
  leadTimeDays: number | null;
  priceMin: number | null;
  priceMax: number | null;
  /** The lowest price (min, else max): what maxPrice and the price sorts compare. */
  price: number | null;
  currency: string | null;
  /** Region and group codes (text no entry knows is left out). */
  deliveryRegions: string[];
}

/** An offering row as the loader reads it: every listing's columns and its own. */
export interface OfferingRow extends ListingRow {
  kind: string;
  price_min: string | null;
  price_max: string | null;
  currency: string | null;
  lead_time_days: number | null;
  certifications: string[];
  delivery_regions: string[];
  valid_until: Date | null;
}

const COLUMNS = ['kind', 'price_min', 'price_max', 'currency', 'lead_time_days', 'certifications', 'delivery_regions', 'valid_until'];

/** Offerings in search: only published, unexpired ones are loaded (the catalog's one rule); the relay removes the rest. */
@Injectable()
export class OfferingSearchSource extends ListingSearchSource<OfferingRow, OfferingSearchDocument> {
  protected readonly spec = { kind: OFFERING, index: OFFERINGS_INDEX, settings: offeringSettings(), columns: COLUMNS, toDocument: toOfferingDocument };
}

/** The search document of a published offering (pure: unit-tested). No e-mails or phone numbers reach it. */
export function toOfferingDocument(row: OfferingRow, organization: OrganizationFacts, category: CategoryFacts): OfferingSearchDocument {
  const priceMin = toNumber(row.price_min);
  const priceMax = toNumber(row.price_max);
  return {
    ...listingDocumentOf(row, organization, category, row.valid_until),
    kind: row.kind,
    certifications: certificationTable().closure(row.certifications),
    leadTimeDays: row.lead_time_days,
    priceMin,
    priceMax,
    price: priceMin ?? priceMax,
    currency: priceMin === null && priceMax === null ? null : row.currency,
    deliveryRegions: [...new Set(row.delivery_regions.map((r) => regionTable().codeOf(r)).filter((c): c is string => c !== null))],
  };
}
