import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RateLimitService, TransactionHost, type AppConfig } from '@tradebridge/core';
import { AccountMailer } from '../accounts/account-mailer.js';
import { AccountTokenService } from '../accounts/account-token.service.js';
import { AccountDeactivated } from '../accounts/account.errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { AccessTokenService } from './access-token.service.js';
import { InvalidCredentials, InvalidRefreshToken } from './auth.errors.js';
import type { RegisterInput } from './auth.input.js';
import { PasswordService } from './password.service.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { SessionService, type SessionOrigin } from './session.service.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: UserEntity;
}

/** Sign-up, sign-in, token refresh and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly sessions: SessionService,
    private readonly accountTokens: AccountTokenService,
    private readonly mail: AccountMailer,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Per e-mail (the per-address limit is the resolvers' @RateLimit('auth')): slows password guessing spread over addresses. */
  private limitPerEmail(email: string): Promise<void> {
    const key = `auth:email:${email.trim().toLowerCase()}`;
    return this.rateLimits.consume({ key, limit: this.config.rateLimitAuthPerEmailPerMinute, windowSeconds: 60 }, 'sign-in attempts for this e-mail');
  }

  /**
   * Creates an unverified account and signs it in; the address gets a verification link. When the
   * address already has an account, the answer is the same (a new unverified account, signed in) but the
   * address's owner gets a note instead of a link: nobody learns from registering who has an account, and
   * the new account can never be verified with someone else's address.
   */
  async register(input: RegisterInput, origin: SessionOrigin = {}): Promise<Session> {
    await this.limitPerEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password); // slow: before the transaction opens
    return this.tx.run(async () => {
      const existing = await this.users.accountOf(input.email);
      const { email, displayName, position, phone, locale } = input;
      const user = await this.users.createUser({ email, passwordHash, displayName, position, phone, locale });
      if (existing) await this.mail.alreadyRegistered(user.email, existing.locale);
      else await this.mail.verifyEmail(user, await this.accountTokens.issue(user.id, 'VERIFY_EMAIL', user.email));
      return this.startSession(user, origin);
    });
  }

  async login(email: string, password: string, origin: SessionOrigin = {}): Promise<Session> {
    await this.limitPerEmail(email);
    const candidates = await this.users.findSignInCandidates(email);
    let match: UserEntity | undefined;
    if (candidates.length === 0) await this.passwords.verifyNothing(password);
    for (const candidate of candidates) {
      if (await this.passwords.verify(candidate.passwordHash, password)) {
        match = candidate;
        break;
      }
    }
    if (!match) throw new InvalidCredentials();
    // Told only to someone who knows the password.
    if (match.deactivatedAt) throw new AccountDeactivated(match.deactivationReason);
    const fresh = await this.users.findById(match.id);
    if (!fresh) throw new InvalidCredentials();
    return this.tx.run(() => this.startSession(fresh, origin));
  }

  async refresh(refreshToken: string): Promise<Session> {
    const { userId, sessionId, token } = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user || user.deactivatedAt) throw new InvalidRefreshToken();
    const access = await this.accessTokens.issue(user.id, sessionId);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: token, user: this.users.markShownToOwner(user) };
  }

  /**
   * Always true: ends the token's session, so its access tokens stop working too; an unknown or malformed
   * token is already signed out (see RefreshTokenService.revokeFamilyOf).
   */
  async logout(refreshToken: string): Promise<true> {
    await this.refreshTokens.revokeFamilyOf(refreshToken);
    return true;
  }

  /** A new session with its first refresh token and an access token (in the caller's transaction). */
  private async startSession(user: UserEntity, origin: SessionOrigin): Promise<Session> {
    const session = await this.sessions.start(user.id, origin);
    const refreshToken = await this.refreshTokens.issue(user.id, session.id, session.expiresAt);
    const access = await this.accessTokens.issue(user.id, session.id);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, user: this.users.markShownToOwner(user) };
  }
}
