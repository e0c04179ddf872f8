import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '@tradebridge/core';
import { ContactRequest } from './contact-request.entity.js';

@ObjectType('ContactRequestConnection')
export class ContactRequestConnection extends Connection(ContactRequest, 'ContactRequest') {}

/** One side of an accepted contact request: the person and how to reach them. */
@ObjectType('ContactCard')
export class ContactCard {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) position: string | null;
  @Field(() => String) organizationName: string;
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  /** The organization's region as stored (its code): `organizationRegion` / `organizationRegionCode` (ContactCardResolver). */
  region?: string | null;
}

@ObjectType('ContactExchange')
export class ContactExchange {
  @Field(() => ContactCard, { description: 'The person who requested contact' })
  requester: ContactCard;

  @Field(() => ContactCard, { description: 'The person who accepted' })
  responder: ContactCard;
}
