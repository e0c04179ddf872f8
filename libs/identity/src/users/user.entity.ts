import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, PlatformRole } from '../identity-enums.type.js';
import type { MembershipEntity } from './membership.entity.js';

/** A person who signs in. `email` is stored lower-case (unique on lower(email)). */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  /** Filled by queries that join it (`leftJoinAndMapOne`); not a TypeORM relation. */
  membership?: MembershipEntity | null;
}
