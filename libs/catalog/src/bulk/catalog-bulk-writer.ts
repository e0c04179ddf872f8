import { Injectable } from '@nestjs/common';
import { chunks, TransactionHost } from '@tradebridge/core';
import type { Listing, ListingKind } from '../listings/listing-kind.js';
import { NEED } from '../needs/need.rules.js';
import { OFFERING } from '../offerings/offering.rules.js';

// Bulk INSERTs of offerings and needs for loading demo and benchmark data: one jsonb parameter per
// chunk (jsonb_to_recordset), so a statement carries ~1000 rows whatever the column count, and every
// listing gets its search outbox row in the same statement. A public listing was published (opened)
// when it was created. Runs inside the caller's transaction.

export const BULK_CHUNK = 1000;

/**
 * A listing to insert: its entity's properties (`priceMin`, `neededBy`: column price_min, needed_by),
 * dates as ISO 8601 text, amounts as decimal text. Properties the kind's table lacks are ignored;
 * missing ones are NULL.
 */
export type BulkListing = Pick<Listing, 'organizationId' | 'title' | 'description' | 'categoryCode' | 'keywords' | 'status'> & {
  createdAt: string;
  [property: string]: unknown;
};

/** The columns each kind's rows bring, with their types (the order of the INSERT). */
const COLUMNS: Record<ListingKind['name'], string> = {
  offering: `organization_id uuid, kind text, title text, description text, category_code text, keywords text[], price_min numeric,
    price_max numeric, currency text, min_order_quantity double precision, unit text, lead_time_days integer, certifications text[],
    delivery_regions text[], status text, valid_until timestamptz, published_at timestamptz, created_at timestamptz`,
  need: `organization_id uuid, title text, description text, category_code text, keywords text[], quantity double precision, unit text,
    budget_min numeric, budget_max numeric, budget_currency text, needed_by timestamptz, delivery_region text,
    required_certifications text[], status text, opened_at timestamptz, created_at timestamptz`,
};

const snakeCase = (property: string) => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The catalog's bulk-write API (demo and benchmark data): offerings and needs of existing
 * organizations, with their outbox rows, inside the caller's transaction (`TransactionHost.run`).
 * @example await tx.run(() => writer.insertOfferings(rows, (n) => progress(n)));
 */
@Injectable()
export class CatalogBulkWriter {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts offerings with one outbox row each; `onChunk` hears of every chunk written. Returns the count. */
  insertOfferings(offerings: readonly BulkListing[], onChunk?: (rows: number) => void): Promise<number> {
    return this.insert(OFFERING, offerings, onChunk);
  }

  /** Inserts needs with one outbox row each; `onChunk` hears of every chunk written. Returns the count. */
  insertNeeds(needs: readonly BulkListing[], onChunk?: (rows: number) => void): Promise<number> {
    return this.insert(NEED, needs, onChunk);
  }

  private async insert(kind: ListingKind, listings: readonly BulkListing[], onChunk?: (rows: number) => void): Promise<number> {
    const columns = COLUMNS[kind.name];
    const names = columns.split(',').map((c) => c.trim().split(' ')[0]).join(', ');
    let inserted = 0;
    for (const chunk of chunks(listings, BULK_CHUNK)) {
      const rows = chunk.map((listing) => {
        const row: Record<string, unknown> = { [snakeCase(kind.publishedAt)]: listing.status === kind.draftStatus ? null : listing.createdAt };
        for (const [property, value] of Object.entries(listing)) row[snakeCase(property)] = value ?? null;
        return row;
      });
      await this.tx.manager.query(
        `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${columns})),
         ins AS (INSERT INTO ${kind.name}s (${names}, updated_at) SELECT ${names}, created_at FROM r RETURNING id)
         INSERT INTO search_outbox (entity, entity_id, event) SELECT '${kind.name}', id, 'catalog.${kind.name}.created' FROM ins`,
        [JSON.stringify(rows)],
      );
      inserted += rows.length;
      onChunk?.(rows.length);
    }
    return inserted;
  }
}
