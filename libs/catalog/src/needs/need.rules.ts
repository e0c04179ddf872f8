import { NeedStatus } from '../shared/catalog.enums.js';
import type { NeedEvent } from '../shared/catalog-outbox.js';
import { isExpired } from '../shared/listing-visibility.js';

// A need's lifecycle: DRAFT -> OPEN -> CLOSED or FULFILLED. A CLOSED need (withdrawn, paused) may be
// reopened; FULFILLED is final (the buyer got what it needed: reopening would rewrite the statistics).
const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  [NeedStatus.DRAFT]: [NeedStatus.OPEN],
  [NeedStatus.OPEN]: [NeedStatus.CLOSED, NeedStatus.FULFILLED],
  [NeedStatus.CLOSED]: [NeedStatus.OPEN],
  [NeedStatus.FULFILLED]: [],
};

export function allowedNeedTransitions(from: NeedStatus): readonly NeedStatus[] {
  return NEXT[from];
}

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

export const NEED_STATUS_EVENT: Record<NeedStatus, NeedEvent> = {
  [NeedStatus.DRAFT]: 'catalog.need.updated',
  [NeedStatus.OPEN]: 'catalog.need.opened',
  [NeedStatus.CLOSED]: 'catalog.need.closed',
  [NeedStatus.FULFILLED]: 'catalog.need.fulfilled',
};

/** Public: open and not expired (neededBy not passed). */
export function isNeedPublic(need: { status: NeedStatus; neededBy: Date | null }, now: Date = new Date()): boolean {
  return need.status === NeedStatus.OPEN && !isExpired(need.neededBy, now);
}

/** The same rule as SQL over the needs alias, for lists. */
export function publicNeedSql(alias: string): string {
  return `(${alias}.status = '${NeedStatus.OPEN}' AND (${alias}.needed_by IS NULL OR ${alias}.needed_by > now()))`;
}
