import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RateLimitService, TransactionHost, uniqueViolationOf, type AppConfig } from '@tradebridge/core';
import type { UserEntity } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { AccessTokenService } from './access-token.service.js';
import { EmailAlreadyRegistered, InvalidCredentials, InvalidRefreshToken } from './auth.errors.js';
import type { RegisterInput } from './auth.input.js';
import { PasswordService } from './password.service.js';
import { RefreshTokenService } from './refresh-token.service.js';

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
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Per e-mail (the per-address limit is the resolvers' @RateLimit('auth')): slows password guessing spread over addresses. */
  private limitPerEmail(email: string): Promise<void> {
    const key = `auth:email:${email.trim().toLowerCase()}`;
    return this.rateLimits.consume({ key, limit: this.config.rateLimitAuthPerEmailPerMinute, windowSeconds: 60 }, 'sign-in attempts for this e-mail');
  }

  async register(input: RegisterInput): Promise<Session> {
    await this.limitPerEmail(input.email);
    if (await this.users.emailTaken(input.email)) throw new EmailAlreadyRegistered();
    const passwordHash = await this.passwords.hash(input.password); // slow: before the transaction opens
    try {
      return await this.tx.run(async () => {
        const { email, displayName, position, phone, locale } = input;
        const user = await this.users.createUser({ email, passwordHash, displayName, position, phone, locale });
        return this.startSession(user);
      });
    } catch (error) {
      if (uniqueViolationOf(error) === 'users_email_key') throw new EmailAlreadyRegistered();
      throw error;
    }
  }

  async login(email: string, password: string): Promise<Session> {
    await this.limitPerEmail(email);
    const user = await this.users.findByEmailWithPassword(email);
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNothing(password);
    if (!user || !ok) throw new InvalidCredentials();
    const fresh = await this.users.findById(user.id);
    if (!fresh) throw new InvalidCredentials();
    return this.startSession(fresh);
  }

  async refresh(refreshToken: string): Promise<Session> {
    const { userId, token } = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user) throw new InvalidRefreshToken();
    const access = await this.accessTokens.issue(user.id);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: token, user: this.users.markShownToOwner(user) };
  }

  /** Always true: an unknown or malformed token is already signed out (see RefreshTokenService.revokeFamilyOf). */
  async logout(refreshToken: string): Promise<true> {
    await this.refreshTokens.revokeFamilyOf(refreshToken);
    return true;
  }

  private async startSession(user: UserEntity): Promise<Session> {
    const refreshToken = await this.refreshTokens.issue(user.id);
    const access = await this.accessTokens.issue(user.id);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, user: this.users.markShownToOwner(user) };
  }
}
