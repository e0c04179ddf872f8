import { describe, expect, it } from '@jest/globals';
import type { ListingKind } from '../listings/listing-kind.js';
import { NEED } from '../needs/need.rules.js';
import { OFFERING } from '../offerings/offering.rules.js';
import { duplicateKeys, planRow, sameValue, type StoredListing } from './import-plan.js';

const listing = (overrides: Record<string, unknown> = {}): StoredListing =>
  ({ id: 'l1', organizationId: 'o', title: 'Самосвал', description: '', categoryCode: '87.04', keywords: ['самосвал'], status: 'PUBLISHED',
    createdAt: new Date(), updatedAt: new Date(), externalRef: 'A-1', priceMin: '100.00', validUntil: new Date('2099-12-31T00:00:00Z'), ...overrides }) as StoredListing;
const fields = { title: 'Самосвал', categoryCode: '87.04', keywords: ['самосвал'], priceMin: '100.00', validUntil: new Date('2099-12-31T00:00:00Z') };
const maps = (...rows: StoredListing[]) => ({ byId: new Map(rows.map((r) => [r.id, r])), byRef: new Map(rows.filter((r) => r.externalRef).map((r) => [r.externalRef!, r])) });
const plan = (row: Partial<{ id: string | null; externalRef: string | null; requested: string | null; fields: Record<string, unknown> }>, stored = maps(listing()), need = false) =>
  planRow((need ? NEED : OFFERING) as unknown as ListingKind, need ? 'NEED' : 'OFFERING', { line: 2, id: null, externalRef: null, requested: null, fields, ...row }, stored.byId, stored.byRef);

describe('planRow', () => {
  it('creates a row without a known reference, published unless it asks for a draft', () => {
    expect(plan({ externalRef: 'NEW' })).toMatchObject({ action: 'CREATE', status: 'PUBLISHED' });
    expect(plan({ requested: 'DRAFT' })).toMatchObject({ action: 'CREATE', status: 'DRAFT' });
    expect(plan({ requested: 'ARCHIVED' }).error?.message.en).toBe('a new listing can only be DRAFT or PUBLISHED');
  });

  it('leaves a listing whose stored values all equal the row unchanged, and updates one that differs', () => {
    expect(plan({ externalRef: 'A-1' })).toMatchObject({ action: 'UNCHANGED', listingId: 'l1' });
    expect(plan({ id: 'l1' })).toMatchObject({ action: 'UNCHANGED' });
    expect(plan({ externalRef: 'A-1', fields: { ...fields, priceMin: '101.00' } })).toMatchObject({ action: 'UPDATE', contentChanged: true, statusChanged: false });
    expect(plan({ id: 'l1', externalRef: 'A-2' })).toMatchObject({ action: 'UPDATE', contentChanged: true });
  });

  it('moves the status only along the lifecycle', () => {
    expect(plan({ externalRef: 'A-1', requested: 'ARCHIVED' })).toMatchObject({ action: 'UPDATE', statusChanged: true, contentChanged: false, status: 'ARCHIVED' });
    expect(plan({ externalRef: 'A-1', requested: 'DRAFT' }).error?.message.en).toBe('the status cannot go from PUBLISHED to DRAFT');
    const need = listing({ status: 'FULFILLED' });
    expect(plan({ externalRef: 'A-1', requested: 'OPEN' }, maps(need), true).error?.message.ru).toBe('статус нельзя сменить с «Выполнена» на «Открыта»');
  });

  it('refuses an unknown id and a reference held by another listing', () => {
    expect(plan({ id: '00000000-0000-4000-8000-000000000000' }).error?.column).toBe('id');
    const other = listing({ id: 'l2', externalRef: 'B-1' });
    expect(plan({ id: 'l1', externalRef: 'B-1' }, maps(listing(), other)).error?.message.en).toBe('reference "B-1" already belongs to another listing (ID l2)');
  });
});

describe('duplicateKeys and sameValue', () => {
  it('marks every row sharing a reference or id, naming the lines', () => {
    const errors = duplicateKeys([
      { line: 2, id: null, externalRef: 'X' },
      { line: 3, id: 'i', externalRef: null },
      { line: 4, id: null, externalRef: 'X' },
      { line: 5, id: 'i', externalRef: 'Y' },
    ]);
    expect([...errors.keys()].sort()).toEqual([2, 3, 4, 5]);
    expect(errors.get(2)?.message.en).toBe('reference "X" repeats on lines 2, 4');
    expect(errors.get(5)?.message.en).toBe('ID i repeats on lines 3, 5');
  });

  it('compares as stored: dates by instant, lists by item, null and undefined alike', () => {
    expect(sameValue(new Date('2099-01-01T00:00:00Z'), new Date('2099-01-01T00:00:00.000Z'))).toBe(true);
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue('100.00', '100.00')).toBe(true);
    expect(sameValue(null, '')).toBe(false);
  });
});
