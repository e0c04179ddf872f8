import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.type.js';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'JWT for the Authorization header; expires at `expiresAt`' }) accessToken: string;
  @Field(() => String, { description: 'Single-use: exchange it with refreshToken for a new pair' }) refreshToken: string;
  @Field(() => Date, { description: 'When the access token expires' }) expiresAt: Date;
  @Field(() => User) user: User;
}
