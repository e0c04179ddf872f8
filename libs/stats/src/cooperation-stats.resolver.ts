import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Category, CategoryLoaders } from '@tradebridge/catalog';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { Country } from '@tradebridge/identity';
import { CooperationStatsArgs } from './cooperation-stats.args.js';
import { CooperationStatsService, type CooperationTotals, type SectorRow } from './cooperation-stats.service.js';
import { CooperationStats, SectorStat } from './cooperation-stats.type.js';
import { checkWindow } from './stats-window.js';

@Resolver(() => CooperationStats)
export class CooperationStatsResolver {
  constructor(private readonly stats: CooperationStatsService) {}

  @Query(() => CooperationStats, { description: 'Public aggregates; from/to bound the contact requests and accepted contacts counted' })
  cooperationStats(@Args() args: CooperationStatsArgs): CooperationStats {
    const window = checkWindow(args.from, args.to);
    return new CooperationStats(window.from, window.to);
  }

  @ResolveField('organizations', () => Int, { description: 'Registered organizations, of one country when given' })
  async organizations(
    @Parent() parent: CooperationStats,
    @Args('country', { type: () => Country, nullable: true }) country?: Country | null,
  ): Promise<number> {
    const counts = await parent.once('organizations', () => this.stats.organizationsByCountry());
    return country ? (counts.get(country) ?? 0) : [...counts.values()].reduce((sum, n) => sum + n, 0);
  }

  @ResolveField('publishedOfferings', () => Int, { description: 'Published offerings that have not expired' })
  publishedOfferings(@Parent() parent: CooperationStats): Promise<number> {
    return this.total(parent, 'publishedOfferings');
  }

  @ResolveField('openNeeds', () => Int, { description: 'Open needs that have not expired' })
  openNeeds(@Parent() parent: CooperationStats): Promise<number> {
    return this.total(parent, 'openNeeds');
  }

  @ResolveField('contactRequests', () => Int, { description: 'Contact requests created within the window' })
  contactRequests(@Parent() parent: CooperationStats): Promise<number> {
    return this.total(parent, 'contactRequests');
  }

  @ResolveField('acceptedContacts', () => Int, { description: 'Contact requests accepted within the window' })
  acceptedContacts(@Parent() parent: CooperationStats): Promise<number> {
    return this.total(parent, 'acceptedContacts');
  }

  @ResolveField('bySector', () => [SectorStat], { description: 'Per top-level sector of the taxonomy, in its order' })
  bySector(@Parent() parent: CooperationStats): Promise<SectorRow[]> {
    return parent.once('bySector', () => this.stats.bySector(parent));
  }

  private async total(parent: CooperationStats, key: keyof CooperationTotals): Promise<number> {
    return (await parent.once('totals', () => this.stats.totals(parent)))[key];
  }
}

@Resolver(() => SectorStat)
export class SectorStatResolver {
  constructor(private readonly categories: CategoryLoaders) {}

  @ResolveField('category', () => Category)
  category(@Parent() sector: SectorRow, @Ctx() ctx: RequestContext): Promise<Category | null> {
    return this.categories.byCode(ctx).load(sector.categoryCode);
  }
}
