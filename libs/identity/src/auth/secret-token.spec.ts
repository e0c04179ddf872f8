import { describe, expect, it } from '@jest/globals';
import { hashSecret, isSecretShaped, newRefreshToken, newSecret, parseRefreshToken, secretMatches } from './secret-token.js';

describe('secret tokens', () => {
  it('makes 256-bit base64url secrets that differ every time', () => {
    const a = newSecret();
    const b = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(isSecretShaped(a)).toBe(true);
  });

  it('hashes with sha256 and compares in constant time', () => {
    const secret = newSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newSecret(), hash)).toBe(false);
    expect(secretMatches(secret, 'abcd')).toBe(false);
  });

  it('round-trips a refresh token into its id and secret', () => {
    const { id, secret, token } = newRefreshToken();
    expect(parseRefreshToken(token)).toEqual({ id, secret });
  });

  it('refuses anything not shaped like a refresh token', () => {
    const { id, secret } = newRefreshToken();
    for (const bad of ['', 'garbage', `${id}:${secret}`, `${id}.${secret}x`, `${id.toUpperCase()}.${secret}`, `not-a-uuid-at-all-not-a-uuid-at-all.${secret}`, `${id}.${secret.slice(1)}=`]) {
      expect(parseRefreshToken(bad)).toBeNull();
    }
  });
});
