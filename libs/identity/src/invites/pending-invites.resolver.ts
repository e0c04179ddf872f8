import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@tradebridge/core';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import { Organization } from '../organizations/organization.type.js';
import { InviteService } from './invite.service.js';
import { PendingInvite } from './pending-invite.type.js';

@Resolver(() => Organization)
export class PendingInvitesResolver {
  constructor(private readonly invites: InviteService) {}

  @ResolveField('pendingInvites', () => [PendingInvite], {
    nullable: true,
    description: "Private: invitations neither accepted nor expired, newest first, for the organization's owners and admins",
  })
  pendingInvites(@Parent() organization: OrganizationEntity, @Ctx() ctx: RequestContext): Promise<PendingInvite[] | null> {
    return this.invites.pendingInvites(ctx.user, organization.id);
  }
}
