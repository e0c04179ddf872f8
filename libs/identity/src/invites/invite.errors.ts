import { ConflictError, DomainError, ErrorCode, ForbiddenError } from '@tradebridge/core';

// Unknown, expired and used codes all answer NOT_FOUND (the invite is not there to accept),
// each with a message the person can act on.

export class InviteNotFound extends DomainError {
  constructor() {
    super(ErrorCode.NOT_FOUND, 'This invite code is not valid; check it or ask for a new invite');
  }
}

export class InviteExpired extends DomainError {
  constructor() {
    super(ErrorCode.NOT_FOUND, "This invite has expired; ask the organization's owner for a new one");
  }
}

export class InviteAlreadyUsed extends DomainError {
  constructor() {
    super(ErrorCode.NOT_FOUND, 'This invite has already been used');
  }
}

export class InviteEmailMismatch extends ConflictError {
  constructor() {
    super('This invite was sent to a different e-mail address; sign in with that address to accept it');
  }
}

export class OnlyOwnerMayInvite extends ForbiddenError {
  constructor() {
    super("Only the organization's owner may invite people");
  }
}

export class AlreadyMemberOfOrganization extends ConflictError {
  constructor() {
    super('This person is already a member of the organization');
  }
}
