import { ConflictError, ForbiddenError, NotFoundError, ValidationFailed } from '@tradebridge/core';

export class OnlyOwnerMayManageMembers extends ForbiddenError {
  constructor() {
    super("Only the organization's owners may change its members");
  }
}

export class MemberNotFound extends NotFoundError {
  constructor(userId: string) {
    super('Member', userId);
  }
}

export class LastOwner extends ConflictError {
  constructor() {
    super('An organization keeps at least one owner: make another member OWNER (or transfer ownership) first');
  }
}

export class NotInAnyOrganization extends ConflictError {
  constructor() {
    super('You do not belong to an organization');
  }
}

export class NewOwnerNotVerified extends ConflictError {
  constructor() {
    super('The new owner must confirm their e-mail address first');
  }
}

export function notYourself(action: string): ValidationFailed {
  return ValidationFailed.field('userId', `is you: ${action}`);
}
