import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, localeOf, type RequestContext } from '@tradebridge/core';
import { certificationTable } from '../certifications/certification-table.js';
import { collatorOf } from '../localized.js';
import { regionTable } from '../regions/region-table.js';
import { unitTable } from '../units/unit-table.js';
import { Country } from './country.enum.js';
import { certificationView, regionView, unitView } from './reference-views.js';
import { CertificationView, RegionKind, RegionView, UnitDimension, UnitView } from './reference.types.js';

const COUNTRY_ORDER: Record<string, number> = { BY: 0, RU: 1 };

/** The reference tables, in the caller's language (anyone may read them). */
@Resolver()
export class ReferenceResolver {
  @Query(() => [RegionView], {
    description:
      "Regions of Belarus and Russia with ISO 3166-2 codes, and the groups used as delivery areas (countries, RU-CFD, EAEU, CIS, WORLD): groups first, then regions by country and by name in the caller's language",
  })
  regions(
    @Ctx() ctx: RequestContext,
    @Args('country', { type: () => Country, nullable: true, description: "Only this country's regions and groups" }) country?: Country | null,
    @Args('kind', { type: () => RegionKind, nullable: true }) kind?: RegionKind | null,
  ): RegionView[] {
    const locale = localeOf(ctx);
    const collator = collatorOf(locale);
    const views = regionTable()
      .all()
      .filter((r) => (!country || r.country === country) && (!kind || r.kind === kind))
      .map((r) => regionView(r, locale));
    const groups = views.filter((r) => r.kind !== RegionKind.REGION);
    const regions = views
      .filter((r) => r.kind === RegionKind.REGION)
      .sort((a, b) => (COUNTRY_ORDER[a.country ?? ''] ?? 9) - (COUNTRY_ORDER[b.country ?? ''] ?? 9) || collator.compare(a.name, b.name));
    return [...groups, ...regions];
  }

  @Query(() => [UnitView], { description: 'Units of measurement (OKEI codes) a quantity may be given in, in the caller\'s language' })
  units(@Ctx() ctx: RequestContext, @Args('dimension', { type: () => UnitDimension, nullable: true }) dimension?: UnitDimension | null): UnitView[] {
    const locale = localeOf(ctx);
    return unitTable()
      .all()
      .filter((u) => !dimension || u.dimension === dimension)
      .map((u) => unitView(u, locale));
  }

  @Query(() => [CertificationView], { description: "Certifications and marks the platform knows, in the caller's language (others are allowed as written)" })
  certifications(@Ctx() ctx: RequestContext): CertificationView[] {
    const locale = localeOf(ctx);
    return certificationTable()
      .all()
      .map((c) => certificationView(c, locale));
  }
}
