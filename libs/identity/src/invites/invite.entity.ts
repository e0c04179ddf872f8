import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An invitation to join an organization; the code is shown once, only sha256(code) is stored. */
@Entity('invites')
export class InviteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;

  /** Lower-case. */
  @Column({ type: 'text' }) email: string;

  @Column({ name: 'code_hash', type: 'text' }) codeHash: string;

  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true }) acceptedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
