import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys, isUuid, TransactionHost } from '@tradebridge/core';
import { In } from 'typeorm';
import type { MembershipRole } from '../identity-enums.type.js';
import { MembershipEntity } from './membership.entity.js';

/** Who belongs to which organization. A user belongs to at most one. */
@Injectable()
export class MembershipService {
  constructor(private readonly tx: TransactionHost) {}

  findByUserId(userId: string): Promise<MembershipEntity | null> {
    return this.tx.repo(MembershipEntity).findOneBy({ userId });
  }

  /** In `userIds` order, null for users without an organization (one query; for DataLoaders). */
  async findByUserIds(userIds: readonly string[]): Promise<(MembershipEntity | null)[]> {
    const ids = [...new Set(userIds.filter(isUuid))];
    const rows = ids.length ? await this.tx.repo(MembershipEntity).findBy({ userId: In(ids) }) : [];
    return byKeys(userIds, rows, (m) => m.userId);
  }

  /** The ids of each organization's members, owners first (one query), e.g. to notify them. */
  async memberIdsByOrganizationIds(organizationIds: readonly string[]): Promise<string[][]> {
    const ids = [...new Set(organizationIds.filter(isUuid))];
    const rows = ids.length
      ? await this.tx
          .repo(MembershipEntity)
          .createQueryBuilder('m')
          .where('m.organizationId IN (:...ids)', { ids })
          .orderBy('m.role', 'DESC')
          .addOrderBy('m.createdAt', 'ASC')
          .getMany()
      : [];
    return groupByKeys(organizationIds, rows, (m) => m.organizationId).map((list) => list.map((m) => m.userId));
  }

  /** The organization's memberships, owners first, then by joining date (one query). */
  listByOrganization(organizationId: string): Promise<MembershipEntity[]> {
    if (!isUuid(organizationId)) return Promise.resolve([]);
    return this.tx
      .repo(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.organizationId = :organizationId', { organizationId })
      .orderBy('m.role', 'DESC')
      .addOrderBy('m.createdAt', 'ASC')
      .getMany();
  }

  async setRole(userId: string, role: MembershipRole): Promise<void> {
    await this.tx.repo(MembershipEntity).update({ userId }, { role });
  }

  async leave(userId: string): Promise<void> {
    await this.tx.repo(MembershipEntity).delete({ userId });
  }

  /** Serialises membership changes of one organization (the last-owner rule holds under races). */
  async lockOrganization(organizationId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`identity.members:${organizationId}`]);
  }

  /**
   * Adds the user to the organization. Callers check first; a plain INSERT (never `save`, which would
   * update) lets the primary key refuse a second membership under a race.
   */
  async join(userId: string, organizationId: string, role: MembershipRole): Promise<MembershipEntity> {
    const repo = this.tx.repo(MembershipEntity);
    const membership = repo.create({ userId, organizationId, role });
    await repo.insert(membership);
    return membership;
  }
}
