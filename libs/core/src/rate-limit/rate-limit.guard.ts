import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import DataLoader from 'dataloader';
import { GqlExecutionContext } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { RequestContext } from '../auth/request-context.js';
import { RateLimitService } from './rate-limit.service.js';

export type RateLimitKind = 'auth' | 'search';
const RATE_LIMIT_KEY = 'tradebridge:rate-limit';

/**
 * Limits a resolver (or a field resolver, counted per parent) per client address: `auth`
 * (RATE_LIMIT_AUTH_PER_MINUTE) or `search` (RATE_LIMIT_SEARCH_PER_MINUTE, also per account, so a signed-in
 * caller spreading searches over many addresses is still limited). Every mutation is also limited per
 * account (RATE_LIMIT_MUTATIONS_PER_MINUTE).
 * @example @RateLimit('search') @Query(() => OfferingSearchResult) searchOfferings(...)
 */
export const RateLimit = (kind: RateLimitKind) => SetMetadata(RATE_LIMIT_KEY, kind);

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string } }>();
    const ctx = gql.getContext<RequestContext>();
    const kind = this.reflector.get<RateLimitKind | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (kind === 'auth') {
      await this.limits.consume({ key: `auth:ip:${ctx.clientIp}`, limit: this.config.rateLimitAuthPerMinute, windowSeconds: 60 }, 'sign-in attempts');
    } else if (kind === 'search') {
      const keys = [`search:ip:${ctx.clientIp}`, ...(ctx.user ? [`search:user:${ctx.user.id}`] : [])];
      await Promise.all(keys.map((key) => this.searchCounter(ctx, key).load(nextHit++)));
    }
    if (info.parentType.name === 'Mutation' && ctx.user) {
      await this.limits.consume({ key: `mutation:user:${ctx.user.id}`, limit: this.config.rateLimitMutationsPerMinute, windowSeconds: 60 }, 'changes');
    }
    return true;
  }

  /**
   * Search hits of one request for one counter key, counted together: a field resolver (Need.matches)
   * runs once per parent, and a page of 50 needs must cost one counter statement, not 50 — each parent
   * still counts as one search.
   */
  private searchCounter(ctx: RequestContext, key: string): DataLoader<number, true> {
    return ctx.loaders.get(`rate-limit:${key}`, () =>
      new DataLoader<number, true>(
        async (hits) => {
          await this.limits.consume({ key, limit: this.config.rateLimitSearchPerMinute, windowSeconds: 60 }, 'searches', hits.length);
          return hits.map(() => true as const);
        },
        { cache: false },
      ),
    );
  }
}

/** Distinct keys for the counter loaders (their cache is off; the value only has to be unique). */
let nextHit = 0;
