import { Injectable } from '@nestjs/common';
import type { ConnectionPage, RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { Need } from '../needs/need.entity.js';
import type { OrganizationNeedsArgs } from '../needs/need.input.js';
import { NeedService } from '../needs/need.service.js';
import type { Offering } from '../offerings/offering.entity.js';
import type { OrganizationOfferingsArgs } from '../offerings/offering.input.js';
import { OfferingService } from '../offerings/offering.service.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;
type ListArgs = { first?: number | null; after?: string | null; status?: string | null };

/**
 * Organization.offerings and Organization.needs for every organization of a request: one page
 * statement per field and arguments, one COUNT statement when totalCount is selected — never one per
 * organization (30 aliased directories of 100 organizations stay a handful of statements).
 */
@Injectable()
export class OrganizationListingsLoaders {
  constructor(
    private readonly offeringService: OfferingService,
    private readonly needService: NeedService,
  ) {}

  offerings(ctx: Ctx, args: OrganizationOfferingsArgs): DataLoader<string, ConnectionPage<Offering>> {
    return this.pages(ctx, 'offerings', args, (ids) => this.offeringService.listForOrganizations(ctx.user, ids, args), (ids) =>
      this.offeringService.countForOrganizations(ctx.user, ids, args.status),
    );
  }

  needs(ctx: Ctx, args: OrganizationNeedsArgs): DataLoader<string, ConnectionPage<Need>> {
    return this.pages(ctx, 'needs', args, (ids) => this.needService.listForOrganizations(ctx.user, ids, args), (ids) =>
      this.needService.countForOrganizations(ctx.user, ids, args.status),
    );
  }

  private pages<T>(
    ctx: Ctx,
    field: string,
    args: ListArgs,
    list: (ids: readonly string[]) => Promise<Array<Omit<ConnectionPage<T>, 'totalCount'>>>,
    count: (ids: readonly string[]) => Promise<number[]>,
  ): DataLoader<string, ConnectionPage<T>> {
    // Aliases with other arguments get their own loader (and statement); equal ones share it.
    const key = `catalog.organization.${field}:${args.status ?? ''}:${args.first ?? ''}:${args.after ?? ''}`;
    const counts = ctx.loaders.get(`catalog.organization.${field}.count:${args.status ?? ''}`, () => new DataLoader(count));
    return ctx.loaders.get(key, () =>
      new DataLoader(async (ids: readonly string[]) =>
        (await list(ids)).map((page, i) => ({ ...page, totalCount: () => counts.load(ids[i]!) })),
      ),
    );
  }
}
