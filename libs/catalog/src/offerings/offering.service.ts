import { Injectable } from '@nestjs/common';
import { byKeys, isUuid, paginate, TransactionHost, type ConnectionPage, type RequestUser } from '@tradebridge/core';
import { In } from 'typeorm';
import { ListingStatus, type OfferingKind, type Currency } from '../shared/catalog.enums.js';
import { NoOrganization } from '../shared/catalog.errors.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { mayReadListing, readsAllOf } from '../shared/listing-visibility.js';
import { priceColumnsOf } from '../shared/price-range.input.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Offering } from './offering.entity.js';
import { IllegalOfferingTransition, NotOfferingOwner, OfferingNotFound } from './offering.errors.js';
import type { OfferingInput, OrganizationOfferingsArgs } from './offering.input.js';
import { canMoveOffering, isOfferingPublic, OFFERING_STATUS_EVENT, publicOfferingSql } from './offering.rules.js';

/** The checked, normalised content of an OfferingInput (everything but the status). */
interface OfferingFields {
  kind: OfferingKind;
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  priceMin: string | null;
  priceMax: string | null;
  currency: Currency | null;
  minOrderQuantity: number | null;
  unit: string | null;
  leadTimeDays: number | null;
  certifications: string[];
  deliveryRegions: string[];
  validUntil: Date | null;
}

/**
 * Offerings: who may read them (isVisibleTo, from the catalog's one rule in listing-visibility.ts), the lifecycle
 * DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED, and writes that append a search outbox row in the same
 * transaction. Only members of the owning organization write.
 */
@Injectable()
export class OfferingService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly taxonomy: TaxonomyService,
    private readonly outbox: CatalogOutbox,
  ) {}

  // ---- reads ----

  /** Whether `viewer` may read the offering: public ones anyone; the rest the owners and admins. */
  isVisibleTo(viewer: RequestUser | null, offering: Offering, now: Date = new Date()): boolean {
    return mayReadListing(viewer, offering, isOfferingPublic(offering, now));
  }

  /** In `ids` order, null for unknown ids; no visibility check (internal use: relays, loaders). */
  async findByIds(ids: readonly string[]): Promise<(Offering | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.tx.repo(Offering).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (o) => o.id);
  }

  /** In `ids` order; null for unknown ids and for offerings `viewer` may not read. */
  async findVisible(viewer: RequestUser | null, ids: readonly string[]): Promise<(Offering | null)[]> {
    const now = new Date();
    return (await this.findByIds(ids)).map((o) => (o && this.isVisibleTo(viewer, o, now) ? o : null));
  }

  async findVisibleById(viewer: RequestUser | null, id: string): Promise<Offering | null> {
    return (await this.findVisible(viewer, [id]))[0];
  }

  /**
   * An organization's offerings, newest first. Its members and admins see every status; others only
   * published, unexpired ones (asking for drafts gives them an empty list).
   */
  listForOrganization(viewer: RequestUser | null, organizationId: string, args: OrganizationOfferingsArgs): Promise<ConnectionPage<Offering>> {
    const query = this.tx.repo(Offering).createQueryBuilder('o').where('o.organizationId = :organizationId', { organizationId });
    if (args.status) query.andWhere('o.status = :status', { status: args.status });
    if (!readsAllOf(viewer, organizationId)) query.andWhere(publicOfferingSql('o'));
    return paginate(query, { first: args.first ?? 20, after: args.after });
  }

  // ---- writes ----

  /** Creates an offering of the caller's organization, PUBLISHED unless `publish: false` keeps a draft. */
  async createOffering(caller: RequestUser, input: OfferingInput): Promise<Offering> {
    const fields = await this.checkInput(input);
    const organizationId = caller.organizationId;
    if (!organizationId) throw new NoOrganization('offerings');
    return this.tx.run(async () => {
      const repo = this.tx.repo(Offering);
      const publish = input.publish !== false;
      const offering = repo.create({
        ...fields,
        organizationId,
        status: publish ? ListingStatus.PUBLISHED : ListingStatus.DRAFT,
        publishedAt: publish ? new Date() : null,
      });
      await repo.insert(offering);
      await this.outbox.enqueue('offering', offering.id, 'catalog.offering.created');
      if (publish) await this.outbox.enqueue('offering', offering.id, 'catalog.offering.published');
      return offering;
    });
  }

  /** Replaces the offering's content; the status stays (it changes only through setOfferingStatus). */
  async updateOffering(caller: RequestUser, id: string, input: OfferingInput): Promise<Offering> {
    const fields = await this.checkInput(input);
    return this.tx.run(async () => {
      const offering = await this.editable(caller, id);
      Object.assign(offering, fields);
      await this.tx.repo(Offering).save(offering);
      await this.outbox.enqueue('offering', offering.id, 'catalog.offering.updated');
      return offering;
    });
  }

  /**
   * Moves the offering along its lifecycle (CONFLICT for other moves). Asking for the current status
   * changes nothing. The first publication sets publishedAt.
   */
  async setOfferingStatus(caller: RequestUser, id: string, status: ListingStatus): Promise<Offering> {
    return this.tx.run(async () => {
      const offering = await this.editable(caller, id);
      if (offering.status === status) return offering;
      if (!canMoveOffering(offering.status, status)) throw new IllegalOfferingTransition(offering.status, status);
      offering.status = status;
      if (status === ListingStatus.PUBLISHED) offering.publishedAt ??= new Date();
      await this.tx.repo(Offering).save(offering);
      await this.outbox.enqueue('offering', offering.id, OFFERING_STATUS_EVENT[status]);
      return offering;
    });
  }

  /** The offering locked for update: NOT_FOUND first, then FORBIDDEN for anyone outside its organization. */
  private async editable(caller: RequestUser, id: string): Promise<Offering> {
    const offering = isUuid(id)
      ? await this.tx.repo(Offering).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!offering) throw new OfferingNotFound(id);
    if (caller.organizationId !== offering.organizationId) throw new NotOfferingOwner();
    return offering;
  }

  /** Input values beyond shape (the category must exist), normalised for storage. */
  private async checkInput(input: OfferingInput): Promise<OfferingFields> {
    const category = await this.taxonomy.requireCategory(input.categoryCode.trim(), 'input.categoryCode');
    const price = priceColumnsOf(input.price);
    return {
      kind: input.kind,
      title: input.title.trim(),
      description: input.description.trim(),
      categoryCode: category.code,
      keywords: cleanList(input.keywords),
      priceMin: price.min,
      priceMax: price.max,
      currency: price.currency,
      minOrderQuantity: input.minOrderQuantity ?? null,
      unit: cleanOptional(input.unit),
      leadTimeDays: input.leadTimeDays ?? null,
      certifications: cleanList(input.certifications),
      deliveryRegions: cleanList(input.deliveryRegions),
      validUntil: input.validUntil ?? null,
    };
  }
}
