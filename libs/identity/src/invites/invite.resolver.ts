import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type RequestUser } from '@tradebridge/core';
import type { UserEntity } from '../users/user.entity.js';
import { User } from '../users/user.type.js';
import { AcceptInviteArgs, CreateInviteArgs } from './invite.input.js';
import { InviteService } from './invite.service.js';

@Resolver()
export class InviteResolver {
  constructor(private readonly invites: InviteService) {}

  @Authenticated()
  @Mutation(() => String, { description: "Returns an invite code, valid 7 days, single-use. The organization's OWNER only" })
  createInvite(@CurrentUser() caller: RequestUser, @Args() { organizationId, email }: CreateInviteArgs): Promise<string> {
    return this.invites.createInvite(caller, organizationId, email);
  }

  @Authenticated()
  @Mutation(() => User, { description: 'Joins the organization as MEMBER; the invite must be for your e-mail' })
  async acceptInvite(@CurrentUser() caller: RequestUser, @Args() { code }: AcceptInviteArgs): Promise<UserEntity> {
    const user = await this.invites.acceptInvite(caller, code);
    // Later fields and mutations of this request see the caller as a member.
    Object.assign(caller, { organizationId: user.membership?.organizationId ?? null, membershipRole: user.membership?.role ?? null });
    return user;
  }
}
