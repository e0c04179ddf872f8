import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { Need } from './need.entity.js';
import { NeedService } from './need.service.js';

type Ctx = Pick<RequestContext, 'loaders' | 'user'>;

/**
 * Per-request need loaders for other slices (contacts, notifications, matching).
 * @example @ResolveField(() => Need, { nullable: true }) need(@Parent() r, @Ctx() ctx) { return this.needs.visibleById(ctx).load(r.needId); }
 */
@Injectable()
export class NeedLoaders {
  constructor(private readonly needs: NeedService) {}

  /** Every need by id, whoever asks: only for rules that need the row (ownership), never to show it. */
  byId(ctx: Ctx): DataLoader<string, Need | null> {
    return ctx.loaders.get('catalog.need.byId', () => new DataLoader((ids: readonly string[]) => this.needs.findByIds(ids)));
  }

  /** The need if the request's caller may read it, else null (drafts, closed, expired of others). */
  visibleById(ctx: Ctx): DataLoader<string, Need | null> {
    return ctx.loaders.get('catalog.need.visibleById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const now = new Date();
        const rows = await this.byId(ctx).loadMany(ids);
        return rows.map((n) => (n && !(n instanceof Error) && this.needs.isVisibleTo(ctx.user, n, now) ? n : null));
      }),
    );
  }
}
