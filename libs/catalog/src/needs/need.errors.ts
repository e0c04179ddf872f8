import { ConflictError, ForbiddenError, NotFoundError } from '@tradebridge/core';
import type { NeedStatus } from '../shared/catalog.enums.js';
import { allowedNeedTransitions } from './need.rules.js';

export class NeedNotFound extends NotFoundError {
  constructor(id: string) {
    super('Need', id);
  }
}

export class NotNeedOwner extends ForbiddenError {
  constructor() {
    super("Only members of the need's organization may change it");
  }
}

export class IllegalNeedTransition extends ConflictError {
  constructor(from: NeedStatus, to: NeedStatus) {
    const allowed = allowedNeedTransitions(from);
    super(
      `A need cannot go from ${from} to ${to}` +
        (allowed.length ? `; from ${from} it may go to ${allowed.join(' or ')}` : `; ${from} is final`),
    );
  }
}
