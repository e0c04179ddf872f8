import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type ConnectionPage, type RequestContext } from '@tradebridge/core';
import { Organization, OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { Need } from '../needs/need.entity.js';
import { OrganizationNeedsArgs } from '../needs/need.input.js';
import { NeedConnection } from '../needs/need.type.js';
import { Offering } from '../offerings/offering.entity.js';
import { OrganizationOfferingsArgs } from '../offerings/offering.input.js';
import { OfferingConnection } from '../offerings/offering.type.js';
import { Category } from '../taxonomy/category.entity.js';
import { CategoryLoaders } from '../taxonomy/category.loaders.js';
import { OrganizationListingsLoaders } from './organization-listings.loaders.js';

/** The catalog's fields on identity's Organization: its sectors (categories) and its listings. */
@Resolver(() => Organization)
export class OrganizationCatalogFieldsResolver {
  constructor(
    private readonly organizations: OrganizationLoaders,
    private readonly categories: CategoryLoaders,
    private readonly listings: OrganizationListingsLoaders,
  ) {}

  @ResolveField('sectors', () => [Category])
  async sectors(@Parent() organization: OrganizationEntity, @Ctx() ctx: RequestContext): Promise<Category[]> {
    const codes = await this.organizations.sectorCodes(ctx).load(organization.id);
    const categories = await this.categories.byCode(ctx).loadMany(codes);
    return categories.filter((c): c is Category => c !== null && !(c instanceof Error));
  }

  @ResolveField('offerings', () => OfferingConnection, {
    description: "Members and admins see every status; others only published offerings that have not expired",
  })
  offerings(
    @Parent() organization: OrganizationEntity,
    @Args() args: OrganizationOfferingsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionPage<Offering>> {
    return this.listings.offerings(ctx, args).load(organization.id);
  }

  @ResolveField('needs', () => NeedConnection, {
    description: 'Members and admins see every status; others only open needs that have not expired',
  })
  needs(@Parent() organization: OrganizationEntity, @Args() args: OrganizationNeedsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionPage<Need>> {
    return this.listings.needs(ctx, args).load(organization.id);
  }
}
