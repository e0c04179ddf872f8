import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { IsNull } from 'typeorm';
import { hashSecret, isSecretShaped, newSecret } from '../auth/secret-token.js';
import { normalizeEmail } from '../users/email.validators.js';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity.js';
import { invalidAccountToken } from './account.errors.js';

const HOUR_MS = 3_600_000;
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
  RESET_PASSWORD: HOUR_MS,
};

/**
 * Single-use account links (256-bit secrets, stored as sha256): issued for a purpose and an address,
 * consumed once. A new link of the same purpose replaces the user's unused ones.
 */
@Injectable()
export class AccountTokenService {
  constructor(private readonly tx: TransactionHost) {}

  /** Returns the secret to put in the link; it is shown this once. */
  async issue(userId: string, purpose: AccountTokenPurpose, email: string): Promise<string> {
    const secret = newSecret();
    const repo = this.tx.repo(AccountTokenEntity);
    await repo.delete({ userId, purpose, usedAt: IsNull() });
    await repo.insert(
      repo.create({ userId, purpose, email: normalizeEmail(email), tokenHash: hashSecret(secret), expiresAt: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS[purpose]), usedAt: null }),
    );
    return secret;
  }

  /**
   * Marks a link used and returns it (inside the caller's transaction: a failure later rolls the use
   * back). Refuses unknown, used and expired links and links of other purposes (BAD_USER_INPUT on `token`).
   */
  async consume(secret: string, purposes: readonly AccountTokenPurpose[]): Promise<AccountTokenEntity> {
    const what = purposes.includes('RESET_PASSWORD') ? 'reset' : 'verification';
    const trimmed = secret.trim();
    if (!isSecretShaped(trimmed)) throw invalidAccountToken('unknown', what);
    const repo = this.tx.repo(AccountTokenEntity);
    // Locked: two presentations of one link at once run one after the other, and the second sees it used.
    const token = await repo.findOne({ where: { tokenHash: hashSecret(trimmed) }, lock: { mode: 'pessimistic_write' } });
    if (!token || !purposes.includes(token.purpose)) throw invalidAccountToken('unknown', what);
    if (token.usedAt) throw invalidAccountToken('used', what);
    if (token.expiresAt.getTime() <= Date.now()) throw invalidAccountToken('expired', what);
    await repo.update({ id: token.id }, { usedAt: new Date() });
    return token;
  }
}
