import { ForbiddenError } from '@tradebridge/core';

export class NoOrganization extends ForbiddenError {
  constructor(what: string) {
    super(`Create or join an organization before posting ${what}`);
  }
}
