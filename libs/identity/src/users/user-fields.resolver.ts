import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@tradebridge/core';
import { MembershipRole } from '../identity-enums.type.js';
import { OrganizationLoaders } from '../organizations/organization.loaders.js';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import { Organization } from '../organizations/organization.type.js';
import type { UserEntity } from './user.entity.js';
import { UserLoaders } from './user.loaders.js';
import { UserService } from './user.service.js';
import { User } from './user.type.js';

/** User's organization and membership (batched), and the private contact fields (checked per viewer). */
@Resolver(() => User)
export class UserFieldsResolver {
  constructor(
    private readonly users: UserService,
    private readonly userLoaders: UserLoaders,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @ResolveField('organization', () => Organization, { nullable: true })
  async organization(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
    const membership = await this.userLoaders.membershipOf(ctx, user);
    return membership ? this.organizationLoaders.byId(ctx).load(membership.organizationId) : null;
  }

  @ResolveField('membershipRole', () => MembershipRole, { nullable: true })
  async membershipRole(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Promise<MembershipRole | null> {
    return (await this.userLoaders.membershipOf(ctx, user))?.role ?? null;
  }

  @ResolveField('emailVerified', () => Boolean, { description: 'The address was confirmed by a link mailed to it' })
  emailVerified(@Parent() user: UserEntity): boolean {
    return user.emailVerifiedAt !== null && user.emailVerifiedAt !== undefined;
  }

  @ResolveField('email', () => String, { nullable: true, description: "Private: the user, their organization's members and admins" })
  async email(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.mayReadPrivateDetails(user, ctx)) ? user.email : null;
  }

  @ResolveField('phone', () => String, { nullable: true, description: "Private: the user, their organization's members and admins" })
  async phone(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.mayReadPrivateDetails(user, ctx)) ? (user.phone ?? null) : null;
  }

  private async mayReadPrivateDetails(user: UserEntity, ctx: RequestContext): Promise<boolean> {
    if (!ctx.user) return this.users.mayReadPrivateDetails(null, user, null); // anonymous: no membership lookup
    const membership = await this.userLoaders.membershipOf(ctx, user);
    return this.users.mayReadPrivateDetails(ctx.user, user, membership?.organizationId ?? null);
  }
}
