import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AdminOnly, Authenticated, Ctx, CurrentUser, localeOf, type ConnectionPage, type RequestContext, type RequestUser } from '@tradebridge/core';
import { regionTable } from '@tradebridge/reference';
import { MembershipRole } from '../identity-enums.type.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationInput, OrganizationsArgs } from './organization.input.js';
import { OrganizationService } from './organization.service.js';
import { Organization, OrganizationConnection } from './organization.type.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => Organization, { nullable: true })
  organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationEntity | null> {
    return this.service.findById(id);
  }

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionPage<OrganizationEntity>> {
    // Identical aliases (an alias bomb of the same directory) cost one query, not one each.
    const key = JSON.stringify([args.query ?? null, args.country ?? null, args.first ?? null, args.after ?? null]);
    return ctx.loaders.memo(`identity.organizations:${key}`, () => this.service.listOrganizations(args));
  }

  @Authenticated()
  @Mutation(() => Organization, { description: 'Registers an organization; the caller becomes its OWNER' })
  async createOrganization(
    @CurrentUser() caller: RequestUser,
    @Args('input') input: OrganizationInput,
  ): Promise<OrganizationEntity> {
    const organization = await this.service.createOrganization(caller, input);
    // Later fields and mutations of this request see the caller as the owner.
    Object.assign(caller, { organizationId: organization.id, membershipRole: MembershipRole.OWNER });
    return organization;
  }

  @Authenticated()
  @Mutation(() => Organization)
  updateOrganization(
    @CurrentUser() caller: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganizationInput,
  ): Promise<OrganizationEntity> {
    return this.service.updateOrganization(caller, id, input);
  }

  @ResolveField('region', () => String, { description: 'The region\'s name in the caller\'s language ("Владимирская область" / "Vladimir Oblast"); input: a code or a name in either language' })
  region(@Parent() organization: OrganizationEntity, @Ctx() ctx: RequestContext): string {
    return regionTable().label(organization.region, localeOf(ctx));
  }

  @ResolveField('regionCode', () => String, { nullable: true, description: 'ISO 3166-2 code ("RU-VLA", "BY-HM"); null for a region recorded before codes that no entry knows' })
  regionCode(@Parent() organization: OrganizationEntity): string | null {
    return regionTable().codeOf(organization.region);
  }

  @AdminOnly()
  @Mutation(() => Organization, { description: 'ADMIN only' })
  verifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('verified', { type: () => Boolean }) verified: boolean,
  ): Promise<OrganizationEntity> {
    return this.service.verifyOrganization(id, verified);
  }
}
