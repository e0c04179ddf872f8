import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale, PlatformRole } from '../identity-enums.type.js';

/**
 * A user as the API shows them. `organization`, `membershipRole` and the private `email` and `phone`
 * are added by UserFieldsResolver (batched, and private fields checked per viewer).
 */
@ObjectType('User')
export class User {
  @Field(() => ID) id: string;
  @Field(() => String) displayName: string;
  @Field(() => String, { nullable: true }) position: string | null;
  @Field(() => Locale) locale: Locale;
  @Field(() => PlatformRole) platformRole: PlatformRole;
  @Field(() => Date) createdAt: Date;
}
