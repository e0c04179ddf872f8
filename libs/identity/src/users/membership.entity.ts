import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '../identity-enums.type.js';

/** A user's place in an organization; a user belongs to at most one (user_id is the key). */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;

  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;

  @Column({ type: 'text' }) role: MembershipRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
