import { Injectable } from '@nestjs/common';
import { byKeys, countGrouped, EntityRows, isUuid, paginateGrouped, TransactionHost, ValidationFailed, type ConnectionPage, type FieldError, type RequestUser } from '@tradebridge/core';
import { organizationRows, type OrganizationEntity } from '@tradebridge/identity';
import { ReferenceInput } from '@tradebridge/reference';
import { In, type DeepPartial, type FindOptionsWhere } from 'typeorm';
import { NoOrganization } from '../shared/catalog.errors.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import { cleanList } from '../shared/listing-fields.js';
import { priceColumnsOf, type PriceRangeInput } from '../shared/price-range.input.js';
import type { ListingTextInput } from '../shared/listing-text.input.js';
import { mayReadListing } from '../shared/listing-visibility.js';
import { organizationListingsQuery } from '../shared/organization-listings.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { IllegalListingTransition, ListingNotFound, NotListingOwner } from './listing.errors.js';
import { canMove, isListingPublic, publicListingSql, statusEvent, type Listing, type ListingKind } from './listing-kind.js';

/** What every listing input has: the text, and (on create) whether to publish at once. */
export interface ListingInput extends ListingTextInput {
  publish?: boolean | null;
}

export interface ListingPageArgs<S> {
  status?: S | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Offerings and needs (OfferingService, NeedService): who may read them (public ones anyone; the rest
 * the owning organization's members and admins: listing-visibility.ts), the lifecycle of the kind, and
 * writes that append a search outbox row in the same transaction. Only members of the owning
 * organization write. A kind states only how its own input fields are checked and stored (`fieldsOf`).
 */
@Injectable()
export abstract class ListingService<L extends Listing, I extends ListingInput> {
  abstract readonly kind: ListingKind<L>;

  constructor(
    protected readonly tx: TransactionHost,
    protected readonly taxonomy: TaxonomyService,
    protected readonly outbox: CatalogOutbox,
  ) {}

  /**
   * The kind's own fields of a validated input, normalised for storage (everything but the text, the
   * money and the status); reference values (unit, regions, certifications) become codes through
   * `refs`, which collects the refusals.
   */
  protected abstract fieldsOf(input: I, refs: ReferenceInput): DeepPartial<L>;

  // ---- reads ----

  /** Whether `viewer` may read the listing: public ones anyone; the rest the owners and admins. */
  isVisibleTo(viewer: RequestUser | null, listing: L, now: Date = new Date()): boolean {
    return mayReadListing(viewer, listing, isListingPublic(this.kind, listing, now));
  }

  /** In `ids` order, null for unknown ids; no visibility check (internal use: relays, loaders). */
  async findByIds(ids: readonly string[]): Promise<(L | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.tx.repo(this.kind.entity).findBy({ id: In(valid) } as FindOptionsWhere<L>) : [];
    return byKeys(ids, rows, (l) => l.id);
  }

  /** In `ids` order; null for unknown ids and for listings `viewer` may not read. */
  async findVisible(viewer: RequestUser | null, ids: readonly string[]): Promise<(L | null)[]> {
    const now = new Date();
    return (await this.findByIds(ids)).map((l) => (l && this.isVisibleTo(viewer, l, now) ? l : null));
  }

  /**
   * findVisible with each listing's organization read in the same statement (search hits show both):
   * one round trip and no query building instead of two finds (`npm run bench -- --phases search`).
   */
  async findVisibleWithOrganizations(viewer: RequestUser | null, ids: readonly string[]): Promise<{ listings: (L | null)[]; organizations: OrganizationEntity[] }> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length) return { listings: ids.map(() => null), organizations: [] };
    this.joinedRows ??= { listing: new EntityRows(this.tx.dataSource, this.kind.entity, 'l_'), organization: organizationRows(this.tx.dataSource, 'o_') };
    const { listing, organization } = this.joinedRows;
    const rows = await this.tx.rows(
      `SELECT ${listing.select('l')}, ${organization.select('o')} FROM ${listing.table} l JOIN ${organization.table} o ON o.id = l.organization_id WHERE l.id = ANY($1::uuid[])`,
      [valid],
    );
    const now = new Date();
    const listings = rows.map((row) => listing.hydrate(row)!);
    const organizations = rows.map((row) => organization.hydrate(row)!);
    return { listings: byKeys(ids, listings, (l) => l.id).map((l) => (l && this.isVisibleTo(viewer, l, now) ? l : null)), organizations };
  }

  private joinedRows: { listing: EntityRows<L>; organization: EntityRows<OrganizationEntity> } | undefined;

  async findVisibleById(viewer: RequestUser | null, id: string): Promise<L | null> {
    return (await this.findVisible(viewer, [id]))[0];
  }

  /**
   * Organization.offerings / Organization.needs for many organizations at once (the field's DataLoader):
   * newest first, the first page of each in one statement, in `organizationIds` order. Members and admins
   * see every status; others only public ones (asking for drafts gives them an empty list).
   * totalCount: `countForOrganizations`.
   */
  listForOrganizations(
    viewer: RequestUser | null,
    organizationIds: readonly string[],
    args: ListingPageArgs<L['status']>,
  ): Promise<Array<Omit<ConnectionPage<L>, 'totalCount'>>> {
    const query = this.organizationListings(viewer, organizationIds, args.status);
    return paginateGrouped({ query, parentColumn: 'organization_id', parentOf: (row) => row.organizationId, parentIds: organizationIds }, args);
  }

  /** How many listings each organization has that `viewer` may list (one GROUP BY statement). */
  countForOrganizations(viewer: RequestUser | null, organizationIds: readonly string[], status: L['status'] | null | undefined): Promise<number[]> {
    return countGrouped({ query: this.organizationListings(viewer, organizationIds, status), parentColumn: 'organization_id', parentIds: organizationIds });
  }

  private organizationListings(viewer: RequestUser | null, organizationIds: readonly string[], status: L['status'] | null | undefined) {
    const query = this.tx.repo(this.kind.entity).createQueryBuilder('l');
    return organizationListingsQuery(query, viewer, organizationIds, status, publicListingSql(this.kind, 'l'));
  }

  // ---- writes ----

  /** Creates a listing of the caller's organization, public unless `publish: false` keeps a draft. */
  async create(caller: RequestUser, input: I): Promise<L> {
    const fields = await this.checkInput(caller, input);
    const organizationId = caller.organizationId;
    if (!organizationId) throw new NoOrganization(`${this.kind.name}s`);
    return this.tx.run(async () => {
      const repo = this.tx.repo(this.kind.entity);
      const publish = input.publish !== false;
      const listing = repo.create({
        ...fields,
        organizationId,
        status: publish ? this.kind.publicStatus : this.kind.draftStatus,
        [this.kind.publishedAt]: publish ? new Date() : null,
      } as DeepPartial<L>);
      await repo.insert(listing as Parameters<typeof repo.insert>[0]);
      await this.outbox.enqueue(this.kind.name, listing.id, `catalog.${this.kind.name}.created`);
      if (publish) await this.outbox.enqueue(this.kind.name, listing.id, statusEvent(this.kind, this.kind.publicStatus));
      return listing;
    });
  }

  /** Replaces the listing's content; the status stays (it changes only through setStatus). */
  async update(caller: RequestUser, id: string, input: I): Promise<L> {
    const fields = await this.checkInput(caller, input);
    return this.tx.run(async () => {
      const listing = await this.editable(caller, id);
      Object.assign(listing, fields);
      await this.tx.repo(this.kind.entity).save(listing);
      await this.outbox.enqueue(this.kind.name, listing.id, `catalog.${this.kind.name}.updated`);
      return listing;
    });
  }

  /**
   * Moves the listing along its lifecycle (CONFLICT for other moves). Asking for the current status
   * changes nothing. The first publication sets the kind's publishedAt.
   */
  async setStatus(caller: RequestUser, id: string, status: L['status']): Promise<L> {
    return this.tx.run(async () => {
      const listing = await this.editable(caller, id);
      if (listing.status === status) return listing;
      if (!canMove(this.kind, listing.status, status)) throw new IllegalListingTransition(this.kind, listing.status, status);
      listing.status = status;
      const published = listing as unknown as Record<string, Date | null>;
      if (status === this.kind.publicStatus) published[this.kind.publishedAt] ??= new Date();
      await this.tx.repo(this.kind.entity).save(listing);
      await this.outbox.enqueue(this.kind.name, listing.id, statusEvent(this.kind, status));
      return listing;
    });
  }

  /**
   * Moves every public listing of the organization to the kind's withdrawn status, each with its outbox
   * row (they leave the index), in the caller's transaction: an organization deactivated.
   */
  async withdrawAll(organizationId: string): Promise<void> {
    const { name, publicStatus, withdrawnStatus } = this.kind;
    const rows = await this.tx.rows<{ id: string }>(
      `UPDATE ${name}s SET status = $2, updated_at = now() WHERE organization_id = $1 AND status = $3 RETURNING id`,
      [organizationId, withdrawnStatus, publicStatus],
    );
    for (const { id } of rows) await this.outbox.enqueue(name, id, statusEvent(this.kind, withdrawnStatus));
  }

  /** The listing locked for update: NOT_FOUND first, then FORBIDDEN for anyone outside its organization. */
  private async editable(caller: RequestUser, id: string): Promise<L> {
    const listing = isUuid(id)
      ? await this.tx.repo(this.kind.entity).findOne({ where: { id } as FindOptionsWhere<L>, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!listing) throw new ListingNotFound(this.kind, id);
    if (caller.organizationId !== listing.organizationId) throw new NotListingOwner(this.kind);
    return listing;
  }

  /**
   * Input values beyond shape, normalised for storage, every bad one reported at once: the category
   * must exist, units and regions must be known (refusals in the caller's language, with the closest
   * known names). What create and update store, and what an import (imports/) compares with the
   * stored listing and writes, so a rule added here or in the input class holds for imported rows too.
   */
  async checkInput(caller: Pick<RequestUser, 'locale'>, input: I): Promise<DeepPartial<L>> {
    const errors: FieldError[] = [];
    const category = await this.taxonomy.requireCategory(input.categoryCode.trim(), 'input.categoryCode').catch((error: unknown) => {
      if (!(error instanceof ValidationFailed)) throw error;
      errors.push(...error.fields);
      return null;
    });
    const refs = new ReferenceInput(caller.locale);
    const own = this.fieldsOf(input, refs);
    refs.check(errors);
    const { field, columns } = this.kind.money;
    const money = priceColumnsOf((input as unknown as Record<string, PriceRangeInput | null | undefined>)[field]);
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      categoryCode: category!.code,
      keywords: cleanList(input.keywords),
      [columns.min]: money.min,
      [columns.max]: money.max,
      [columns.currency]: money.currency,
      ...own,
    } as DeepPartial<L>;
  }
}
