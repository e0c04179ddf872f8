import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'CHANGE_EMAIL' | 'RESET_PASSWORD';

/**
 * A single-use secret mailed to `email` (the address it proves): only sha256 of the 256-bit secret is
 * stored. VERIFY_EMAIL and CHANGE_EMAIL last 24 hours, RESET_PASSWORD one hour.
 */
@Entity('account_tokens')
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;

  @Column({ type: 'text' }) purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;

  /** Lower-case: the account's address (verification, reset) or the new one (change). */
  @Column({ type: 'text' }) email: string;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
