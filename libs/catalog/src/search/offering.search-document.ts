import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { baseIndexSettings, type SearchSource } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import {
  LISTING_FILTERABLE_ATTRIBUTES,
  LISTING_SEARCHABLE_ATTRIBUTES,
  listingDocument,
  type CategoryFacts,
  type ListingDocument,
  type OrganizationFacts,
} from './listing-document.js';
import { publicOfferingSql } from '../offerings/offering.rules.js';
import { ListingFactsLoader } from './listing-facts.loader.js';
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

const COLUMNS = `o.id, o.organization_id, o.kind, o.title, o.description, o.category_code, o.keywords, o.price_min, o.price_max,
  o.currency, o.lead_time_days, o.certifications, o.delivery_regions, o.valid_until, o.created_at, o.updated_at`;
/** Searchable = public: published and not past its validity (the catalog's one rule). */
const OFFERING_SEARCHABLE_SQL = publicOfferingSql('o');

/** Offerings in search: only published, unexpired ones are loaded; the relay removes the rest. */
@Injectable()
export class OfferingSearchSource implements SearchSource {
  readonly entity = OFFERING_ENTITY;
  readonly index = OFFERINGS_INDEX;
  readonly settings = offeringSettings();
  readonly versionField = 'version';
  readonly expiresAtField = 'expiresAt';

  constructor(
    private readonly tx: TransactionHost,
    private readonly facts: ListingFactsLoader,
  ) {}

  async load(ids: string[]): Promise<OfferingSearchDocument[]> {
    if (ids.length === 0) return [];
    const rows: OfferingRow[] = await this.tx.manager.query(
      `SELECT ${COLUMNS} FROM offerings o WHERE o.id = ANY($1::uuid[]) AND ${OFFERING_SEARCHABLE_SQL}`,
      [ids],
    );
    const [organizations, categories] = await Promise.all([
      this.facts.organizationsById(rows.map((r) => r.organization_id)),
      this.facts.categories(rows.map((r) => r.category_code)),
    ]);
    const docs: OfferingSearchDocument[] = [];
    for (const row of rows) {
      const organization = organizations.get(row.organization_id);
      const category = categories.get(row.category_code);
      if (organization && category) docs.push(toOfferingDocument(row, organization, category));
    }
    return docs;
  }

  async allIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT o.id FROM offerings o WHERE ${OFFERING_SEARCHABLE_SQL} AND ($1::uuid IS NULL OR o.id > $1::uuid) ORDER BY o.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }
}
