import { describe, expect, it } from '@jest/globals';
import type { RequestUser, TransactionHost } from '@tradebridge/core';
import type { PasswordService } from '../auth/password.service.js';
import type { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';

const ORG_A = '11111111-1111-4111-8111-111111111111';
const ORG_B = '22222222-2222-4222-8222-222222222222';

function viewer(id: string, organizationId: string | null, platformRole: 'USER' | 'ADMIN' = 'USER'): RequestUser {
  return { id, email: `${id}@example.by`, platformRole, locale: 'RU', organizationId, membershipRole: organizationId ? 'MEMBER' : null, emailVerified: true };
}

describe('UserService.mayReadPrivateDetails', () => {
  const users = new UserService({} as TransactionHost, {} as PasswordService);
  const target = { id: 'target' } as UserEntity;

  it('lets the user, members of the same organization and admins read e-mail and phone', () => {
    expect(users.mayReadPrivateDetails(viewer('target', null), target, ORG_A)).toBe(true);
    expect(users.mayReadPrivateDetails(viewer('colleague', ORG_A), target, ORG_A)).toBe(true);
    expect(users.mayReadPrivateDetails(viewer('admin', null, 'ADMIN'), target, ORG_A)).toBe(true);
  });

  it('hides them from anonymous callers, other organizations and users without one', () => {
    expect(users.mayReadPrivateDetails(null, target, ORG_A)).toBe(false);
    expect(users.mayReadPrivateDetails(viewer('stranger', ORG_B), target, ORG_A)).toBe(false);
    expect(users.mayReadPrivateDetails(viewer('loner', null), target, ORG_A)).toBe(false);
  });

  it('does not treat two users without an organization as colleagues', () => {
    expect(users.mayReadPrivateDetails(viewer('loner', null), target, null)).toBe(false);
  });

  it('shows a user object returned to its owner at sign-in, before any token is sent', () => {
    const signedIn = users.markShownToOwner({ id: 'fresh' } as UserEntity);
    expect(users.mayReadPrivateDetails(null, signedIn, null)).toBe(true);
    expect(users.mayReadPrivateDetails(null, { id: 'fresh' } as UserEntity, null)).toBe(false);
  });
});
