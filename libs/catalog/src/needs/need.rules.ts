import { isListingPublic, publicListingSql, type ListingKind } from '../listings/listing-kind.js';
import type { ListingSchema } from '../listings/listing.resolver.js';
import { NeedStatus } from '../shared/catalog.enums.js';
import { Need } from './need.entity.js';
import { NeedInput } from './need.input.js';

const { DRAFT, OPEN, CLOSED, FULFILLED } = NeedStatus;

/**
 * What makes a need a need among listings. Its lifecycle: DRAFT -> OPEN -> CLOSED or FULFILLED; a CLOSED
 * need (withdrawn, paused) may be reopened; FULFILLED is final (the buyer got what it needed: reopening
 * would rewrite the statistics). Public: open and its neededBy not reached. Its money is a budget per unit.
 */
export const NEED: ListingKind<Need, NeedStatus> & { schema: ListingSchema } = {
  name: 'need',
  label: 'Need',
  article: 'A need',
  entity: Need,
  next: { [DRAFT]: [OPEN], [OPEN]: [CLOSED, FULFILLED], [CLOSED]: [OPEN], [FULFILLED]: [] },
  verbs: { [DRAFT]: 'updated', [OPEN]: 'opened', [CLOSED]: 'closed', [FULFILLED]: 'fulfilled' },
  publicStatus: OPEN,
  draftStatus: DRAFT,
  withdrawnStatus: CLOSED,
  deadline: { property: 'neededBy', column: 'needed_by' },
  publishedAt: 'openedAt',
  money: { field: 'budget', columns: { min: 'budgetMin', max: 'budgetMax', currency: 'budgetCurrency' }, description: 'per unit' },
  reference: {
    regions: { property: 'deliveryRegion', codes: 'deliveryRegionCode', list: false, description: 'Where it is to be delivered' },
    certifications: { property: 'requiredCertifications', codes: 'requiredCertificationCodes', description: 'What an offering must hold' },
  },
  schema: {
    input: NeedInput,
    statusEnum: NeedStatus,
    hidden: 'drafts, closed, expired of others',
    lifecycle: 'DRAFT -> OPEN -> CLOSED | FULFILLED; CLOSED may reopen',
  },
};

/** Public: open and not expired (neededBy not passed). */
export const isNeedPublic = (need: { status: NeedStatus; neededBy: Date | null }, now?: Date): boolean => isListingPublic(NEED, need, now);

/** The same rule as SQL over the needs alias, for lists. */
export const publicNeedSql = (alias: string): string => publicListingSql(NEED, alias);
