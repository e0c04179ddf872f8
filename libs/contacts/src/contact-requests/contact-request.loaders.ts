import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { ContactRequest } from './contact-request.entity.js';
import { ContactRequestService } from './contact-request.service.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * Per-request contact request loader for links from other types (Notification.contactRequest).
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
}
