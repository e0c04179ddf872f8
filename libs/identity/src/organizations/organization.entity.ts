import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Country } from '../identity-enums.type.js';

/** An enterprise or a buyer; (country, tax_id) is unique. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'text' }) name: string;

  @Column({ type: 'text' }) country: Country;

  @Column({ type: 'text' }) region: string;

  @Column({ type: 'text', nullable: true }) city: string | null;

  @Column({ name: 'tax_id', type: 'text' }) taxId: string;

  @Column({ type: 'text', nullable: true }) website: string | null;

  @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'boolean', default: false }) verified: boolean;

  /** Set by an admin: listings unpublished, out of the directory, members act for it no more. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt: Date | null;

  @Column({ name: 'deactivation_reason', type: 'text', nullable: true }) deactivationReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
