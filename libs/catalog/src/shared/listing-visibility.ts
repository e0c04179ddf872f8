import { canActFor, type RequestUser } from '@tradebridge/core';

// Who may read a listing (DESIGN.md "Who may read what"): anyone reads a public listing (published or
// open, not expired); drafts, archived, closed and expired listings only the owning organization's
// members and platform admins. The services apply these rules; nothing else decides.

/** A deadline (validUntil, neededBy) has passed. */
export function isExpired(deadline: Date | null | undefined, now: Date = new Date()): boolean {
  return deadline != null && deadline.getTime() <= now.getTime();
}

/** The owning organization's members and admins read everything of the organization. */
export function readsAllOf(viewer: RequestUser | null, organizationId: string): boolean {
  return canActFor(viewer, organizationId);
}

export function mayReadListing(viewer: RequestUser | null, listing: { organizationId: string }, isPublic: boolean): boolean {
  return isPublic || readsAllOf(viewer, listing.organizationId);
}
