import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import { OrganizationLoaders, UserLoaders, type UserEntity } from '@tradebridge/identity';
import type { ContactRequest } from './contact-request.entity.js';
import { ContactRequestStatus } from './contact-request.enums.js';
import { buildContactExchange, mayReadContactRequest } from './contact-request.rules.js';
import type { ContactExchange } from './contact-request.type.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * The private contact exchange of an accepted request: the requester's and the responder's cards
 * (name, position, organization, e-mail, phone), for the two organizations' members and admins only.
 * Checked here, per viewer, whatever path led to the request.
 */
@Injectable()
export class ContactExchangeService {
  constructor(
    private readonly users: UserLoaders,
    private readonly organizations: OrganizationLoaders,
  ) {}

  async exchangeFor(ctx: Ctx, request: ContactRequest): Promise<ContactExchange | null> {
    // Decide before loading anyone: strangers and unanswered requests cost no query.
    if (request.status !== ContactRequestStatus.ACCEPTED || !request.respondedBy || !mayReadContactRequest(ctx.user, request)) return null;
    const [requester, responder, from, to] = await Promise.all([
      this.users.byId(ctx).load(request.requestedBy),
      this.users.byId(ctx).load(request.respondedBy),
      this.organizations.byId(ctx).load(request.fromOrganizationId),
      this.organizations.byId(ctx).load(request.toOrganizationId),
    ]);
    const exchange = buildContactExchange(
      ctx.user,
      request,
      { person: personOf(requester), organizationName: from?.name ?? null },
      { person: personOf(responder), organizationName: to?.name ?? null },
    );
    if (!exchange) return null;
    // Where each side is: labelled in the reader's language by ContactCardResolver.
    return { requester: { ...exchange.requester, region: from?.region ?? null }, responder: { ...exchange.responder, region: to?.region ?? null } };
  }
}

/** A card shows only a proven address: an unverified one (an account from before verification) shows as "". */
function personOf(user: UserEntity | null) {
  return user && { displayName: user.displayName, position: user.position, email: user.emailVerifiedAt ? user.email : '', phone: user.phone };
}
