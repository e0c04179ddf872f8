import { ConflictError, ForbiddenError, NotFoundError } from '@tradebridge/core';
import type { ListingStatus } from '../shared/catalog.enums.js';
import { allowedOfferingTransitions } from './offering.rules.js';

export class OfferingNotFound extends NotFoundError {
  constructor(id: string) {
    super('Offering', id);
  }
}

export class NotOfferingOwner extends ForbiddenError {
  constructor() {
    super("Only members of the offering's organization may change it");
  }
}

export class IllegalOfferingTransition extends ConflictError {
  constructor(from: ListingStatus, to: ListingStatus) {
    const allowed = allowedOfferingTransitions(from);
    super(`An offering cannot go from ${from} to ${to}${allowed.length ? `; from ${from} it may go to ${allowed.join(' or ')}` : ''}`);
  }
}
