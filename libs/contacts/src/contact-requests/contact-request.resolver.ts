import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type ConnectionPage, type RequestUser } from '@tradebridge/core';
import { ContactRequest } from './contact-request.entity.js';
import { ContactRequestInput, ContactRequestsArgs, ContactResponseInput } from './contact-request.input.js';
import { ContactRequestService } from './contact-request.service.js';
import { ContactRequestConnection } from './contact-request.type.js';

@Resolver(() => ContactRequest)
export class ContactRequestResolver {
  constructor(private readonly requests: ContactRequestService) {}

  @Authenticated()
  @Query(() => ContactRequestConnection, { description: "The caller organization's requests: received (INCOMING) or sent (OUTGOING)" })
  contactRequests(@CurrentUser() caller: RequestUser, @Args() args: ContactRequestsArgs): Promise<ConnectionPage<ContactRequest>> {
    return this.requests.listForOrganization(caller, args);
  }

  @Query(() => ContactRequest, { nullable: true, description: "Null unless the caller belongs to one of the two organizations (or is an admin)" })
  contactRequest(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: RequestUser | null): Promise<ContactRequest | null> {
    return this.requests.findVisibleById(viewer, id);
  }

  @Authenticated()
  @Mutation(() => ContactRequest, { description: "Asks the listing's organization for contact; the caller must belong to an organization" })
  requestContact(@CurrentUser() caller: RequestUser, @Args('input') input: ContactRequestInput): Promise<ContactRequest> {
    return this.requests.requestContact(caller, input);
  }

  @Authenticated()
  @Mutation(() => ContactRequest, { description: 'The target organization accepts or declines a pending request' })
  respondToContactRequest(@CurrentUser() caller: RequestUser, @Args('input') input: ContactResponseInput): Promise<ContactRequest> {
    return this.requests.respondToContactRequest(caller, input);
  }

  @Authenticated()
  @Mutation(() => ContactRequest, { description: 'The requesting organization takes back a pending request' })
  withdrawContactRequest(@CurrentUser() caller: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ContactRequest> {
    return this.requests.withdrawContactRequest(caller, id);
  }
}
