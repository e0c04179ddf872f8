import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
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
      const limit = this.config.rateLimitSearchPerMinute;
      await this.limits.consume({ key: `search:ip:${ctx.clientIp}`, limit, windowSeconds: 60 }, 'searches');
      if (ctx.user) await this.limits.consume({ key: `search:user:${ctx.user.id}`, limit, windowSeconds: 60 }, 'searches');
    }
    if (info.parentType.name === 'Mutation' && ctx.user) {
      await this.limits.consume({ key: `mutation:user:${ctx.user.id}`, limit: this.config.rateLimitMutationsPerMinute, windowSeconds: 60 }, 'changes');
    }
    return true;
  }
}
