import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Category, CategoryLoaders } from '@tradebridge/catalog';
import { Ctx, localeOf, type Locale, type RequestContext } from '@tradebridge/core';
import { Country } from '@tradebridge/identity';
import { collatorOf, regionTable, regionView, RegionKind, type RegionView } from '@tradebridge/reference';
import { CooperationStatsArgs } from './cooperation-stats.args.js';
import { CooperationStatsService, type CooperationTotals, type RegionRow, type SectorRow } from './cooperation-stats.service.js';
import { CooperationStats, RegionStat, SectorStat } from './cooperation-stats.type.js';
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

  @ResolveField('byRegion', () => [RegionStat], {
    description: "Per organization region (one value per region, however it was written), named in the caller's language: most organizations first",
  })
  async byRegion(
    @Parent() parent: CooperationStats,
    @Ctx() ctx: RequestContext,
    @Args('country', { type: () => Country, nullable: true }) country?: Country | null,
  ): Promise<RegionStat[]> {
    const rows = await parent.once('byRegion', () => this.stats.byRegion());
    const locale = localeOf(ctx);
    const collator = collatorOf(locale);
    return mergeByRegion(rows, locale)
      .filter((stat) => !country || stat.region.country === country)
      .sort((a, b) => b.organizations - a.organizations || collator.compare(a.region.name, b.region.name));
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

/** Rows of one region under its code (names left from before codes count with it); text no entry knows stands as written. */
function mergeByRegion(rows: readonly RegionRow[], locale: Locale): RegionStat[] {
  const byCode = new Map<string, RegionStat>();
  for (const row of rows) {
    const known = regionTable().find(row.region);
    const key = known?.code ?? row.region;
    const stat = byCode.get(key) ?? { region: known ? regionView(known, locale) : unknownRegion(row.region), organizations: 0, offerings: 0, needs: 0 };
    stat.organizations += row.organizations;
    stat.offerings += row.offerings;
    stat.needs += row.needs;
    byCode.set(key, stat);
  }
  return [...byCode.values()];
}

function unknownRegion(text: string): RegionView {
  return { code: text, name: text, nameRu: text, nameEn: text, kind: RegionKind.REGION, country: null, groups: [], regions: [] };
}
