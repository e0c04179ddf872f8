import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { Listing } from './listing-kind.js';
import type { ListingInput, ListingService } from './listing.service.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * Per-request listing loaders for other slices (contacts, notifications, matching): OfferingLoaders, NeedLoaders.
 * @example @ResolveField(() => Offering, { nullable: true }) offering(@Parent() r, @Ctx() ctx) { return this.offerings.visibleById(ctx).load(r.offeringId); }
 */
export abstract class ListingLoaders<L extends Listing> {
  protected constructor(private readonly listings: ListingService<L, ListingInput>) {}

  /** Every listing by id, whoever asks: only for rules that need the row (ownership), never to show it. */
  byId(ctx: Ctx): DataLoader<string, L | null> {
    return ctx.loaders.get(`catalog.${this.listings.kind.name}.byId`, () => new DataLoader((ids: readonly string[]) => this.listings.findByIds(ids)));
  }

  /** The listing if the request's caller may read it, else null (drafts, archived or closed, expired of others). */
  visibleById(ctx: Ctx): DataLoader<string, L | null> {
    return ctx.loaders.get(`catalog.${this.listings.kind.name}.visibleById`, () =>
      new DataLoader(async (ids: readonly string[]) => {
        const now = new Date();
        const rows = await this.byId(ctx).loadMany(ids);
        return rows.map((l) => (l && !(l instanceof Error) && this.listings.isVisibleTo(ctx.user, l, now) ? l : null));
      }),
    );
  }
}
