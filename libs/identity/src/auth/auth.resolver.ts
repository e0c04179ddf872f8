import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RateLimit, type RequestContext } from '@tradebridge/core';
import { AuthPayload } from './auth-payload.type.js';
import { LoginArgs, RefreshTokenArgs, RegisterInput } from './auth.input.js';
import { AuthService, type Session } from './auth.service.js';
import type { SessionOrigin } from './session.service.js';

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @RateLimit('auth')
  @Mutation(() => AuthPayload, { description: 'Creates an account (unverified: a confirmation link is mailed) and signs in' })
  register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<Session> {
    return this.auth.register(input, originOf(ctx));
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload)
  login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<Session> {
    return this.auth.login(email, password, originOf(ctx));
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (single-use) for a new pair' })
  refreshToken(@Args() { refreshToken }: RefreshTokenArgs): Promise<Session> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: "Ends the refresh token's session (its access tokens too); true even for unknown tokens" })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }
}

/** Where a sign-in comes from, for the user's list of sessions. */
function originOf(ctx: RequestContext): SessionOrigin {
  const agent = ctx.req?.headers?.['user-agent'];
  return { userAgent: typeof agent === 'string' ? agent : null, ipAddress: ctx.clientIp };
}
