import { Injectable } from '@nestjs/common';
import { isAdmin, isUuid, TransactionHost, type RequestContext, type RequestUser } from '@tradebridge/core';
import DataLoader from 'dataloader';
import { MembershipRole } from '../identity-enums.type.js';
import type { MembershipEntity } from '../users/membership.entity.js';
import { MembershipService } from '../users/membership.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { LastOwner, MemberNotFound, NewOwnerNotVerified, NotInAnyOrganization, notYourself, OnlyOwnerMayManageMembers } from './members.errors.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationNotFound } from './organization.errors.js';
import { OrganizationService } from './organization.service.js';

/**
 * An organization's people: its owners change roles, remove members and hand over ownership; a member
 * leaves. An organization always keeps an owner. Access follows at once: the caller's membership is read
 * on every request, so a removed member's old token no longer reaches the organization's private data.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
  ) {}

  /**
   * The members, owners first, for the organization's members and admins; null for anyone else.
   * Batched per request (two queries however many organizations a list shows).
   */
  async listMembers(ctx: Pick<RequestContext, 'user' | 'loaders'>, organizationId: string): Promise<UserEntity[] | null> {
    const viewer = ctx.user;
    if (!viewer || (viewer.organizationId !== organizationId && !isAdmin(viewer))) return null;
    const loader = ctx.loaders.get(
      'identity.organization.members',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const memberIds = await this.memberships.memberIdsByOrganizationIds(ids);
          const users = new Map((await this.users.findByIds(memberIds.flat())).flatMap((u) => (u ? [[u.id, u] as const] : [])));
          return memberIds.map((list) => list.flatMap((id) => users.get(id) ?? []));
        }),
    );
    return loader.load(organizationId);
  }

  async changeMemberRole(caller: RequestUser, organizationId: string, userId: string, role: MembershipRole): Promise<UserEntity> {
    await this.tx.run(async () => {
      const { member, owners } = await this.prepare(caller, organizationId, userId);
      if (member.role === role) return;
      if (member.role === MembershipRole.OWNER && owners === 1) throw new LastOwner();
      await this.memberships.setRole(member.userId, role);
    });
    return this.reloaded(userId);
  }

  async removeMember(caller: RequestUser, organizationId: string, userId: string): Promise<true> {
    if (userId === caller.id) throw notYourself('leave the organization with leaveOrganization instead');
    await this.tx.run(async () => {
      const { member } = await this.prepare(caller, organizationId, userId);
      await this.memberships.leave(member.userId);
    });
    return true;
  }

  /** Makes `userId` an owner and the caller a member. */
  async transferOwnership(caller: RequestUser, organizationId: string, userId: string): Promise<OrganizationEntity> {
    if (userId === caller.id) throw notYourself('you already own the organization');
    return this.tx.run(async () => {
      const { member, organization } = await this.prepare(caller, organizationId, userId);
      const target = await this.users.findById(member.userId);
      if (!target?.emailVerifiedAt) throw new NewOwnerNotVerified();
      await this.memberships.setRole(member.userId, MembershipRole.OWNER);
      await this.memberships.setRole(caller.id, MembershipRole.MEMBER);
      return organization;
    });
  }

  /** The caller leaves their organization; its last owner must hand ownership over first. */
  async leaveOrganization(caller: RequestUser): Promise<true> {
    await this.tx.run(async () => {
      const own = await this.memberships.findByUserId(caller.id);
      if (!own) throw new NotInAnyOrganization();
      await this.memberships.lockOrganization(own.organizationId);
      const all = await this.memberships.listByOrganization(own.organizationId);
      if (own.role === MembershipRole.OWNER && all.filter((m) => m.role === MembershipRole.OWNER).length === 1) throw new LastOwner();
      await this.memberships.leave(caller.id);
    });
    return true;
  }

  /** Existence (organization, member), then permission (the caller owns it), under the organization's lock. */
  private async prepare(caller: RequestUser, organizationId: string, userId: string): Promise<{ organization: OrganizationEntity; member: MembershipEntity; owners: number }> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw new OrganizationNotFound(organizationId);
    await this.memberships.lockOrganization(organization.id);
    const all = await this.memberships.listByOrganization(organization.id);
    const member = isUuid(userId) ? all.find((m) => m.userId === userId) : undefined;
    if (!member) throw new MemberNotFound(userId);
    const own = all.find((m) => m.userId === caller.id);
    if (own?.role !== MembershipRole.OWNER) throw new OnlyOwnerMayManageMembers();
    return { organization, member, owners: all.filter((m) => m.role === MembershipRole.OWNER).length };
  }

  private async reloaded(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new MemberNotFound(userId);
    return user;
  }
}
