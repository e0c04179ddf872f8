import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, CurrentUser, type RequestContext, type RequestUser } from '@tradebridge/core';
import type { UserEntity } from '../users/user.entity.js';
import { User } from '../users/user.type.js';
import { ChangeMemberRoleArgs, MemberArgs } from './members.input.js';
import { MembersService } from './members.service.js';
import type { OrganizationEntity } from './organization.entity.js';
import { Organization } from './organization.type.js';

@Resolver(() => Organization)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField('members', () => [User], { nullable: true, description: "Private: the organization's members (owners first), for its members and admins" })
  membersOf(@Parent() organization: OrganizationEntity, @Ctx() ctx: RequestContext): Promise<UserEntity[] | null> {
    return this.members.listMembers(ctx, organization.id);
  }

  @Authenticated()
  @Mutation(() => User, { description: "An owner makes a member OWNER or MEMBER (the organization keeps at least one owner)" })
  changeMemberRole(@CurrentUser() caller: RequestUser, @Args() { organizationId, userId, role }: ChangeMemberRoleArgs): Promise<UserEntity> {
    return this.members.changeMemberRole(caller, organizationId, userId, role);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'An owner removes a member: their access ends with their next request' })
  removeMember(@CurrentUser() caller: RequestUser, @Args() { organizationId, userId }: MemberArgs): Promise<boolean> {
    return this.members.removeMember(caller, organizationId, userId);
  }

  @Authenticated()
  @Mutation(() => Organization, { description: 'An owner makes a verified member OWNER and becomes a MEMBER' })
  transferOwnership(@CurrentUser() caller: RequestUser, @Args() { organizationId, userId }: MemberArgs): Promise<OrganizationEntity> {
    return this.members.transferOwnership(caller, organizationId, userId);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: "The caller leaves their organization (its last owner hands ownership over first)" })
  leaveOrganization(@CurrentUser() caller: RequestUser): Promise<boolean> {
    return this.members.leaveOrganization(caller);
  }
}
