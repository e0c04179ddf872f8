import { Injectable, type Type } from '@nestjs/common';
import { isUuid, TransactionHost, type RequestUser } from '@tradebridge/core';
import type { Listing, ListingKind } from '../listings/listing-kind.js';
import type { ListingInput, ListingService } from '../listings/listing.service.js';
import { NEED } from '../needs/need.rules.js';
import { NeedService } from '../needs/need.service.js';
import { OFFERING } from '../offerings/offering.rules.js';
import { OfferingService } from '../offerings/offering.service.js';
import { Category } from '../taxonomy/category.entity.js';
import { CategoryLookup } from './category-lookup.js';
import type { KindName } from './import-columns.js';
import { planRow, type RowPlan, type StoredListing } from './import-plan.js';
import type { RowError } from './import-rows.js';
import { checkRow, mergeErrors } from './row-validation.js';
import type { StoredRow } from './catalog-import.entity.js';

export type ImportableKind = ListingKind & { schema: { input: Type<ListingInput> } };

/** What a row comes to: its plan (with the listing's normalised values), or its errors. */
export type RowOutcome = { plan: RowPlan; fields: Record<string, unknown>; existing: StoredListing | null } | { errors: RowError[] };

/**
 * The listing core as an import sees it: per kind its rules and service, the categories, the
 * organization's listings a file names, and a row's outcome (validation + plan). Preview and apply both
 * judge rows here, so what a preview promised is what applying checks again.
 */
@Injectable()
export class ImportListings {
  constructor(
    private readonly tx: TransactionHost,
    private readonly offerings: OfferingService,
    private readonly needs: NeedService,
  ) {}

  kindOf(name: KindName): { rules: ImportableKind; service: ListingService<Listing, ListingInput> } {
    return name === 'OFFERING'
      ? { rules: OFFERING as unknown as ImportableKind, service: this.offerings as unknown as ListingService<Listing, ListingInput> }
      : { rules: NEED as unknown as ImportableKind, service: this.needs as unknown as ListingService<Listing, ListingInput> };
  }

  async categories(): Promise<CategoryLookup> {
    const rows = await this.tx.repo(Category).find({ select: { code: true, hsCode: true, name: true, nameEn: true } });
    return new CategoryLookup(rows);
  }

  /** The organization's listings of the kind that the ids or references name (locked when `lock`, inside a transaction). */
  async stored(
    name: KindName,
    organizationId: string,
    ids: readonly (string | null)[],
    refs: readonly (string | null)[],
    lock = false,
  ): Promise<{ byId: Map<string, StoredListing>; byRef: Map<string, StoredListing> }> {
    const { rules } = this.kindOf(name);
    const idList = [...new Set(ids.filter((id): id is string => id !== null && isUuid(id)))];
    const refList = [...new Set(refs.filter((ref): ref is string => ref !== null))];
    const query = this.tx
      .repo(rules.entity)
      .createQueryBuilder('l')
      .where('l.organization_id = :organizationId', { organizationId })
      .andWhere('(l.id = ANY(:ids::uuid[]) OR l.external_ref = ANY(:refs::text[]))', { ids: idList, refs: refList });
    if (lock) query.setLock('pessimistic_write');
    const rows = idList.length || refList.length ? ((await query.getMany()) as StoredListing[]) : [];
    return {
      byId: new Map(rows.map((row) => [row.id, row])),
      byRef: new Map(rows.filter((row) => row.externalRef !== null).map((row) => [row.externalRef!, row])),
    };
  }

  /** A row's outcome against the stored listings: its input checked as the mutations check it, then planned. */
  async outcome(
    caller: Pick<RequestUser, 'locale'>,
    name: KindName,
    row: StoredRow & { line: number; categoryColumn?: 'hsCode' | 'category' },
    cellErrors: readonly RowError[],
    stored: { byId: Map<string, StoredListing>; byRef: Map<string, StoredListing> },
  ): Promise<RowOutcome> {
    const { rules, service } = this.kindOf(name);
    const checked = await checkRow(caller, service, rules, name, reviveDates(row.input), row.categoryColumn ?? 'category');
    const errors = mergeErrors(cellErrors, 'errors' in checked ? checked.errors : []);
    if (errors.length || !('fields' in checked)) return { errors };
    const plan = planRow(rules, name, { line: row.line, id: row.id, externalRef: row.externalRef, requested: row.status, fields: checked.fields }, stored.byId, stored.byRef);
    if (plan.error) return { errors: [plan.error] };
    const existing = plan.listingId ? (stored.byId.get(plan.listingId) ?? null) : null;
    return { plan, fields: checked.fields, existing };
  }
}

const DATE_FIELDS = ['validUntil', 'neededBy'];

/** A stored row's input comes back from jsonb with its dates as text: the input class wants Dates. */
function reviveDates(input: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...input };
  for (const field of DATE_FIELDS) if (typeof copy[field] === 'string') copy[field] = new Date(copy[field]);
  return copy;
}
