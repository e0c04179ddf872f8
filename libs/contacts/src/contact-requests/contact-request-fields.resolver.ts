import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Need, NeedLoaders, Offering, OfferingLoaders } from '@tradebridge/catalog';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { Organization, OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { ContactExchangeService } from './contact-exchange.service.js';
import { ContactRequest } from './contact-request.entity.js';
import { ContactExchange } from './contact-request.type.js';

/** ContactRequest's organizations and listing (batched; the listing only while the caller may see it) and its contacts. */
@Resolver(() => ContactRequest)
export class ContactRequestFieldsResolver {
  constructor(
    private readonly organizations: OrganizationLoaders,
    private readonly offerings: OfferingLoaders,
    private readonly needs: NeedLoaders,
    private readonly exchange: ContactExchangeService,
  ) {}

  @ResolveField('fromOrganization', () => Organization)
  fromOrganization(@Parent() request: ContactRequest, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return this.organizations.byId(ctx).load(request.fromOrganizationId);
  }

  @ResolveField('toOrganization', () => Organization)
  toOrganization(@Parent() request: ContactRequest, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return this.organizations.byId(ctx).load(request.toOrganizationId);
  }

  @ResolveField('offering', () => Offering, { nullable: true, description: 'Null for a need, or once the offering is no longer visible to the caller' })
  offering(@Parent() request: ContactRequest, @Ctx() ctx: RequestContext): Promise<Offering | null> | null {
    return request.offeringId ? this.offerings.visibleById(ctx).load(request.offeringId) : null;
  }

  @ResolveField('need', () => Need, { nullable: true, description: 'Null for an offering, or once the need is no longer visible to the caller' })
  need(@Parent() request: ContactRequest, @Ctx() ctx: RequestContext): Promise<Need | null> | null {
    return request.needId ? this.needs.visibleById(ctx).load(request.needId) : null;
  }

  @ResolveField('contacts', () => ContactExchange, {
    nullable: true,
    description: "Null unless ACCEPTED; only the two organizations' members (and admins) see it",
  })
  contacts(@Parent() request: ContactRequest, @Ctx() ctx: RequestContext): Promise<ContactExchange | null> {
    return this.exchange.exchangeFor(ctx, request);
  }
}
