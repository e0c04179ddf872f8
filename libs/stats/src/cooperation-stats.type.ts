import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegionView } from '@tradebridge/reference';

/**
 * The working group's view. Its fields are resolved by CooperationStatsResolver from SQL aggregates,
 * each group of them with one query and only when selected.
 */
@ObjectType('CooperationStats', { description: 'How cooperation is going: aggregates only, so public' })
export class CooperationStats {
  constructor(
    /** Contact requests created, and contacts accepted, within this window (either end may be open). */
    readonly from: Date | null,
    readonly to: Date | null,
  ) {}

  private readonly computed = new Map<string, Promise<unknown>>();

  /** Runs `compute` once per response, however many selected fields share its result. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let result = this.computed.get(key) as Promise<T> | undefined;
    if (!result) {
      result = compute();
      this.computed.set(key, result);
    }
    return result;
  }
}

/** One top-level sector (a taxonomy root): `category` is resolved through the catalog's loader. */
@ObjectType('SectorStat')
export class SectorStat {
  categoryCode: string;

  @Field(() => Int, { description: 'Published offerings that have not expired' })
  offerings: number;

  @Field(() => Int, { description: 'Open needs that have not expired' })
  needs: number;

  @Field(() => Int, { description: "Contact requests on the sector's listings created within the window" })
  contactRequests: number;

  @Field(() => Int, { description: "Contact requests on the sector's listings accepted within the window" })
  acceptedContacts: number;
}

/** Organizations of one region and their public listings (the organization's region, not where they deliver). */
@ObjectType('RegionStat')
export class RegionStat {
  @Field(() => RegionView, { description: "The region, named in the caller's language" })
  region: RegionView;

  @Field(() => Int, { description: 'Registered organizations in the region' })
  organizations: number;

  @Field(() => Int, { description: "Published offerings of the region's organizations that have not expired" })
  offerings: number;

  @Field(() => Int, { description: "Open needs of the region's organizations that have not expired" })
  needs: number;
}
