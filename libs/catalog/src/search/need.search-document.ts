import { Injectable } from '@nestjs/common';
import { certificationTable, regionTable, unitTable } from '@tradebridge/reference';
import type { Settings } from 'meilisearch';
import { listingDocumentOf, listingSettings, type CategoryFacts, type ListingDocument, type OrganizationFacts } from './listing-document.js';
import { NEED } from '../needs/need.rules.js';
import { ListingSearchSource, type ListingRow } from './listing-search-source.js';
import { toMillis, toNumber } from './search-text.js';

export const NEED_ENTITY = 'need';
export const NEEDS_INDEX = 'needs';

export function needSettings(): Settings {
  // neededAfter compares neededBy; the budget is only displayed (no filter asks for it).
  return listingSettings({ equality: ['deliveryRegion'], comparison: ['neededBy'] }, ['createdAt', 'neededBy']);
}

export interface NeedSearchDocument extends ListingDocument {
  /** The need's required certifications as codes (and canonical marks), named like the offerings' field so facets line up. */
  certifications: string[];
  quantity: number | null;
  /** OKEI code. */
  unit: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  budgetCurrency: string | null;
  neededBy: number | null;
  /** Region (or group) code; null for text no entry knows. */
  deliveryRegion: string | null;
}

/** A need row as the loader reads it: every listing's columns and its own. */
export interface NeedRow extends ListingRow {
  quantity: number | null;
  unit: string | null;
  budget_min: string | null;
  budget_max: string | null;
  budget_currency: string | null;
  needed_by: Date | null;
  delivery_region: string;
  required_certifications: string[];
}

const COLUMNS = ['quantity', 'unit', 'budget_min', 'budget_max', 'budget_currency', 'needed_by', 'delivery_region', 'required_certifications'];

/** Needs in search: only open ones whose deadline has not passed are loaded (the catalog's one rule). */
@Injectable()
export class NeedSearchSource extends ListingSearchSource<NeedRow, NeedSearchDocument> {
  protected readonly spec = { kind: NEED, index: NEEDS_INDEX, settings: needSettings(), columns: COLUMNS, toDocument: toNeedDocument };
}

/** The search document of an open need (pure: unit-tested). A need stops being searchable when its deadline passes. */
export function toNeedDocument(row: NeedRow, organization: OrganizationFacts, category: CategoryFacts): NeedSearchDocument {
  return {
    ...listingDocumentOf(row, organization, category, row.needed_by),
    certifications: certificationTable().canonicalAll(row.required_certifications),
    quantity: row.quantity,
    unit: unitTable().codeOf(row.unit),
    budgetMin: toNumber(row.budget_min),
    budgetMax: toNumber(row.budget_max),
    budgetCurrency: row.budget_currency,
    neededBy: toMillis(row.needed_by),
    deliveryRegion: regionTable().codeOf(row.delivery_region),
  };
}
