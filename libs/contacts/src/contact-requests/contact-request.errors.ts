import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationFailed } from '@tradebridge/core';
import type { ContactRequestStatus } from './contact-request.enums.js';
import type { ListingKind } from './contact-request.rules.js';

export class ContactRequestNotFound extends NotFoundError {
  constructor(id: string) {
    super('Contact request', id);
  }
}

/** Unknown, or not visible to the caller (drafts, archived, expired): the same answer either way. */
export class ContactListingNotFound extends NotFoundError {
  constructor(kind: ListingKind, id: string) {
    super(kind === 'offering' ? 'Offering' : 'Need', id);
  }
}

export class NoOrganizationForContact extends ForbiddenError {
  constructor() {
    super('Create or join an organization before requesting contact');
  }
}

export function ownListing(kind: ListingKind): ValidationFailed {
  return ValidationFailed.field(
    kind === 'offering' ? 'input.offeringId' : 'input.needId',
    `is your own organization's ${kind}: contact requests go to other organizations`,
  );
}

/** An admin may see a draft or closed listing, but nobody asks for contact on it. */
export class ListingNotOpenForContact extends ConflictError {
  constructor(kind: ListingKind) {
    super(kind === 'offering' ? 'The offering is not published: contact can be requested on published offerings only' : 'The need is not open: contact can be requested on open needs only');
  }
}

export class DuplicatePendingContactRequest extends ConflictError {
  constructor(kind: ListingKind) {
    super(`Your organization already has a pending contact request on this ${kind}; wait for the answer or withdraw it first`);
  }
}

export class ContactRequestLimitReached extends RateLimitedError {
  constructor(limit: number, retryAfterSeconds: number) {
    const hours = Math.max(1, Math.ceil(retryAfterSeconds / 3600));
    super(
      `Your organization has sent ${limit} contact requests in the last 24 hours, the most allowed; try again in about ${hours} h (${Math.ceil(retryAfterSeconds)} s)`,
      retryAfterSeconds,
    );
  }
}

export class NotContactRequestTarget extends ForbiddenError {
  constructor() {
    super('Only members of the organization that received this contact request may answer it');
  }
}

export class NotContactRequester extends ForbiddenError {
  constructor() {
    super('Only members of the organization that sent this contact request may withdraw it');
  }
}

export class ContactRequestNotPending extends ConflictError {
  constructor(status: ContactRequestStatus) {
    super(`The contact request is already ${status.toLowerCase()}; only pending requests can be answered or withdrawn`);
  }
}
