import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { ContactRequest } from './contact-request.entity.js';
import { ContactRequestService } from './contact-request.service.js';
import type { ListingKind } from './contact-request.rules.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * Per-request contact request loaders for links from other types (Notification.contactRequest,
 * Offering.myContactRequest, Need.myContactRequest).
 * @example this.contactRequests.visibleById(ctx).load(notification.contactRequestId)
 */
@Injectable()
export class ContactRequestLoaders {
  constructor(private readonly requests: ContactRequestService) {}

  /** The request if the request's caller may read it (either organization's member, or an admin), else null. */
  visibleById(ctx: Ctx): DataLoader<string, ContactRequest | null> {
    return ctx.loaders.get('contacts.contactRequest.visibleById', () =>
      new DataLoader(async (ids: readonly string[]) =>
        (await this.requests.findByIds(ids)).map((r) => (r && this.requests.isVisibleTo(ctx.user, r) ? r : null)),
      ),
    );
  }

  /** The caller organization's newest request about a listing (by listing id); null without an organization. */
  latestFromCaller(ctx: Ctx, kind: ListingKind): DataLoader<string, ContactRequest | null> {
    return ctx.loaders.get(`contacts.contactRequest.latestFromCaller.${kind}`, () =>
      new DataLoader(async (listingIds: readonly string[]) => {
        const organizationId = ctx.user?.organizationId;
        if (!organizationId) return listingIds.map(() => null);
        return this.requests.latestFromOrganization(organizationId, kind, listingIds);
      }),
    );
  }
}
