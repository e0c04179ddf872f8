import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type RequestUser } from '@tradebridge/core';
import { Locale } from '../identity-enums.type.js';
import type { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous' })
  async me(@CurrentUser() caller: RequestUser | null): Promise<UserEntity | null> {
    return caller ? this.users.findById(caller.id) : null;
  }

  @Authenticated()
  @Mutation(() => User, { description: "The signed-in user's language: match reasons and notifications are written in it" })
  async setLocale(@CurrentUser() caller: RequestUser, @Args('locale', { type: () => Locale }) locale: Locale): Promise<UserEntity> {
    const user = await this.users.setLocale(caller.id, locale);
    // Later fields of this request (match reasons) speak the new language too.
    caller.locale = locale;
    return this.users.markShownToOwner(user);
  }
}
