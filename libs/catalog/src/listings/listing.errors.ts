import { ConflictError, ForbiddenError, NotFoundError } from '@tradebridge/core';
import { allowedMoves, type ListingKind } from './listing-kind.js';

export class ListingNotFound extends NotFoundError {
  constructor(kind: Pick<ListingKind, 'label'>, id: string) {
    super(kind.label, id);
  }
}

export class NotListingOwner extends ForbiddenError {
  constructor(kind: Pick<ListingKind, 'name'>) {
    super(`Only members of the ${kind.name}'s organization may change it`);
  }
}

export class IllegalListingTransition extends ConflictError {
  constructor(kind: ListingKind, from: string, to: string) {
    const allowed = allowedMoves(kind, from);
    super(`${kind.article} cannot go from ${from} to ${to}` + (allowed.length ? `; from ${from} it may go to ${allowed.join(' or ')}` : `; ${from} is final`));
  }
}
