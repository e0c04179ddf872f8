import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TransactionHost, type AppConfig } from '@tradebridge/core';
import { IsNull } from 'typeorm';
import { InvalidRefreshToken } from './auth.errors.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { hashSecret, newRefreshToken, parseRefreshToken, secretMatches } from './secret-token.js';

type Rotation = { kind: 'rotated'; userId: string; token: string } | { kind: 'refused' };

/**
 * Refresh tokens with rotation: each is single-use and is exchanged for a successor in the same
 * family. Presenting a used token means it was stolen or replayed, so the whole family is revoked.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
  ) {}

  /** Issues a token for a new sign-in (new family) or a rotation (`familyId` given). */
  async issue(userId: string, familyId: string = randomUUID()): Promise<string> {
    const { id, secret, token } = newRefreshToken();
    const repo = this.tx.repo(RefreshTokenEntity);
    await repo.insert(
      repo.create({
        id,
        userId,
        familyId,
        secretHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
        usedAt: null,
        revokedAt: null,
      }),
    );
    return token;
  }

  /**
   * Marks the token used and issues its successor. Refuses unknown, expired, revoked and used tokens;
   * a used one also revokes its family (committed before the refusal is thrown).
   */
  async rotate(presented: string): Promise<{ userId: string; token: string }> {
    const parts = parseRefreshToken(presented);
    if (!parts) throw new InvalidRefreshToken();
    const outcome = await this.tx.run(async (): Promise<Rotation> => {
      const repo = this.tx.repo(RefreshTokenEntity);
      // The row lock makes two concurrent presentations of one token see each other: the second is a reuse.
      const row = await repo.findOne({ where: { id: parts.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !secretMatches(parts.secret, row.secretHash) || row.revokedAt) return { kind: 'refused' };
      if (row.usedAt) {
        await this.revokeFamily(row.familyId);
        return { kind: 'refused' };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'refused' };
      await repo.update({ id: row.id }, { usedAt: new Date() });
      return { kind: 'rotated', userId: row.userId, token: await this.issue(row.userId, row.familyId) };
    });
    if (outcome.kind === 'refused') throw new InvalidRefreshToken();
    return { userId: outcome.userId, token: outcome.token };
  }

  /**
   * Signs out: revokes the family of a genuine token. Anything else (malformed, unknown, wrong secret)
   * is ignored, so logout is idempotent and cannot be used to probe or revoke other people's tokens.
   */
  async revokeFamilyOf(presented: string): Promise<void> {
    const parts = parseRefreshToken(presented);
    if (!parts) return;
    const row = await this.tx.repo(RefreshTokenEntity).findOneBy({ id: parts.id });
    if (row && secretMatches(parts.secret, row.secretHash)) await this.revokeFamily(row.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tx.repo(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
