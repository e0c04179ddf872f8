import { ListingStatus } from '../shared/catalog.enums.js';
import type { OfferingEvent } from '../shared/catalog-outbox.js';
import { isExpired } from '../shared/listing-visibility.js';

// An offering's lifecycle: DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED (again). A published offering
// never goes back to DRAFT; a draft is published, not archived.
const NEXT: Record<ListingStatus, readonly ListingStatus[]> = {
  [ListingStatus.DRAFT]: [ListingStatus.PUBLISHED],
  [ListingStatus.PUBLISHED]: [ListingStatus.ARCHIVED],
  [ListingStatus.ARCHIVED]: [ListingStatus.PUBLISHED],
};

export function allowedOfferingTransitions(from: ListingStatus): readonly ListingStatus[] {
  return NEXT[from];
}

export function canMoveOffering(from: ListingStatus, to: ListingStatus): boolean {
  return NEXT[from].includes(to);
}

export const OFFERING_STATUS_EVENT: Record<ListingStatus, OfferingEvent> = {
  [ListingStatus.DRAFT]: 'catalog.offering.updated',
  [ListingStatus.PUBLISHED]: 'catalog.offering.published',
  [ListingStatus.ARCHIVED]: 'catalog.offering.archived',
};

/** Public: published and not expired (validUntil not passed). */
export function isOfferingPublic(offering: { status: ListingStatus; validUntil: Date | null }, now: Date = new Date()): boolean {
  return offering.status === ListingStatus.PUBLISHED && !isExpired(offering.validUntil, now);
}

/** The same rule as SQL over the offerings alias `o`, for lists. */
export function publicOfferingSql(alias: string): string {
  return `(${alias}.status = '${ListingStatus.PUBLISHED}' AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > now()))`;
}
