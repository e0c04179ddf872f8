import { Injectable } from '@nestjs/common';
import { byKeys, isUuid, paginate, TransactionHost, type ConnectionPage, type RequestUser } from '@tradebridge/core';
import { In } from 'typeorm';
import { NeedStatus, type Currency } from '../shared/catalog.enums.js';
import { NoOrganization } from '../shared/catalog.errors.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { mayReadListing, readsAllOf } from '../shared/listing-visibility.js';
import { priceColumnsOf } from '../shared/price-range.input.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Need } from './need.entity.js';
import { IllegalNeedTransition, NeedNotFound, NotNeedOwner } from './need.errors.js';
import type { NeedInput, OrganizationNeedsArgs } from './need.input.js';
import { canMoveNeed, isNeedPublic, NEED_STATUS_EVENT, publicNeedSql } from './need.rules.js';

/** The checked, normalised content of a NeedInput (everything but the status). */
interface NeedFields {
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  quantity: number | null;
  unit: string | null;
  budgetMin: string | null;
  budgetMax: string | null;
  budgetCurrency: Currency | null;
  neededBy: Date | null;
  deliveryRegion: string;
  requiredCertifications: string[];
}

/**
 * Needs: who may read them (isVisibleTo, from the catalog's one rule in listing-visibility.ts), the lifecycle
 * DRAFT -> OPEN -> CLOSED | FULFILLED (CLOSED may reopen; FULFILLED is final), and writes that append a
 * search outbox row in the same transaction. Only members of the owning organization write.
 */
@Injectable()
export class NeedService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly taxonomy: TaxonomyService,
    private readonly outbox: CatalogOutbox,
  ) {}

  // ---- reads ----

  /** Whether `viewer` may read the need: open, unexpired ones anyone; the rest the owners and admins. */
  isVisibleTo(viewer: RequestUser | null, need: Need, now: Date = new Date()): boolean {
    return mayReadListing(viewer, need, isNeedPublic(need, now));
  }

  /** In `ids` order, null for unknown ids; no visibility check (internal use: relays, loaders). */
  async findByIds(ids: readonly string[]): Promise<(Need | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.tx.repo(Need).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (n) => n.id);
  }

  /** In `ids` order; null for unknown ids and for needs `viewer` may not read. */
  async findVisible(viewer: RequestUser | null, ids: readonly string[]): Promise<(Need | null)[]> {
    const now = new Date();
    return (await this.findByIds(ids)).map((n) => (n && this.isVisibleTo(viewer, n, now) ? n : null));
  }

  async findVisibleById(viewer: RequestUser | null, id: string): Promise<Need | null> {
    return (await this.findVisible(viewer, [id]))[0];
  }

  /**
   * An organization's needs, newest first. Its members and admins see every status; others only open,
   * unexpired ones (asking for drafts gives them an empty list).
   */
  listForOrganization(viewer: RequestUser | null, organizationId: string, args: OrganizationNeedsArgs): Promise<ConnectionPage<Need>> {
    const query = this.tx.repo(Need).createQueryBuilder('n').where('n.organizationId = :organizationId', { organizationId });
    if (args.status) query.andWhere('n.status = :status', { status: args.status });
    if (!readsAllOf(viewer, organizationId)) query.andWhere(publicNeedSql('n'));
    return paginate(query, { first: args.first ?? 20, after: args.after });
  }

  // ---- writes ----

  /** Creates a need of the caller's organization, OPEN unless `publish: false` keeps a draft. */
  async createNeed(caller: RequestUser, input: NeedInput): Promise<Need> {
    const fields = await this.checkInput(input);
    const organizationId = caller.organizationId;
    if (!organizationId) throw new NoOrganization('needs');
    return this.tx.run(async () => {
      const repo = this.tx.repo(Need);
      const open = input.publish !== false;
      const need = repo.create({
        ...fields,
        organizationId,
        status: open ? NeedStatus.OPEN : NeedStatus.DRAFT,
        openedAt: open ? new Date() : null,
      });
      await repo.insert(need);
      await this.outbox.enqueue('need', need.id, 'catalog.need.created');
      if (open) await this.outbox.enqueue('need', need.id, 'catalog.need.opened');
      return need;
    });
  }

  /** Replaces the need's content; the status stays (it changes only through setNeedStatus). */
  async updateNeed(caller: RequestUser, id: string, input: NeedInput): Promise<Need> {
    const fields = await this.checkInput(input);
    return this.tx.run(async () => {
      const need = await this.editable(caller, id);
      Object.assign(need, fields);
      await this.tx.repo(Need).save(need);
      await this.outbox.enqueue('need', need.id, 'catalog.need.updated');
      return need;
    });
  }

  /**
   * Moves the need along its lifecycle (CONFLICT for other moves). Asking for the current status changes
   * nothing. The first opening sets openedAt.
   */
  async setNeedStatus(caller: RequestUser, id: string, status: NeedStatus): Promise<Need> {
    return this.tx.run(async () => {
      const need = await this.editable(caller, id);
      if (need.status === status) return need;
      if (!canMoveNeed(need.status, status)) throw new IllegalNeedTransition(need.status, status);
      need.status = status;
      if (status === NeedStatus.OPEN) need.openedAt ??= new Date();
      await this.tx.repo(Need).save(need);
      await this.outbox.enqueue('need', need.id, NEED_STATUS_EVENT[status]);
      return need;
    });
  }

  /** The need locked for update: NOT_FOUND first, then FORBIDDEN for anyone outside its organization. */
  private async editable(caller: RequestUser, id: string): Promise<Need> {
    const need = isUuid(id) ? await this.tx.repo(Need).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!need) throw new NeedNotFound(id);
    if (caller.organizationId !== need.organizationId) throw new NotNeedOwner();
    return need;
  }

  /** Input values beyond shape (the category must exist), normalised for storage. */
  private async checkInput(input: NeedInput): Promise<NeedFields> {
    const category = await this.taxonomy.requireCategory(input.categoryCode.trim(), 'input.categoryCode');
    const budget = priceColumnsOf(input.budget);
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      categoryCode: category.code,
      keywords: cleanList(input.keywords),
      quantity: input.quantity ?? null,
      unit: cleanOptional(input.unit),
      budgetMin: budget.min,
      budgetMax: budget.max,
      budgetCurrency: budget.currency,
      neededBy: input.neededBy ?? null,
      deliveryRegion: input.deliveryRegion.trim(),
      requiredCertifications: cleanList(input.requiredCertifications),
    };
  }
}
