import { Field, ID, ObjectType } from '@nestjs/graphql';

/** An invitation not accepted yet and not expired, as its organization's owners see it (never its code). */
@ObjectType('PendingInvite')
export class PendingInvite {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The invited address (lower-case)' }) email: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) expiresAt: Date;
}
