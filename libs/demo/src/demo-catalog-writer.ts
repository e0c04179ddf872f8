import { Injectable } from '@nestjs/common';
import { CatalogBulkWriter, TaxonomyService, type BulkListing } from '@tradebridge/catalog';
import { OrganizationBulkWriter } from '@tradebridge/identity';
import type { DemoCatalog, DemoNeed, DemoOffering, DemoOrganization } from './demo.types.js';

const HOUR_MS = 3_600_000;
const LISTING_SPAN_MS = 90 * 86_400_000;

/**
 * Spreads creation times over the past so lists read newest-first in a stable order: item `index`
 * of `count` is `index` steps (`stepMs`) newer than item 0.
 */
export function createdAtOf(now: number, index: number, count: number, stepMs: number): string {
  return new Date(now - (count - index) * stepMs).toISOString();
}

/** Listings spread over the last 90 days, at least a second apart. */
function listingStepMs(count: number): number {
  return Math.max(1000, Math.floor(LISTING_SPAN_MS / Math.max(1, count)));
}

/**
 * Writes a generated catalog through identity's and the catalog's bulk-write services: demo keys
 * become row ids, creation times are spread over the past, listings of unknown organizations are left
 * out. Runs inside the caller's transaction.
 */
@Injectable()
export class DemoCatalogWriter {
  constructor(
    private readonly organizations: OrganizationBulkWriter,
    private readonly listings: CatalogBulkWriter,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Category codes the catalog uses that the taxonomy lacks (seeding refuses to guess). */
  async unknownCategoryCodes(catalog: DemoCatalog): Promise<string[]> {
    const wanted = [
      ...new Set([
        ...catalog.organizations.flatMap((o) => o.sectorCodes),
        ...catalog.offerings.map((o) => o.categoryCode),
        ...catalog.needs.map((n) => n.categoryCode),
      ]),
    ];
    const known = new Set((await this.taxonomy.findByCodes(wanted)).map((c) => c.code));
    return wanted.filter((code) => !known.has(code));
  }

  /** Marks the catalog's users verified (identity's bulk writer). */
  markEmailsVerified(organizations: readonly DemoOrganization[]): Promise<void> {
    return this.organizations.markEmailsVerified(organizations.flatMap((o) => o.users.map((u) => u.email)));
  }

  /** Ids of the organizations that already exist (same country and tax id), by key. */
  existingOrganizationIds(organizations: readonly DemoOrganization[]): Promise<Map<string, string>> {
    return this.organizations.existingIds(organizations);
  }

  /** New organizations with their users, an hour apart; their ids by key. */
  insertOrganizations(organizations: readonly DemoOrganization[], now: number): Promise<{ byKey: Map<string, string>; users: number }> {
    return this.organizations.insert(
      organizations.map((org, i) => ({ ...org, createdAt: createdAtOf(now, i, organizations.length, HOUR_MS) })),
    );
  }

  insertOfferings(offerings: readonly DemoOffering[], orgIdOf: OrgIdOf, now: number, onChunk?: (rows: number) => void): Promise<number> {
    const rows = bulkRows(offerings, orgIdOf, now, ({ price }) => ({ priceMin: price?.min, priceMax: price?.max, currency: price?.currency }));
    return this.listings.insertOfferings(rows, onChunk);
  }

  insertNeeds(needs: readonly DemoNeed[], orgIdOf: OrgIdOf, now: number, onChunk?: (rows: number) => void): Promise<number> {
    const rows = bulkRows(needs, orgIdOf, now, ({ budget }) => ({ budgetMin: budget?.min, budgetMax: budget?.max, budgetCurrency: budget?.currency }));
    return this.listings.insertNeeds(rows, onChunk);
  }
}

type OrgIdOf = (orgKey: string) => string | undefined;

/**
 * The catalog's bulk rows of demo listings: organization ids for keys (listings of unknown organizations
 * left out), the money as columns, creation times spread over the past in catalog order.
 */
function bulkRows<T extends DemoOffering | DemoNeed>(listings: readonly T[], orgIdOf: OrgIdOf, now: number, money: (listing: T) => object): BulkListing[] {
  const step = listingStepMs(listings.length);
  return listings.flatMap((listing, i) => {
    const organizationId = orgIdOf(listing.orgKey);
    if (!organizationId) return [];
    const { key: _key, orgKey: _orgKey, price: _price, budget: _budget, ...fields } = listing as DemoOffering & DemoNeed;
    return [{ ...fields, ...money(listing), organizationId, createdAt: createdAtOf(now, i, listings.length, step) }];
  });
}
