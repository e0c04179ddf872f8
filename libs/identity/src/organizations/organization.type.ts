import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@tradebridge/core';
import { Country } from '../identity-enums.type.js';

/**
 * An organization's public profile. `sectors`, `offerings` and `needs` are added by the catalog slice
 * with `@Resolver(() => Organization)` field resolvers.
 */
@ObjectType('Organization')
export class Organization {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Country) country: Country;
  /** Its code (ISO 3166-2); GraphQL shows `region` (the name in the caller's language) and `regionCode` (OrganizationResolver). */
  region: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { description: 'UNP (BY, 9 digits) or INN (RU, 10 digits), checksum-validated' }) taxId: string;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Boolean) verified: boolean;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
