import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  RateLimitService,
  TransactionHost,
  uniqueViolationOf,
  ValidationFailed,
  type AppConfig,
  type RequestUser,
} from '@tradebridge/core';
import { PasswordService } from '../auth/password.service.js';
import { normalizeEmail } from '../users/email.validators.js';
import { UserService } from '../users/user.service.js';
import { AccountMailer } from './account-mailer.js';
import { AccountTokenService } from './account-token.service.js';
import { EmailAlreadyVerified, EmailTakenByVerifiedAccount, invalidAccountToken, wrongCurrentPassword } from './account.errors.js';

/**
 * Proving addresses: the link mailed at registration (and on request, rate-limited), and changing an
 * account's address, which takes effect only once the new address is confirmed by its own link.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    private readonly tokens: AccountTokenService,
    private readonly mail: AccountMailer,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a new link (the old ones stop working). An unverified twin of an address with an owner gets the owner a note, never a link. */
  async resendVerification(caller: RequestUser): Promise<true> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new EmailAlreadyVerified();
    if (user.emailVerifiedAt) throw new EmailAlreadyVerified();
    await this.limitMails(user.id);
    await this.tx.run(async () => {
      const owner = await this.users.accountOf(user.email);
      if (owner && owner.id !== user.id) await this.mail.alreadyRegistered(user.email, owner.locale);
      else await this.mail.verifyEmail(user, await this.tokens.issue(user.id, 'VERIFY_EMAIL', user.email));
    });
    return true;
  }

  /** Confirms an address with the token of a mailed link (no sign-in needed): a registration's, or a change's new address. */
  async verifyEmail(token: string): Promise<true> {
    try {
      await this.tx.run(async () => {
        const link = await this.tokens.consume(token, ['VERIFY_EMAIL', 'CHANGE_EMAIL']);
        const user = await this.users.findById(link.userId);
        if (!user) throw invalidAccountToken('unknown', 'verification');
        if (link.purpose === 'VERIFY_EMAIL') {
          // The account's address changed since this link was mailed: it proves an address no longer in use.
          if (user.email !== link.email) throw invalidAccountToken('expired', 'verification');
          if (!user.emailVerifiedAt) await this.users.markEmailVerified(user.id);
        } else {
          await this.users.markEmailVerified(user.id, link.email);
        }
      });
    } catch (error) {
      if (uniqueViolationOf(error) === 'users_email_key') throw new EmailTakenByVerifiedAccount();
      throw error;
    }
    return true;
  }

  /**
   * Starts a change of address: the new address gets a link, the current (verified) one a notice; the
   * account keeps its address until the link is opened. An address another account has verified gets a
   * note instead, and the answer is the same, so this cannot probe who has an account.
   */
  async changeEmail(caller: RequestUser, newEmail: string, currentPassword: string): Promise<true> {
    const user = await this.users.findWithPassword(caller.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, currentPassword))) throw wrongCurrentPassword();
    const address = normalizeEmail(newEmail);
    if (address === user.email) throw ValidationFailed.field('newEmail', 'is already the address of your account');
    await this.limitMails(user.id);
    await this.tx.run(async () => {
      const owner = await this.users.accountOf(address);
      if (owner?.emailVerifiedAt) {
        await this.mail.emailInUse(address, owner.locale);
        return;
      }
      await this.mail.emailChangeVerify(user, address, await this.tokens.issue(user.id, 'CHANGE_EMAIL', address));
      if (user.emailVerifiedAt) await this.mail.emailChangeNotice(user, address);
    });
    return true;
  }

  /** At most VERIFICATION_MAILS_PER_HOUR confirmation mails per account. */
  private limitMails(userId: string): Promise<void> {
    return this.rateLimits.consume({ key: `mail:verify:${userId}`, limit: this.config.verificationMailsPerHour, windowSeconds: 3600 }, 'confirmation mails');
  }
}
