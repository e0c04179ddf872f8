import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RateLimit } from '@tradebridge/core';
import { AuthPayload } from './auth-payload.type.js';
import { LoginArgs, RefreshTokenArgs, RegisterInput } from './auth.input.js';
import { AuthService, type Session } from './auth.service.js';

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @RateLimit('auth')
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in' })
  register(@Args('input') input: RegisterInput): Promise<Session> {
    return this.auth.register(input);
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload)
  login(@Args() { email, password }: LoginArgs): Promise<Session> {
    return this.auth.login(email, password);
  }

  @RateLimit('auth')
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (single-use) for a new pair' })
  refreshToken(@Args() { refreshToken }: RefreshTokenArgs): Promise<Session> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: "Revokes the refresh token's session; true even for unknown tokens" })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }
}
