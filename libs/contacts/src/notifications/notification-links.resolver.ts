import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Need, NeedLoaders, Offering, OfferingLoaders } from '@tradebridge/catalog';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { Notification } from '@tradebridge/notifications';
import { ContactRequest } from '../contact-requests/contact-request.entity.js';
import { ContactRequestLoaders } from '../contact-requests/contact-request.loaders.js';

/**
 * Notification's links, resolved through the owning slices' visibility-checking loaders: a notification
 * never shows a listing or a request its reader may not see (null instead). Lives here because the
 * notifications slice is a sink that knows no domain types.
 */
@Resolver(() => Notification)
export class NotificationLinksResolver {
  constructor(
    private readonly offerings: OfferingLoaders,
    private readonly needs: NeedLoaders,
    private readonly contactRequests: ContactRequestLoaders,
  ) {}

  @ResolveField('need', () => Need, { nullable: true })
  need(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Need | null> | null {
    return notification.needId ? this.needs.visibleById(ctx).load(notification.needId) : null;
  }

  @ResolveField('offering', () => Offering, { nullable: true })
  offering(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Offering | null> | null {
    return notification.offeringId ? this.offerings.visibleById(ctx).load(notification.offeringId) : null;
  }

  @ResolveField('contactRequest', () => ContactRequest, { nullable: true })
  contactRequest(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<ContactRequest | null> | null {
    return notification.contactRequestId ? this.contactRequests.visibleById(ctx).load(notification.contactRequestId) : null;
  }
}
