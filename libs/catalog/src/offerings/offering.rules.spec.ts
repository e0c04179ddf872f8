import { describe, expect, it } from '@jest/globals';
import { ListingStatus } from '../shared/catalog.enums.js';
import { allowedMoves, canMove, statusEvent } from '../listings/listing-kind.js';
import { isOfferingPublic, OFFERING } from './offering.rules.js';

const { DRAFT, PUBLISHED, ARCHIVED } = ListingStatus;
const now = new Date('2027-01-01T00:00:00Z');

describe('offering lifecycle', () => {
  it('allows DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED only', () => {
    const allowed = Object.values(ListingStatus).flatMap((from) =>
      Object.values(ListingStatus).filter((to) => canMove(OFFERING, from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(['ARCHIVED->PUBLISHED', 'DRAFT->PUBLISHED', 'PUBLISHED->ARCHIVED']);
  });

  it('never returns to DRAFT and never archives a draft', () => {
    expect(canMove(OFFERING, PUBLISHED, DRAFT)).toBe(false);
    expect(canMove(OFFERING, ARCHIVED, DRAFT)).toBe(false);
    expect(canMove(OFFERING, DRAFT, ARCHIVED)).toBe(false);
    expect(allowedMoves(OFFERING, DRAFT)).toEqual([PUBLISHED]);
  });

  it('names the outbox event of each target status', () => {
    expect(statusEvent(OFFERING, PUBLISHED)).toBe('catalog.offering.published');
    expect(statusEvent(OFFERING, ARCHIVED)).toBe('catalog.offering.archived');
  });
});

describe('isOfferingPublic', () => {
  it('is true for published offerings without an end or ending later', () => {
    expect(isOfferingPublic({ status: PUBLISHED, validUntil: null }, now)).toBe(true);
    expect(isOfferingPublic({ status: PUBLISHED, validUntil: new Date('2027-01-01T00:00:01Z') }, now)).toBe(true);
  });

  it('is false for drafts, archived and expired offerings (validUntil reached counts as expired)', () => {
    expect(isOfferingPublic({ status: DRAFT, validUntil: null }, now)).toBe(false);
    expect(isOfferingPublic({ status: ARCHIVED, validUntil: null }, now)).toBe(false);
    expect(isOfferingPublic({ status: PUBLISHED, validUntil: new Date('2026-12-31T23:59:59Z') }, now)).toBe(false);
    expect(isOfferingPublic({ status: PUBLISHED, validUntil: now }, now)).toBe(false);
  });
});
