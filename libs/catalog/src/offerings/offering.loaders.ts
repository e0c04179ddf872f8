import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { Offering } from './offering.entity.js';
import { OfferingService } from './offering.service.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * Per-request offering loaders for other slices (contacts, notifications, matching).
 * @example @ResolveField(() => Offering, { nullable: true }) offering(@Parent() r, @Ctx() ctx) { return this.offerings.visibleById(ctx).load(r.offeringId); }
 */
@Injectable()
export class OfferingLoaders {
  constructor(private readonly offerings: OfferingService) {}

  /** Every offering by id, whoever asks: only for rules that need the row (ownership), never to show it. */
  byId(ctx: Ctx): DataLoader<string, Offering | null> {
    return ctx.loaders.get('catalog.offering.byId', () => new DataLoader((ids: readonly string[]) => this.offerings.findByIds(ids)));
  }

  /** The offering if the request's caller may read it, else null (drafts, archived, expired of others). */
  visibleById(ctx: Ctx): DataLoader<string, Offering | null> {
    return ctx.loaders.get('catalog.offering.visibleById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const now = new Date();
        const rows = await this.byId(ctx).loadMany(ids);
        return rows.map((o) => (o && !(o instanceof Error) && this.offerings.isVisibleTo(ctx.user, o, now) ? o : null));
      }),
    );
  }
}
