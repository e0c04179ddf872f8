import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { MembershipEntity } from './membership.entity.js';
import { MembershipService } from './membership.service.js';
import type { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';

type Ctx = Pick<RequestContext, 'loaders'>;

/**
 * Per-request DataLoaders for users and memberships (one query per request for all keys).
 * @example const user = await this.userLoaders.byId(ctx).load(request.requestedBy);
 */
@Injectable()
export class UserLoaders {
  constructor(
    private readonly users: UserService,
    private readonly memberships: MembershipService,
  ) {}

  byId(ctx: Ctx): DataLoader<string, UserEntity | null> {
    return ctx.loaders.get('identity.user.byId', () => new DataLoader((ids: readonly string[]) => this.users.findByIds(ids)));
  }

  membershipByUserId(ctx: Ctx): DataLoader<string, MembershipEntity | null> {
    return ctx.loaders.get(
      'identity.membership.byUserId',
      () => new DataLoader((ids: readonly string[]) => this.memberships.findByUserIds(ids)),
    );
  }

  /** The user's membership: the one loaded with the user when there is one, else batched. */
  membershipOf(ctx: Ctx, user: Pick<UserEntity, 'id' | 'membership'>): Promise<MembershipEntity | null> {
    return user.membership !== undefined ? Promise.resolve(user.membership) : this.membershipByUserId(ctx).load(user.id);
  }
}
