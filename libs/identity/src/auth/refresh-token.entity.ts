import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One refresh token. The client holds `<id>.<secret>`; only sha256(secret) is stored. Tokens rotated
 * from one sign-in share a `familyId`, so presenting a used token can revoke the whole chain.
 */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;

  @Column({ name: 'family_id', type: 'uuid' }) familyId: string;

  @Column({ name: 'secret_hash', type: 'text' }) secretHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
