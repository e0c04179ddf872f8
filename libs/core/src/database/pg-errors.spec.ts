import { describe, expect, it } from '@jest/globals';
import { isRetryableTransactionError, sqlStateOf, uniqueViolationOf } from './pg-errors.js';
import { isUuid } from '../util/uuid.js';

describe('PostgreSQL errors', () => {
  const pgUnique = Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'users_email_key' });
  const typeormUnique = Object.assign(new Error('QueryFailedError'), { driverError: { code: '23505', constraint: 'memberships_pkey' } });

  it('reads the SQLSTATE from pg errors, TypeORM wrappers and connection failures', () => {
    expect(sqlStateOf(pgUnique)).toBe('23505');
    expect(sqlStateOf(typeormUnique)).toBe('23505');
    expect(sqlStateOf({ code: 'ECONNREFUSED' })).toBe('ECONNREFUSED');
    expect(sqlStateOf(new Error('plain'))).toBeUndefined();
    expect(sqlStateOf(null)).toBeUndefined();
  });

  it('names the constraint of a unique violation, and nothing for other errors', () => {
    expect(uniqueViolationOf(pgUnique)).toBe('users_email_key');
    expect(uniqueViolationOf(typeormUnique)).toBe('memberships_pkey');
    expect(uniqueViolationOf({ code: '23505' })).toBe('');
    expect(uniqueViolationOf({ code: '23503', constraint: 'fk' })).toBeNull();
  });

  it('retries serialization failures and deadlocks only', () => {
    expect(isRetryableTransactionError({ code: '40001' })).toBe(true);
    expect(isRetryableTransactionError({ driverError: { code: '40P01' } })).toBe(true);
    expect(isRetryableTransactionError(pgUnique)).toBe(false);
  });
});

describe('isUuid', () => {
  it('accepts UUIDs in either case and refuses everything else', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    for (const bad of ['', 'x', '0f8fad5b-d9cb-469f-a165-70867728950', 7, null, undefined]) expect(isUuid(bad)).toBe(false);
  });
});
