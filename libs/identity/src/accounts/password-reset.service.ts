import { Injectable } from '@nestjs/common';
import { RateLimitService, TransactionHost, type RequestUser } from '@tradebridge/core';
import { PasswordService } from '../auth/password.service.js';
import { SessionService } from '../auth/session.service.js';
import { normalizeEmail } from '../users/email.validators.js';
import { UserService } from '../users/user.service.js';
import { AccountMailer } from './account-mailer.js';
import { AccountTokenService } from './account-token.service.js';
import { invalidAccountToken, wrongCurrentPassword } from './account.errors.js';

/** Reset requests an address may cause per hour, whether or not it has an account (so the limit tells nothing). */
const RESETS_PER_HOUR = 3;

/**
 * Forgotten and changed passwords. A reset (mailed link, one hour, single use) and a change (the current
 * password required) both end every other session and mail the account a notice.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly tokens: AccountTokenService,
    private readonly mail: AccountMailer,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Mails a reset link to the address's account, if it has one; answers true either way. */
  async requestPasswordReset(email: string): Promise<true> {
    const address = normalizeEmail(email);
    await this.rateLimits.consume({ key: `mail:reset:${address}`, limit: RESETS_PER_HOUR, windowSeconds: 3600 }, 'password reset mails for this address');
    await this.tx.run(async () => {
      const account = await this.users.accountOf(address);
      if (!account || account.deactivatedAt) return;
      await this.mail.passwordReset(account, await this.tokens.issue(account.id, 'RESET_PASSWORD', account.email));
    });
    return true;
  }

  /**
   * Sets a new password with a reset link's token and ends every session of the account. The link
   * proves the address too, so an unverified account becomes verified (unless another account holds it).
   */
  async resetPassword(token: string, password: string): Promise<true> {
    const passwordHash = await this.passwords.hash(password); // slow: before the transaction opens
    await this.tx.run(async () => {
      const link = await this.tokens.consume(token, ['RESET_PASSWORD']);
      const user = await this.users.findById(link.userId);
      if (!user) throw invalidAccountToken('unknown', 'reset');
      await this.users.setPasswordHash(user.id, passwordHash);
      await this.sessions.revokeAllOf([user.id], 'password_reset');
      if (!user.emailVerifiedAt && user.email === link.email && !(await this.users.accountOf(user.email))?.emailVerifiedAt) {
        await this.users.markEmailVerified(user.id);
      }
      await this.mail.passwordChanged(user);
    });
    return true;
  }

  /** Changes the caller's password (the current one required) and ends their other sessions. */
  async changePassword(caller: RequestUser, currentPassword: string, newPassword: string): Promise<true> {
    const user = await this.users.findWithPassword(caller.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, currentPassword))) throw wrongCurrentPassword();
    const passwordHash = await this.passwords.hash(newPassword);
    await this.tx.run(async () => {
      await this.users.setPasswordHash(user.id, passwordHash);
      await this.sessions.revokeAllOf([user.id], 'password_changed', caller.sessionId ?? null);
      await this.mail.passwordChanged(user);
    });
    return true;
  }
}
