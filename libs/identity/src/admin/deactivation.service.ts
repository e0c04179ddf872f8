import { Injectable } from '@nestjs/common';
import { ConflictError, isUuid, NotFoundError, TransactionHost, ValidationFailed, type RequestUser } from '@tradebridge/core';
import { SearchOutbox } from '@tradebridge/search';
import { SessionService } from '../auth/session.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { OrganizationNotFound } from '../organizations/organization.errors.js';
import { OrganizationLifecycle } from '../organizations/organization-lifecycle.js';
import { MembershipService } from '../users/membership.service.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * Admins take an account or an organization off the platform: the reason is recorded, sessions end at
 * once (the user's, or every member's), and a deactivated organization's listings are unpublished and
 * it leaves the directory; its members act for it no more.
 */
@Injectable()
export class DeactivationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionService,
    private readonly memberships: MembershipService,
    private readonly lifecycle: OrganizationLifecycle,
    private readonly outbox: SearchOutbox,
  ) {}

  async deactivateUser(admin: RequestUser, id: string, reason: string): Promise<UserEntity> {
    if (id === admin.id) throw ValidationFailed.field('id', 'is your own account: another admin must deactivate it');
    return this.tx.run(async () => {
      const repo = this.tx.repo(UserEntity);
      const user = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!user) throw new NotFoundError('User', id);
      if (user.deactivatedAt) throw new ConflictError('This account is already deactivated');
      Object.assign(user, { deactivatedAt: new Date(), deactivationReason: reason });
      await repo.update({ id }, { deactivatedAt: user.deactivatedAt, deactivationReason: reason });
      await this.sessions.revokeAllOf([id], 'deactivated');
      return user;
    });
  }

  async deactivateOrganization(id: string, reason: string): Promise<OrganizationEntity> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(OrganizationEntity);
      const organization = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!organization) throw new OrganizationNotFound(id);
      if (organization.deactivatedAt) throw new ConflictError('This organization is already deactivated');
      organization.deactivatedAt = new Date();
      organization.deactivationReason = reason;
      await repo.update({ id }, { deactivatedAt: organization.deactivatedAt, deactivationReason: reason });
      const [memberIds] = await this.memberships.memberIdsByOrganizationIds([id]);
      await this.sessions.revokeAllOf(memberIds, 'organization_deactivated');
      await this.lifecycle.deactivated(id);
      await this.outbox.enqueue('organization', id, 'identity.organization.deactivated');
      return organization;
    });
  }
}
