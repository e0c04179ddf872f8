import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RateLimit, type RequestContext } from '@tradebridge/core';
import { AuthPayload } from './auth-payload.type.js';
import { InvalidRefreshToken } from './auth.errors.js';
import { LoginArgs, RefreshTokenArgs, RegisterInput } from './auth.input.js';
import { AuthService, type Session } from './auth.service.js';
import { RefreshCookie } from './refresh-cookie.js';
import type { SessionOrigin } from './session.service.js';

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @RateLimit('auth')
  @Mutation(() => AuthPayload, { description: 'Creates an account (unverified: a confirmation link is mailed) and signs in' })
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<Session> {
    return this.withCookie(ctx, await this.auth.register(input, originOf(ctx)));
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload)
  async login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<Session> {
    return this.withCookie(ctx, await this.auth.login(email, password, originOf(ctx)));
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token (single-use) for a new pair. Without the argument, the cookie is used and the new token ' +
      'goes back only in the cookie (the payload carries an empty refreshToken, so page scripts never read one)',
  })
  async refreshToken(@Args() { refreshToken }: RefreshTokenArgs, @Ctx() ctx: RequestContext): Promise<Session> {
    const fromCookie = !refreshToken;
    const presented = refreshToken || this.cookie.read(ctx.req);
    try {
      if (!presented) throw new InvalidRefreshToken();
      const session = this.withCookie(ctx, await this.auth.refresh(presented));
      return fromCookie ? { ...session, refreshToken: '' } : session;
    } catch (error) {
      // A dead cookie is dropped, so the browser stops presenting it.
      if (fromCookie && error instanceof InvalidRefreshToken) this.cookie.clear(ctx.res);
      throw error;
    }
  }

  @Mutation(() => Boolean, {
    description: "Ends the refresh token's session (its access tokens too; the cookie's when the argument is omitted); true even for unknown tokens",
  })
  async logout(@Args() { refreshToken }: RefreshTokenArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    const presented = refreshToken || this.cookie.read(ctx.req);
    this.cookie.clear(ctx.res);
    return presented ? this.auth.logout(presented) : true;
  }

  private withCookie(ctx: RequestContext, session: Session): Session {
    this.cookie.set(ctx.res, session.refreshToken);
    return session;
  }
}

/** Where a sign-in comes from, for the user's list of sessions. */
function originOf(ctx: RequestContext): SessionOrigin {
  const agent = ctx.req?.headers?.['user-agent'];
  return { userAgent: typeof agent === 'string' ? agent : null, ipAddress: ctx.clientIp };
}
