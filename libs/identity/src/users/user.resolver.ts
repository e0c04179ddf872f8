import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser } from '@tradebridge/core';
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
}
