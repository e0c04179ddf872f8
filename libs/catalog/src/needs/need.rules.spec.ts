import { describe, expect, it } from '@jest/globals';
import { NeedStatus } from '../shared/catalog.enums.js';
import { canMove, statusEvent } from '../listings/listing-kind.js';
import { isNeedPublic, NEED } from './need.rules.js';

const { DRAFT, OPEN, CLOSED, FULFILLED } = NeedStatus;
const now = new Date('2027-01-01T00:00:00Z');

describe('need lifecycle', () => {
  it('allows DRAFT -> OPEN -> CLOSED | FULFILLED and reopening a CLOSED need, nothing else', () => {
    const allowed = Object.values(NeedStatus).flatMap((from) =>
      Object.values(NeedStatus).filter((to) => canMove(NEED, from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(['CLOSED->OPEN', 'DRAFT->OPEN', 'OPEN->CLOSED', 'OPEN->FULFILLED']);
  });

  it('treats FULFILLED as final', () => {
    for (const to of Object.values(NeedStatus)) expect(canMove(NEED, FULFILLED, to)).toBe(false);
  });

  it('names the outbox event of each target status', () => {
    expect([OPEN, CLOSED, FULFILLED].map((s) => statusEvent(NEED, s))).toEqual(['catalog.need.opened', 'catalog.need.closed', 'catalog.need.fulfilled']);
  });
});

describe('isNeedPublic', () => {
  it('is true only for open needs whose neededBy has not passed', () => {
    expect(isNeedPublic({ status: OPEN, neededBy: null }, now)).toBe(true);
    expect(isNeedPublic({ status: OPEN, neededBy: new Date('2027-06-01Z') }, now)).toBe(true);
    expect(isNeedPublic({ status: OPEN, neededBy: new Date('2026-06-01Z') }, now)).toBe(false);
    for (const status of [DRAFT, CLOSED, FULFILLED]) expect(isNeedPublic({ status, neededBy: null }, now)).toBe(false);
  });
});
