import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  byKeys,
  isUuid,
  paginate,
  TransactionHost,
  uniqueViolationOf,
  type AppConfig,
  type ConnectionPage,
  type RequestUser,
} from '@tradebridge/core';
import { EmailNotVerified } from '@tradebridge/identity';
import { ContactListings } from './contact-listings.js';
import { ContactRequest } from './contact-request.entity.js';
import { ContactDirection, ContactRequestStatus } from './contact-request.enums.js';
import {
  ContactListingNotFound,
  ContactRequestLimitReached,
  ContactRequestNotFound,
  ContactRequestNotPending,
  DuplicatePendingContactRequest,
  ListingNotOpenForContact,
  NoOrganizationForContact,
  NotContactRequester,
  NotContactRequestTarget,
  ownListing,
} from './contact-request.errors.js';
import type { ContactRequestInput, ContactRequestsArgs, ContactResponseInput } from './contact-request.input.js';
import { ContactRequestNotifier } from './contact-request.notifier.js';
import { mayReadContactRequest, mayRespond, mayWithdraw, type ListingKind } from './contact-request.rules.js';

const PENDING_KEYS = new Set(['contact_requests_pending_offering_key', 'contact_requests_pending_need_key']);

/**
 * Contact requests: who may read them (the two organizations' members and admins), asking for contact
 * on another organization's listing, answering (the target organization) and withdrawing (the
 * requesting organization). Every change notifies the other side in the same transaction.
 */
@Injectable()
export class ContactRequestService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly listings: ContactListings,
    private readonly notifier: ContactRequestNotifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- reads ----

  /** In `ids` order, null for unknown ids; no visibility check (loaders filter per viewer). */
  async findByIds(ids: readonly string[]): Promise<(ContactRequest | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length
      ? await this.tx.repo(ContactRequest).createQueryBuilder('cr').where('cr.id IN (:...ids)', { ids: valid }).getMany()
      : [];
    return byKeys(ids, rows, (r) => r.id);
  }

  isVisibleTo(viewer: RequestUser | null, request: ContactRequest): boolean {
    return mayReadContactRequest(viewer, request);
  }

  /** The request if `viewer` belongs to one of its organizations or is an admin; null otherwise. */
  async findVisibleById(viewer: RequestUser | null, id: string): Promise<ContactRequest | null> {
    const [request] = await this.findByIds([id]);
    return request && this.isVisibleTo(viewer, request) ? request : null;
  }

  /** The caller organization's requests, received (INCOMING) or sent (OUTGOING), newest first. */
  listForOrganization(caller: RequestUser, args: ContactRequestsArgs): Promise<ConnectionPage<ContactRequest>> {
    const query = this.tx.repo(ContactRequest).createQueryBuilder('cr');
    const column = args.direction === ContactDirection.INCOMING ? 'cr.toOrganizationId' : 'cr.fromOrganizationId';
    if (caller.organizationId) query.where(`${column} = :organizationId`, { organizationId: caller.organizationId });
    else query.where('FALSE'); // no organization, no requests (the page arguments are still checked)
    if (args.status) query.andWhere('cr.status = :status', { status: args.status });
    return paginate(query, { first: args.first ?? 20, after: args.after });
  }

  /**
   * The newest request of `organizationId` about each listing (any status), in `listingIds` order; null
   * where it never asked. One query for a whole page of listings.
   */
  async latestFromOrganization(organizationId: string, kind: ListingKind, listingIds: readonly string[]): Promise<(ContactRequest | null)[]> {
    const valid = [...new Set(listingIds.filter(isUuid))];
    if (valid.length === 0) return listingIds.map(() => null);
    const column = kind === 'offering' ? 'offering_id' : 'need_id';
    const rows = await this.tx
      .repo(ContactRequest)
      .createQueryBuilder('cr')
      .distinctOn([`cr.${column}`])
      .where('cr.fromOrganizationId = :organizationId', { organizationId })
      .andWhere(`cr.${column} IN (:...ids)`, { ids: valid })
      .orderBy(`cr.${column}`)
      .addOrderBy('cr.createdAt', 'DESC')
      .getMany();
    return byKeys(listingIds, rows, (r) => (kind === 'offering' ? r.offeringId : r.needId) as string);
  }

  // ---- writes ----

  /**
   * Asks the listing's organization for contact. Checks, in order: the listing exists and the caller may
   * see it (NOT_FOUND), the caller has an organization (FORBIDDEN), it is not the caller's own listing
   * (BAD_USER_INPUT), it is public, no request of the caller's organization on it is pending (CONFLICT),
   * and the organization's daily allowance (RATE_LIMITED).
   */
  async requestContact(caller: RequestUser, input: ContactRequestInput): Promise<ContactRequest> {
    const kind: ListingKind = input.offeringId ? 'offering' : 'need';
    const listingId = (input.offeringId ?? input.needId ?? '').trim();
    try {
      return await this.tx.run(async () => {
        const listing = await this.listings.visibleTo(caller, kind, listingId);
        if (!listing) throw new ContactListingNotFound(kind, listingId);
        if (!caller.emailVerified) throw new EmailNotVerified('request contact');
        const organizationId = caller.organizationId;
        if (!organizationId) throw new NoOrganizationForContact();
        if (listing.organizationId === organizationId) throw ownListing(kind);
        if (!listing.isPublic) throw new ListingNotOpenForContact(kind);
        await this.lockRequestsOf(organizationId);
        if (await this.hasPending(organizationId, kind, listing.id)) throw new DuplicatePendingContactRequest(kind);
        await this.checkDailyAllowance(organizationId);
        const repo = this.tx.repo(ContactRequest);
        const request = repo.create({
          fromOrganizationId: organizationId,
          toOrganizationId: listing.organizationId,
          offeringId: kind === 'offering' ? listing.id : null,
          needId: kind === 'need' ? listing.id : null,
          requestedBy: caller.id,
          respondedBy: null,
          message: input.message.trim(),
          status: ContactRequestStatus.PENDING,
          responseMessage: null,
          respondedAt: null,
        });
        await repo.insert(request);
        await this.notifier.requestReceived(request, listing.title);
        return request;
      });
    } catch (error) {
      // A concurrent request slipped past the check: the partial unique index is the last guard.
      if (PENDING_KEYS.has(uniqueViolationOf(error) ?? '')) throw new DuplicatePendingContactRequest(kind);
      throw error;
    }
  }

  /** The target organization accepts or declines a pending request; the requesters are notified. */
  async respondToContactRequest(caller: RequestUser, input: ContactResponseInput): Promise<ContactRequest> {
    return this.tx.run(async () => {
      const request = await this.lockedOrFail(input.id);
      if (!mayRespond(caller, request)) throw new NotContactRequestTarget();
      if (!caller.emailVerified) throw new EmailNotVerified('answer a contact request');
      if (request.status !== ContactRequestStatus.PENDING) throw new ContactRequestNotPending(request.status);
      request.status = input.accept ? ContactRequestStatus.ACCEPTED : ContactRequestStatus.DECLINED;
      request.respondedBy = caller.id;
      request.respondedAt = new Date();
      request.responseMessage = input.message?.trim() || null;
      await this.tx.repo(ContactRequest).save(request);
      await this.notifier.requestAnswered(request, await this.listings.publicTitle(request));
      return request;
    });
  }

  /** The requesting organization takes back a pending request. */
  async withdrawContactRequest(caller: RequestUser, id: string): Promise<ContactRequest> {
    return this.tx.run(async () => {
      const request = await this.lockedOrFail(id);
      if (!mayWithdraw(caller, request)) throw new NotContactRequester();
      if (request.status !== ContactRequestStatus.PENDING) throw new ContactRequestNotPending(request.status);
      request.status = ContactRequestStatus.WITHDRAWN;
      await this.tx.repo(ContactRequest).save(request);
      return request;
    });
  }

  private async lockedOrFail(id: string): Promise<ContactRequest> {
    const request = isUuid(id)
      ? await this.tx.repo(ContactRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!request) throw new ContactRequestNotFound(id);
    return request;
  }

  /** Serialises one organization's new requests, so the pending check and the daily count hold under races. */
  private async lockRequestsOf(organizationId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`contacts.request:${organizationId}`]);
  }

  private hasPending(organizationId: string, kind: ListingKind, listingId: string): Promise<boolean> {
    return this.tx
      .repo(ContactRequest)
      .createQueryBuilder('cr')
      .where('cr.fromOrganizationId = :organizationId AND cr.status = :status', { organizationId, status: ContactRequestStatus.PENDING })
      .andWhere(kind === 'offering' ? 'cr.offeringId = :listingId' : 'cr.needId = :listingId', { listingId })
      .getExists();
  }

  /**
   * At most `contactRequestsPerDay` requests (withdrawn ones too) per organization in any 24 hours.
   * The limit-th newest request of the window tells when the next one will be allowed.
   */
  private async checkDailyAllowance(organizationId: string): Promise<void> {
    const limit = this.config.contactRequestsPerDay;
    const rows: Array<{ retry_after: number }> = await this.tx.manager.query(
      `SELECT extract(epoch FROM created_at + interval '1 day' - now())::float8 AS retry_after
         FROM contact_requests
        WHERE from_organization_id = $1 AND created_at > now() - interval '1 day'
        ORDER BY created_at DESC
        OFFSET $2 LIMIT 1`,
      [organizationId, limit - 1],
    );
    if (rows.length > 0) throw new ContactRequestLimitReached(limit, rows[0].retry_after);
  }
}

