import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { Organization, OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { PriceRange, priceRangeOf } from '../shared/price-range.type.js';
import { Category } from '../taxonomy/category.entity.js';
import { CategoryLoaders } from '../taxonomy/category.loaders.js';
import { Need } from './need.entity.js';

/** Need's organization and category (batched per request) and its budget. */
@Resolver(() => Need)
export class NeedFieldsResolver {
  constructor(
    private readonly organizations: OrganizationLoaders,
    private readonly categories: CategoryLoaders,
  ) {}

  @ResolveField('organization', () => Organization)
  organization(@Parent() need: Need, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return this.organizations.byId(ctx).load(need.organizationId);
  }

  @ResolveField('category', () => Category)
  category(@Parent() need: Need, @Ctx() ctx: RequestContext): Promise<Category | null> {
    return this.categories.byCode(ctx).load(need.categoryCode);
  }

  @ResolveField('budget', () => PriceRange, { nullable: true, description: 'per unit' })
  budget(@Parent() need: Need): PriceRange | null {
    return priceRangeOf(need.budgetMin, need.budgetMax, need.budgetCurrency);
  }
}
