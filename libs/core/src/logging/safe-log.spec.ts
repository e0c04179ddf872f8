import { describe, expect, it } from '@jest/globals';
import { scrubPersonalData, serializeError } from './safe-log.js';

describe('serializeError', () => {
  it('logs a failed statement without its parameters or the values PostgreSQL repeats in `detail`', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: '23505',
      detail: 'Key (lower(email))=(anna@example.by) already exists.',
      constraint: 'users_email_key',
    });
    const error = Object.assign(new Error(driverError.message), {
      name: 'QueryFailedError',
      query: 'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      parameters: ['anna@example.by', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'],
      driverError,
    });
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('QueryFailedError');
    expect(logged).toContain('users_email_key');
    expect(logged).toContain('INSERT INTO users (email, password_hash) VALUES ($1, $2)');
    expect(logged).not.toContain('anna@example.by');
    expect(logged).not.toContain('argon2');
    expect(logged).not.toContain('parameters');
    expect(logged).not.toContain('detail');
  });

  it('follows causes and keeps non-errors readable', () => {
    const error = new Error('outer', { cause: new Error('inner for +375 29 123-45-67') });
    expect(serializeError(error)).toMatchObject({ message: 'outer', cause: { message: 'inner for [phone]' } });
    expect(serializeError({ code: 'ECONNREFUSED' })).toBe('{"code":"ECONNREFUSED"}');
  });
});

describe('scrubPersonalData', () => {
  it('replaces e-mails, phone numbers and tokens, keeps ids, numbers and dates', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const text = `user anna.k@vpt.example.ru (+7 4922 00-00-00) token ${jwt} refresh ${'a'.repeat(43)} id 0b7d2c1e-8f3a-4c55-9d1e-2a3b4c5d6e7f at 2026-12-04, 1764300000000 rows`;
    expect(scrubPersonalData(text)).toBe(
      'user [email] ([phone]) token [secret] refresh [secret] id 0b7d2c1e-8f3a-4c55-9d1e-2a3b4c5d6e7f at 2026-12-04, 1764300000000 rows',
    );
  });
});
