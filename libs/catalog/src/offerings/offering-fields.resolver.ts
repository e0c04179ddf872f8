import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { Organization, OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { PriceRange, priceRangeOf } from '../shared/price-range.type.js';
import { Category } from '../taxonomy/category.entity.js';
import { CategoryLoaders } from '../taxonomy/category.loaders.js';
import { Offering } from './offering.entity.js';

/** Offering's organization and category (batched per request) and its price. */
@Resolver(() => Offering)
export class OfferingFieldsResolver {
  constructor(
    private readonly organizations: OrganizationLoaders,
    private readonly categories: CategoryLoaders,
  ) {}

  @ResolveField('organization', () => Organization)
  organization(@Parent() offering: Offering, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return this.organizations.byId(ctx).load(offering.organizationId);
  }

  @ResolveField('category', () => Category)
  category(@Parent() offering: Offering, @Ctx() ctx: RequestContext): Promise<Category | null> {
    return this.categories.byCode(ctx).load(offering.categoryCode);
  }

  @ResolveField('price', () => PriceRange, { nullable: true })
  price(@Parent() offering: Offering): PriceRange | null {
    return priceRangeOf(offering.priceMin, offering.priceMax, offering.currency);
  }
}
