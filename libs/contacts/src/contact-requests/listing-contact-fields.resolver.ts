import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Need, Offering } from '@tradebridge/catalog';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { ContactRequest } from './contact-request.entity.js';
import { ContactRequestLoaders } from './contact-request.loaders.js';

const DESCRIPTION = "The caller organization's newest contact request about this listing (any status); null when anonymous or never asked";

/** Offering.myContactRequest: lets a page show "requested" (or the answer) instead of asking twice. */
@Resolver(() => Offering)
export class OfferingContactFieldsResolver {
  constructor(private readonly contactRequests: ContactRequestLoaders) {}

  @ResolveField('myContactRequest', () => ContactRequest, { nullable: true, description: DESCRIPTION })
  myContactRequest(@Parent() offering: Offering, @Ctx() ctx: RequestContext): Promise<ContactRequest | null> {
    return this.contactRequests.latestFromCaller(ctx, 'offering').load(offering.id);
  }
}

/** Need.myContactRequest, the same for a supplier looking at a buyer's need. */
@Resolver(() => Need)
export class NeedContactFieldsResolver {
  constructor(private readonly contactRequests: ContactRequestLoaders) {}

  @ResolveField('myContactRequest', () => ContactRequest, { nullable: true, description: DESCRIPTION })
  myContactRequest(@Parent() need: Need, @Ctx() ctx: RequestContext): Promise<ContactRequest | null> {
    return this.contactRequests.latestFromCaller(ctx, 'need').load(need.id);
  }
}
