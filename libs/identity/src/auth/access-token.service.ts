import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Authenticator, isUuid, type AppConfig, type RequestUser } from '@tradebridge/core';
import { jwtVerify, SignJWT } from 'jose';
import { UserService } from '../users/user.service.js';
import { InvalidAccessToken } from './auth.errors.js';

const ISSUER = 'tradebridge';
const AUDIENCE = 'tradebridge-api';
const ACCESS = 'access';
const MAX_TOKEN_LENGTH = 4096;

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Access tokens: HS256 JWTs with `typ: "access"`, the user id as `sub`, a short lifetime. Implements
 * core's Authenticator, so the GraphQL context turns a bearer token into the caller.
 */
@Injectable()
export class AccessTokenService extends Authenticator {
  private readonly key: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserService,
  ) {
    super();
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(userId: string, now = Date.now()): Promise<IssuedAccessToken> {
    const issuedAt = Math.floor(now / 1000);
    const expiresAt = issuedAt + this.config.accessTokenTtlSeconds;
    const token = await new SignJWT({ typ: ACCESS })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The user id in a valid access token; InvalidAccessToken for anything else (alg none, other key, expired, wrong kind). */
  async verify(token: string): Promise<string> {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new InvalidAccessToken();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.typ !== ACCESS || typeof payload.sub !== 'string' || !isUuid(payload.sub)) throw new InvalidAccessToken();
      return payload.sub;
    } catch {
      throw new InvalidAccessToken();
    }
  }

  async authenticate(accessToken: string): Promise<RequestUser> {
    const userId = await this.verify(accessToken);
    const user = await this.users.findRequestUser(userId);
    if (!user) throw new InvalidAccessToken();
    return user;
  }
}
