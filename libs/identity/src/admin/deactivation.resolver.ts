import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentUser, type RequestUser } from '@tradebridge/core';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import { Organization } from '../organizations/organization.type.js';
import type { UserEntity } from '../users/user.entity.js';
import { User } from '../users/user.type.js';
import { DeactivateArgs } from './deactivation.input.js';
import { DeactivationService } from './deactivation.service.js';

@Resolver()
export class DeactivationResolver {
  constructor(private readonly deactivation: DeactivationService) {}

  @AdminOnly()
  @Mutation(() => User, { description: 'ADMIN only: the account cannot sign in any more and its sessions end; the reason is recorded' })
  deactivateUser(@CurrentUser() admin: RequestUser, @Args() { id, reason }: DeactivateArgs): Promise<UserEntity> {
    return this.deactivation.deactivateUser(admin, id, reason);
  }

  @AdminOnly()
  @Mutation(() => Organization, { description: "ADMIN only: unpublishes the organization's listings, ends its members' sessions and hides it; the reason is recorded" })
  deactivateOrganization(@Args() { id, reason }: DeactivateArgs): Promise<OrganizationEntity> {
    return this.deactivation.deactivateOrganization(id, reason);
  }
}
