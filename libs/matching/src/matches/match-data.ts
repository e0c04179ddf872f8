import { Injectable } from '@nestjs/common';
import {
  CategoryLoaders,
  NeedLoaders,
  NeedService,
  OfferingLoaders,
  OfferingService,
  TaxonomyService,
  type Category,
  type Need,
  type Offering,
} from '@tradebridge/catalog';
import { byKeys, type RequestContext } from '@tradebridge/core';
import { OrganizationLoaders, OrganizationService, type OrganizationEntity } from '@tradebridge/identity';

/**
 * Where matching reads rows from: always PostgreSQL through the owning slices, in batches (one
 * query per kind of row, whatever the number of listings). No visibility rules here: matching applies
 * its own (public counterparts only) and never hands out a row the caller may not read.
 */
export interface MatchData {
  offerings(ids: readonly string[]): Promise<(Offering | null)[]>;
  needs(ids: readonly string[]): Promise<(Need | null)[]>;
  categories(codes: readonly string[]): Promise<(Category | null)[]>;
  organizations(ids: readonly string[]): Promise<(OrganizationEntity | null)[]>;
}

function settled<T>(values: ReadonlyArray<T | null | Error>): (T | null)[] {
  return values.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

/** MatchData for a GraphQL request (its DataLoaders: batched with the rest of the request, cached) or for a batch of work outside requests. */
@Injectable()
export class MatchDataSource {
  constructor(
    private readonly offeringLoaders: OfferingLoaders,
    private readonly needLoaders: NeedLoaders,
    private readonly categoryLoaders: CategoryLoaders,
    private readonly organizationLoaders: OrganizationLoaders,
    private readonly offeringService: OfferingService,
    private readonly needService: NeedService,
    private readonly taxonomy: TaxonomyService,
    private readonly organizationService: OrganizationService,
  ) {}

  forRequest(ctx: RequestContext): MatchData {
    return {
      offerings: async (ids) => settled(await this.offeringLoaders.byId(ctx).loadMany(ids)),
      needs: async (ids) => settled(await this.needLoaders.byId(ctx).loadMany(ids)),
      categories: async (codes) => settled(await this.categoryLoaders.byCode(ctx).loadMany(codes)),
      organizations: async (ids) => settled(await this.organizationLoaders.byId(ctx).loadMany(ids)),
    };
  }

  /** Outside requests (match alerts in the relay): the services directly. */
  forBatch(): MatchData {
    return {
      offerings: (ids) => this.offeringService.findByIds(ids),
      needs: (ids) => this.needService.findByIds(ids),
      categories: async (codes) => byKeys(codes, await this.taxonomy.findByCodes([...new Set(codes)]), (c) => c.code),
      organizations: (ids) => this.organizationService.findByIds(ids),
    };
  }
}
