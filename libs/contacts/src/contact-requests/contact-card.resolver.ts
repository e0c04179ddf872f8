import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, localeOf, type RequestContext } from '@tradebridge/core';
import { regionTable } from '@tradebridge/reference';
import { ContactCard } from './contact-request.type.js';

/** Where the person's organization is, in the reader's language beside its code. */
@Resolver(() => ContactCard)
export class ContactCardResolver {
  @ResolveField('organizationRegion', () => String, { nullable: true, description: "The organization's region in the caller's language" })
  organizationRegion(@Parent() card: ContactCard, @Ctx() ctx: RequestContext): string | null {
    return card.region ? regionTable().label(card.region, localeOf(ctx)) : null;
  }

  @ResolveField('organizationRegionCode', () => String, { nullable: true, description: "The organization's region code (ISO 3166-2)" })
  organizationRegionCode(@Parent() card: ContactCard): string | null {
    return regionTable().codeOf(card.region);
  }
}
