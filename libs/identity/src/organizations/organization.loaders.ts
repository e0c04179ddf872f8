import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationService, type Sector } from './organization.service.js';

type Ctx = Pick<RequestContext, 'loaders'>;

/**
 * Per-request DataLoaders for organizations (one query per request for all keys).
 * @example @ResolveField(() => Organization) organization(@Parent() o: Offering, @Ctx() ctx) { return this.orgs.byId(ctx).load(o.organizationId); }
 */
@Injectable()
export class OrganizationLoaders {
  constructor(private readonly organizations: OrganizationService) {}

  byId(ctx: Ctx): DataLoader<string, OrganizationEntity | null> {
    return ctx.loaders.get(
      'identity.organization.byId',
      () => new DataLoader((ids: readonly string[]) => this.organizations.findByIds(ids)),
    );
  }

  /** Sector codes of each organization, in the organization's order. */
  sectorCodes(ctx: Ctx): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'identity.organization.sectorCodes',
      () => new DataLoader((ids: readonly string[]) => this.organizations.sectorCodesByOrganizationIds(ids)),
    );
  }

  /** Sectors with their category names, shaped for the catalog's Category type. */
  sectors(ctx: Ctx): DataLoader<string, Sector[]> {
    return ctx.loaders.get(
      'identity.organization.sectors',
      () => new DataLoader((ids: readonly string[]) => this.organizations.sectorsByOrganizationIds(ids)),
    );
  }
}
