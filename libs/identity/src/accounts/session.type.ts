import { Field, ID, ObjectType } from '@nestjs/graphql';

/** One sign-in of the caller on some device. */
@ObjectType('Session')
export class Session {
  @Field(() => ID) id: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) lastUsedAt: Date;
  @Field(() => Date, { description: 'When it ends unless refreshed (never after absoluteExpiresAt)' }) expiresAt: Date;
  @Field(() => Date, { description: '90 days after sign-in: the session ends then whatever its refreshes' }) absoluteExpiresAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => String, { nullable: true }) ipAddress: string | null;
  @Field(() => Boolean, { description: 'The session of the access token this request was sent with' }) current: boolean;
}
