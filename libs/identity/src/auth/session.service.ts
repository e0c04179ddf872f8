import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, isUuid, LOGGER, TransactionHost, type AppConfig, type Logger } from '@tradebridge/core';
import { IsNull } from 'typeorm';
import { SessionEntity } from './session.entity.js';

/** Where a sign-in came from, shown in the user's list of sessions. */
export interface SessionOrigin {
  userAgent?: string | null;
  ipAddress?: string | null;
}

export type SessionEndReason = 'logout' | 'ended_by_user' | 'token_reuse' | 'password_changed' | 'password_reset' | 'deactivated' | 'organization_deactivated';

const PURGE_EVERY_MS = 3_600_000;

/**
 * Sessions: created at sign-in, extended by each refresh (never past their absolute end), listed and
 * ended by their user, revoked together on a password change or reset and by admins. Ended and expired
 * sessions (and their refresh tokens, and old account links) are purged every hour by processes running the relay.
 */
@Injectable()
export class SessionService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) => this.logger.warn({ err: error }, 'sessions: purge failed'));
    }, PURGE_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async start(userId: string, origin: SessionOrigin = {}): Promise<SessionEntity> {
    const now = Date.now();
    const repo = this.tx.repo(SessionEntity);
    const session = repo.create({
      id: randomUUID(),
      userId,
      lastUsedAt: new Date(now),
      absoluteExpiresAt: new Date(now + this.config.sessionMaxAgeSeconds * 1000),
      expiresAt: new Date(now + Math.min(this.config.refreshTokenTtlSeconds, this.config.sessionMaxAgeSeconds) * 1000),
      revokedAt: null,
      revokedReason: null,
      userAgent: origin.userAgent?.slice(0, 300) || null,
      ipAddress: origin.ipAddress?.slice(0, 100) || null,
    });
    await repo.insert(session);
    return session;
  }

  /** The session, locked for the rest of the transaction (refresh rotation). */
  lock(id: string): Promise<SessionEntity | null> {
    return this.tx.repo(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  isLive(session: SessionEntity, now = Date.now()): boolean {
    return !session.revokedAt && session.expiresAt.getTime() > now && session.absoluteExpiresAt.getTime() > now;
  }

  /** Slides the session's end to a new refresh token's expiry, never past its absolute end. Returns that expiry. */
  async extend(session: SessionEntity, now = Date.now()): Promise<Date> {
    const expiresAt = new Date(Math.min(now + this.config.refreshTokenTtlSeconds * 1000, session.absoluteExpiresAt.getTime()));
    await this.tx.repo(SessionEntity).update({ id: session.id }, { expiresAt, lastUsedAt: new Date(now) });
    return expiresAt;
  }

  /** The user's live sessions, newest first. */
  async listLive(userId: string): Promise<SessionEntity[]> {
    const rows = await this.tx
      .repo(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now() AND s.absoluteExpiresAt > now()', { userId })
      .orderBy('s.lastUsedAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    return rows;
  }

  /** Ends one live session of the user; false when there is none with that id. */
  async endOwn(userId: string, id: string, reason: SessionEndReason): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.tx.repo(SessionEntity).update({ id, userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    return (result.affected ?? 0) > 0;
  }

  async revoke(id: string, reason: SessionEndReason): Promise<void> {
    await this.tx.repo(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Ends every session of the users, except `keep` (the caller's own, on a password change). Returns how many. */
  async revokeAllOf(userIds: readonly string[], reason: SessionEndReason, keep?: string | null): Promise<number> {
    if (userIds.length === 0) return 0;
    const result = await this.tx
      .repo(SessionEntity)
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id IN (:...userIds) AND revoked_at IS NULL', { userIds: [...userIds] })
      .andWhere(keep ? 'id <> :keep' : 'true', { keep })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Deletes ended and expired sessions (their refresh tokens go with them), lapsed refresh tokens, and
   * account links (verification, reset) a day after they were used or expired.
   */
  async purge(): Promise<{ sessions: number; refreshTokens: number; accountTokens: number }> {
    const sessions = await this.tx.rows(`DELETE FROM sessions WHERE revoked_at IS NOT NULL OR expires_at <= now() OR absolute_expires_at <= now() RETURNING id`);
    const tokens = await this.tx.rows(`DELETE FROM refresh_tokens WHERE expires_at <= now() RETURNING id`);
    const links = await this.tx.rows(`DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day' RETURNING id`);
    return { sessions: sessions.length, refreshTokens: tokens.length, accountTokens: links.length };
  }
}
