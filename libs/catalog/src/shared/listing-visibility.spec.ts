import { describe, expect, it } from '@jest/globals';
import type { RequestUser } from '@tradebridge/core';
import { isExpired, mayReadListing } from './listing-visibility.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function user(overrides: Partial<RequestUser> = {}): RequestUser {
  return { id: 'u', email: 'u@example.by', platformRole: 'USER', locale: 'RU', organizationId: OTHER, membershipRole: 'OWNER', emailVerified: true, ...overrides };
}

describe('mayReadListing', () => {
  const listing = { organizationId: ORG };

  it('lets anyone, anonymous included, read a public listing', () => {
    expect(mayReadListing(null, listing, true)).toBe(true);
    expect(mayReadListing(user(), listing, true)).toBe(true);
  });

  it('keeps a non-public listing to the organization members and admins', () => {
    expect(mayReadListing(null, listing, false)).toBe(false);
    expect(mayReadListing(user(), listing, false)).toBe(false);
    expect(mayReadListing(user({ organizationId: null, membershipRole: null }), listing, false)).toBe(false);
    expect(mayReadListing(user({ organizationId: ORG, membershipRole: 'MEMBER' }), listing, false)).toBe(true);
    expect(mayReadListing(user({ platformRole: 'ADMIN' }), listing, false)).toBe(true);
  });
});

describe('isExpired', () => {
  const now = new Date('2027-01-01T12:00:00Z');
  it('is false without a deadline or before it, true from the deadline on', () => {
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired(undefined, now)).toBe(false);
    expect(isExpired(new Date('2027-01-02Z'), now)).toBe(false);
    expect(isExpired(now, now)).toBe(true);
    expect(isExpired(new Date('2026-01-01Z'), now)).toBe(true);
  });
});
