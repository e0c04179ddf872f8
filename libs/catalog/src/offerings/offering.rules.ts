import { isListingPublic, publicListingSql, type ListingKind } from '../listings/listing-kind.js';
import type { ListingSchema } from '../listings/listing.resolver.js';
import { ListingStatus } from '../shared/catalog.enums.js';
import { Offering } from './offering.entity.js';
import { OfferingInput } from './offering.input.js';

const { DRAFT, PUBLISHED, ARCHIVED } = ListingStatus;

/**
 * What makes an offering an offering among listings. Its lifecycle: DRAFT -> PUBLISHED -> ARCHIVED ->
 * PUBLISHED (again); a published offering never goes back to DRAFT, a draft is published, not archived.
 * Public: published and its validUntil not reached.
 */
export const OFFERING: ListingKind<Offering, ListingStatus> & { schema: ListingSchema } = {
  name: 'offering',
  label: 'Offering',
  article: 'An offering',
  entity: Offering,
  next: { [DRAFT]: [PUBLISHED], [PUBLISHED]: [ARCHIVED], [ARCHIVED]: [PUBLISHED] },
  verbs: { [DRAFT]: 'updated', [PUBLISHED]: 'published', [ARCHIVED]: 'archived' },
  publicStatus: PUBLISHED,
  draftStatus: DRAFT,
  withdrawnStatus: ARCHIVED,
  deadline: { property: 'validUntil', column: 'valid_until' },
  publishedAt: 'publishedAt',
  money: { field: 'price', columns: { min: 'priceMin', max: 'priceMax', currency: 'currency' } },
  reference: {
    regions: { property: 'deliveryRegions', codes: 'deliveryRegionCodes', list: true, description: 'Where it is delivered' },
    certifications: { property: 'certifications', codes: 'certificationCodes', description: 'What it holds' },
  },
  schema: {
    input: OfferingInput,
    statusEnum: ListingStatus,
    hidden: 'drafts, archived, expired of others',
    lifecycle: 'DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED',
  },
};

/** Public: published and not expired (validUntil not passed). */
export const isOfferingPublic = (offering: { status: ListingStatus; validUntil: Date | null }, now?: Date): boolean =>
  isListingPublic(OFFERING, offering, now);

/** The same rule as SQL over the offerings alias, for lists. */
export const publicOfferingSql = (alias: string): string => publicListingSql(OFFERING, alias);
