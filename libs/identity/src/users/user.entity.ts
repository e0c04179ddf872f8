import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, PlatformRole } from '../identity-enums.type.js';
import type { MembershipEntity } from './membership.entity.js';

/**
 * A person who signs in. `email` is stored lower-case; one verified account per address (unique on
 * lower(email) among verified accounts). Unverified accounts may share an address: registering a known
 * address creates one, so the answer does not tell whether the address had an account.
 */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'text' }) email: string;

  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash: string;

  @Column({ name: 'display_name', type: 'text' }) displayName: string;

  @Column({ type: 'text', nullable: true }) position: string | null;

  @Column({ type: 'text', nullable: true }) phone: string | null;

  @Column({ type: 'text' }) locale: Locale;

  @Column({ name: 'platform_role', type: 'text' }) platformRole: PlatformRole;

  /** When the address was proven by a mailed link; null until then. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;

  /** Set by an admin: the account cannot sign in; the reason is recorded. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt: Date | null;

  @Column({ name: 'deactivation_reason', type: 'text', nullable: true }) deactivationReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  /** Filled by queries that join it (`leftJoinAndMapOne`); not a TypeORM relation. */
  membership?: MembershipEntity | null;
}
