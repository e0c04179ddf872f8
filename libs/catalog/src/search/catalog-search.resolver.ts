import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { CatalogSearchService } from './catalog-search.service.js';
import { Ctx, localeOf, NullableInputArg, RateLimit, type RequestContext } from '@tradebridge/core';
import { NeedFilter, OfferingFilter } from './search.inputs.js';
import { NeedSearchResult, OfferingSearchResult, OfferingSort } from './search.types.js';
import { searchSelectionOf } from './search-selection.js';

/** Public search over published offerings and open needs (anyone, no token needed). */
@Resolver()
export class CatalogSearchResolver {
  constructor(
    private readonly search: CatalogSearchService,
    private readonly organizations: OrganizationLoaders,
  ) {}

  /** The hits' organizations come with the hits: `hits.offering.organization` then costs no statement. */
  private primeOrganizations(ctx: RequestContext): (organizations: OrganizationEntity[]) => void {
    return (organizations) => {
      const loader = this.organizations.byId(ctx);
      for (const organization of organizations) loader.prime(organization.id, organization);
    };
  }

  @RateLimit('search')
  @Query(() => OfferingSearchResult)
  searchOfferings(
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @NullableInputArg('filter', OfferingFilter) filter: OfferingFilter | null,
    @Args('sort', { type: () => OfferingSort, nullable: true, defaultValue: OfferingSort.RELEVANCE }) sort: OfferingSort | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OfferingSearchResult> {
    return this.search.searchOfferings({ query, filter, sort, first: first ?? 20, after, locale: localeOf(ctx), selection: searchSelectionOf(info), onOrganizations: this.primeOrganizations(ctx) });
  }

  @RateLimit('search')
  @Query(() => NeedSearchResult)
  searchNeeds(
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @NullableInputArg('filter', NeedFilter) filter: NeedFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NeedSearchResult> {
    return this.search.searchNeeds({ query, filter, first: first ?? 20, after, locale: localeOf(ctx), selection: searchSelectionOf(info), onOrganizations: this.primeOrganizations(ctx) });
  }
}
