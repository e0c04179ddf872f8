import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, NotFoundError, RateLimit, type RequestUser } from '@tradebridge/core';
import { SessionService } from '../auth/session.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { User } from '../users/user.type.js';
import { ChangeEmailArgs, ChangePasswordArgs, EndSessionArgs, RequestPasswordResetArgs, ResetPasswordArgs, SetLocaleArgs, TokenArgs } from './account.input.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { Session } from './session.type.js';

/** The account's own settings: address verification, passwords, language, sessions. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly passwords: PasswordResetService,
    private readonly sessionService: SessionService,
    private readonly users: UserService,
  ) {}

  @RateLimit('auth')
  @Mutation(() => Boolean, { description: 'Confirms an address with the token of a mailed link (registration or e-mail change); no sign-in needed' })
  verifyEmail(@Args() { token }: TokenArgs): Promise<boolean> {
    return this.verification.verifyEmail(token);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: "Mails a new confirmation link to the caller's address (rate-limited)" })
  resendVerification(@CurrentUser() caller: RequestUser): Promise<boolean> {
    return this.verification.resendVerification(caller);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Mails a confirmation link to the new address; the address changes once it is opened' })
  changeEmail(@CurrentUser() caller: RequestUser, @Args() { newEmail, currentPassword }: ChangeEmailArgs): Promise<boolean> {
    return this.verification.changeEmail(caller, newEmail, currentPassword);
  }

  @RateLimit('auth')
  @Mutation(() => Boolean, { description: "Mails a password reset link (1 hour) if the address has an account; true either way" })
  requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    return this.passwords.requestPasswordReset(email);
  }

  @RateLimit('auth')
  @Mutation(() => Boolean, { description: "Sets a new password with a reset link's token and ends every session of the account" })
  resetPassword(@Args() { token, password }: ResetPasswordArgs): Promise<boolean> {
    return this.passwords.resetPassword(token, password);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: "Changes the caller's password (the current one required) and ends their other sessions" })
  changePassword(@CurrentUser() caller: RequestUser, @Args() { currentPassword, newPassword }: ChangePasswordArgs): Promise<boolean> {
    return this.passwords.changePassword(caller, currentPassword, newPassword);
  }

  @Authenticated()
  @Mutation(() => User, { description: "The caller's language: mails and notifications come in it" })
  async setLocale(@CurrentUser() caller: RequestUser, @Args() { locale }: SetLocaleArgs): Promise<UserEntity> {
    const user = await this.users.setLocale(caller.id, locale);
    Object.assign(caller, { locale });
    return user;
  }

  @Authenticated()
  @Query(() => [Session], { description: "The caller's live sessions (devices signed in), most recently used first" })
  async sessions(@CurrentUser() caller: RequestUser): Promise<Session[]> {
    const rows = await this.sessionService.listLive(caller.id);
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      absoluteExpiresAt: s.absoluteExpiresAt,
      userAgent: s.userAgent,
      ipAddress: s.ipAddress,
      current: s.id === caller.sessionId,
    }));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: "Ends one of the caller's sessions (its tokens stop working at once)" })
  async endSession(@CurrentUser() caller: RequestUser, @Args() { id }: EndSessionArgs): Promise<boolean> {
    if (!(await this.sessionService.endOwn(caller.id, id, 'ended_by_user'))) throw new NotFoundError('Session', id);
    return true;
  }
}
