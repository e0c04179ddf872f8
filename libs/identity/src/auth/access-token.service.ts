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

/** What a valid access token says. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Access tokens: HS256 JWTs with `typ: "access"`, the user id as `sub`, the session id as `sid`, a short
 * lifetime. Implements core's Authenticator, so the GraphQL context turns a bearer token into the caller;
 * the session is checked on every request (in the same query that loads the caller), so logout, a
 * password reset or an admin ends a token at once.
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

  async issue(userId: string, sessionId: string, now = Date.now()): Promise<IssuedAccessToken> {
    const issuedAt = Math.floor(now / 1000);
    const expiresAt = issuedAt + this.config.accessTokenTtlSeconds;
    const token = await new SignJWT({ typ: ACCESS, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The user and session of a valid access token; InvalidAccessToken for anything else (alg none, other key, expired, wrong kind, no session). */
  async verify(token: string): Promise<AccessClaims> {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new InvalidAccessToken();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const { sub, sid } = payload;
      if (payload.typ !== ACCESS || typeof sub !== 'string' || !isUuid(sub) || typeof sid !== 'string' || !isUuid(sid)) throw new InvalidAccessToken();
      return { userId: sub, sessionId: sid };
    } catch {
      throw new InvalidAccessToken();
    }
  }

  async authenticate(accessToken: string): Promise<RequestUser> {
    const { userId, sessionId } = await this.verify(accessToken);
    const user = await this.users.findRequestUser(userId, sessionId);
    if (!user) throw new InvalidAccessToken();
    return user;
  }
}
