import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One sign-in on one device: its refresh tokens rotate within it (`refresh_tokens.family_id` is the
 * session id) and its access tokens carry it as `sid`, checked on every request. It ends at logout, when
 * revoked (password change or reset, an admin, the user), when its refresh token lapses (`expiresAt`,
 * sliding) or at `absoluteExpiresAt` (SESSION_MAX_AGE_SECONDS after sign-in, whatever the refreshes).
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' }) lastUsedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' }) absoluteExpiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true }) revokedReason: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;

  @Column({ name: 'ip_address', type: 'text', nullable: true }) ipAddress: string | null;
}
