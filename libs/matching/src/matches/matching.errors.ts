import { ForbiddenError } from '@tradebridge/core';

/** Who matched whom is private: only the listing's own organization (and admins) see its matches. */
export class MatchesForbidden extends ForbiddenError {
  constructor(listing: 'need' | 'offering') {
    super(`Only members of the ${listing}'s organization may see its matches`);
  }
}
