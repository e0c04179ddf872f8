import { Injectable } from '@nestjs/common';
import { chunks, TransactionHost } from '@tradebridge/core';
import type { Currency, ListingStatus, NeedStatus, OfferingKind } from '../shared/catalog.enums.js';

// Bulk INSERTs of offerings and needs for loading demo and benchmark data: one jsonb parameter per
// chunk (jsonb_to_recordset), so a statement carries ~1000 rows whatever the column count, and every
// listing gets its search outbox row in the same statement. A published (open) listing was published
// (opened) when it was created. Runs inside the caller's transaction.

export const BULK_CHUNK = 1000;

/** Decimal amounts as strings ("350000.00"), never floats. */
export interface BulkPriceRange {
  min?: string;
  max?: string;
  currency: Currency | `${Currency}`;
}

interface BulkListing {
  organizationId: string;
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  /** ISO 8601. */
  createdAt: string;
}

export interface BulkOffering extends BulkListing {
  kind: OfferingKind | `${OfferingKind}`;
  price?: BulkPriceRange;
  minOrderQuantity?: number;
  unit?: string;
  leadTimeDays?: number;
  certifications: string[];
  deliveryRegions: string[];
  status: ListingStatus | `${ListingStatus}`;
  /** ISO 8601. */
  validUntil?: string;
}

export interface BulkNeed extends BulkListing {
  quantity?: number;
  unit?: string;
  budget?: BulkPriceRange;
  /** ISO 8601. */
  neededBy?: string;
  deliveryRegion: string;
  requiredCertifications: string[];
  status: NeedStatus | `${NeedStatus}`;
}

/**
 * The catalog's bulk-write API (demo and benchmark data): offerings and needs of existing
 * organizations, with their outbox rows, inside the caller's transaction (`TransactionHost.run`).
 * @example await tx.run(() => writer.insertOfferings(rows, (n) => progress(n)));
 */
@Injectable()
export class CatalogBulkWriter {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts offerings with one outbox row each; `onChunk` hears of every chunk written. Returns the count. */
  async insertOfferings(offerings: readonly BulkOffering[], onChunk?: (rows: number) => void): Promise<number> {
    let inserted = 0;
    for (const chunk of chunks(offerings, BULK_CHUNK)) {
      const rows = chunk.map((o) => ({
        organization_id: o.organizationId,
        kind: o.kind,
        title: o.title,
        description: o.description,
        category_code: o.categoryCode,
        keywords: o.keywords,
        price_min: o.price?.min ?? null,
        price_max: o.price?.max ?? null,
        currency: o.price?.currency ?? null,
        min_order_quantity: o.minOrderQuantity ?? null,
        unit: o.unit ?? null,
        lead_time_days: o.leadTimeDays ?? null,
        certifications: o.certifications,
        delivery_regions: o.deliveryRegions,
        status: o.status,
        valid_until: o.validUntil ?? null,
        published_at: o.status === 'DRAFT' ? null : o.createdAt,
        created_at: o.createdAt,
      }));
      await this.tx.manager.query(
        `WITH r AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, kind text, title text, description text, category_code text,
             keywords text[], price_min numeric, price_max numeric, currency text, min_order_quantity double precision, unit text,
             lead_time_days integer, certifications text[], delivery_regions text[], status text, valid_until timestamptz,
             published_at timestamptz, created_at timestamptz)
         ), ins AS (
           INSERT INTO offerings (organization_id, kind, title, description, category_code, keywords, price_min, price_max, currency,
             min_order_quantity, unit, lead_time_days, certifications, delivery_regions, status, valid_until, published_at, created_at, updated_at)
           SELECT organization_id, kind, title, description, category_code, keywords, price_min, price_max, currency, min_order_quantity, unit,
             lead_time_days, certifications, delivery_regions, status, valid_until, published_at, created_at, created_at FROM r
           RETURNING id
         )
         INSERT INTO search_outbox (entity, entity_id, event) SELECT 'offering', id, 'catalog.offering.created' FROM ins`,
        [JSON.stringify(rows)],
      );
      inserted += rows.length;
      onChunk?.(rows.length);
    }
    return inserted;
  }

  /** Inserts needs with one outbox row each; `onChunk` hears of every chunk written. Returns the count. */
  async insertNeeds(needs: readonly BulkNeed[], onChunk?: (rows: number) => void): Promise<number> {
    let inserted = 0;
    for (const chunk of chunks(needs, BULK_CHUNK)) {
      const rows = chunk.map((n) => ({
        organization_id: n.organizationId,
        title: n.title,
        description: n.description,
        category_code: n.categoryCode,
        keywords: n.keywords,
        quantity: n.quantity ?? null,
        unit: n.unit ?? null,
        budget_min: n.budget?.min ?? null,
        budget_max: n.budget?.max ?? null,
        budget_currency: n.budget?.currency ?? null,
        needed_by: n.neededBy ?? null,
        delivery_region: n.deliveryRegion,
        required_certifications: n.requiredCertifications,
        status: n.status,
        opened_at: n.status === 'DRAFT' ? null : n.createdAt,
        created_at: n.createdAt,
      }));
      await this.tx.manager.query(
        `WITH r AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, title text, description text, category_code text,
             keywords text[], quantity double precision, unit text, budget_min numeric, budget_max numeric, budget_currency text,
             needed_by timestamptz, delivery_region text, required_certifications text[], status text, opened_at timestamptz,
             created_at timestamptz)
         ), ins AS (
           INSERT INTO needs (organization_id, title, description, category_code, keywords, quantity, unit, budget_min, budget_max,
             budget_currency, needed_by, delivery_region, required_certifications, status, opened_at, created_at, updated_at)
           SELECT organization_id, title, description, category_code, keywords, quantity, unit, budget_min, budget_max, budget_currency,
             needed_by, delivery_region, required_certifications, status, opened_at, created_at, created_at FROM r
           RETURNING id
         )
         INSERT INTO search_outbox (entity, entity_id, event) SELECT 'need', id, 'catalog.need.created' FROM ins`,
        [JSON.stringify(rows)],
      );
      inserted += rows.length;
      onChunk?.(rows.length);
    }
    return inserted;
  }
}
