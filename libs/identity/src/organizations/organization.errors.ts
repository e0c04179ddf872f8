import { ConflictError, ForbiddenError, NotFoundError } from '@tradebridge/core';

export class OrganizationNotFound extends NotFoundError {
  constructor(id: string) {
    super('Organization', id);
  }
}

export class AlreadyInOrganization extends ConflictError {
  constructor() {
    super('You already belong to an organization; a user may belong to one only');
  }
}

export class TaxIdAlreadyRegistered extends ConflictError {
  constructor(country: string, taxId: string) {
    super(`An organization with ${country} tax id ${taxId} is already registered`);
  }
}

export class NotOrganizationMember extends ForbiddenError {
  constructor() {
    super('Only members of this organization (or platform administrators) may change it');
  }
}
