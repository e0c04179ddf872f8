import { Injectable } from '@nestjs/common';
import { isNeedPublic, isOfferingPublic, NeedService, OfferingService } from '@tradebridge/catalog';
import type { RequestUser } from '@tradebridge/core';
import type { ListingKind } from './contact-request.rules.js';

/** What the contacts slice needs to know about the listing a request is about. */
export interface ListingRef {
  kind: ListingKind;
  id: string;
  organizationId: string;
  title: string;
  /** Published (offering) or open (need), and not expired. */
  isPublic: boolean;
}

/** Reads listings through the catalog's services, which own the visibility rules. */
@Injectable()
export class ContactListings {
  constructor(
    private readonly offerings: OfferingService,
    private readonly needs: NeedService,
  ) {}

  /** The listing if `viewer` may read it, else null (unknown, or a draft/archived/expired one of others). */
  async visibleTo(viewer: RequestUser, kind: ListingKind, id: string): Promise<ListingRef | null> {
    if (kind === 'offering') {
      const offering = await this.offerings.findVisibleById(viewer, id);
      return offering && { kind, id: offering.id, organizationId: offering.organizationId, title: offering.title, isPublic: isOfferingPublic(offering) };
    }
    const need = await this.needs.findVisibleById(viewer, id);
    return need && { kind, id: need.id, organizationId: need.organizationId, title: need.title, isPublic: isNeedPublic(need) };
  }

  /** The title of the request's listing while it is public (a notification never names a hidden listing). */
  async publicTitle(ref: { offeringId: string | null; needId: string | null }): Promise<string | null> {
    if (ref.offeringId) {
      const [offering] = await this.offerings.findByIds([ref.offeringId]);
      return offering && isOfferingPublic(offering) ? offering.title : null;
    }
    if (ref.needId) {
      const [need] = await this.needs.findByIds([ref.needId]);
      return need && isNeedPublic(need) ? need.title : null;
    }
    return null;
  }
}
