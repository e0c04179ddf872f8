import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { IsNull } from 'typeorm';
import { InvalidRefreshToken } from './auth.errors.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { hashSecret, newRefreshToken, parseRefreshToken, secretMatches } from './secret-token.js';
import { SessionService, type SessionEndReason } from './session.service.js';

type Rotation = { kind: 'rotated'; userId: string; sessionId: string; token: string } | { kind: 'refused' };

/**
 * Refresh tokens with rotation: each is single-use and is exchanged for a successor in the same family,
 * which is the session (`family_id` = session id). Presenting a used token means it was stolen or
 * replayed, so the whole family and its session are revoked. A successor never outlives its session's
 * absolute end.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionService,
  ) {}

  /** Issues a token of `sessionId` expiring at `expiresAt` (the session's current end). */
  async issue(userId: string, sessionId: string, expiresAt: Date): Promise<string> {
    const { id, secret, token } = newRefreshToken();
    const repo = this.tx.repo(RefreshTokenEntity);
    await repo.insert(repo.create({ id, userId, familyId: sessionId, secretHash: hashSecret(secret), expiresAt, usedAt: null, revokedAt: null }));
    return token;
  }

  /**
   * Marks the token used and issues its successor. Refuses unknown, expired, revoked and used tokens and
   * tokens of ended sessions; a used one also revokes its family (committed before the refusal is thrown).
   */
  async rotate(presented: string): Promise<{ userId: string; sessionId: string; token: string }> {
    const parts = parseRefreshToken(presented);
    if (!parts) throw new InvalidRefreshToken();
    const outcome = await this.tx.run(async (): Promise<Rotation> => {
      const repo = this.tx.repo(RefreshTokenEntity);
      // The row lock makes two concurrent presentations of one token see each other: the second is a reuse.
      const row = await repo.findOne({ where: { id: parts.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !secretMatches(parts.secret, row.secretHash) || row.revokedAt) return { kind: 'refused' };
      if (row.usedAt) {
        await this.revokeFamily(row.familyId, 'token_reuse');
        return { kind: 'refused' };
      }
      const now = Date.now();
      if (row.expiresAt.getTime() <= now) return { kind: 'refused' };
      const session = await this.sessions.lock(row.familyId);
      if (!session || !this.sessions.isLive(session, now)) return { kind: 'refused' };
      await repo.update({ id: row.id }, { usedAt: new Date(now) });
      const expiresAt = await this.sessions.extend(session, now);
      return { kind: 'rotated', userId: row.userId, sessionId: session.id, token: await this.issue(row.userId, session.id, expiresAt) };
    });
    if (outcome.kind === 'refused') throw new InvalidRefreshToken();
    return { userId: outcome.userId, sessionId: outcome.sessionId, token: outcome.token };
  }

  /**
   * Signs out: ends the session of a genuine token (its access tokens stop working at once). Anything
   * else (malformed, unknown, wrong secret) is ignored, so logout is idempotent and cannot be used to
   * probe or revoke other people's tokens.
   */
  async revokeFamilyOf(presented: string): Promise<void> {
    const parts = parseRefreshToken(presented);
    if (!parts) return;
    const row = await this.tx.repo(RefreshTokenEntity).findOneBy({ id: parts.id });
    if (row && secretMatches(parts.secret, row.secretHash)) await this.tx.run(() => this.revokeFamily(row.familyId, 'logout'));
  }

  private async revokeFamily(familyId: string, reason: SessionEndReason): Promise<void> {
    await this.tx.repo(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.sessions.revoke(familyId, reason);
  }
}
