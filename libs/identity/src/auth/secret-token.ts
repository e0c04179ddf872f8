import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@tradebridge/core';

// Opaque secrets (refresh tokens, invite codes): 256 random bits, base64url, stored only as sha256.

const SECRET_BYTES = 32;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random secret: 32 bytes as 43 base64url characters. */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** Hex sha256 of a secret; a fast hash is right here because the secret itself has 256 bits of entropy. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export interface RefreshTokenParts {
  id: string;
  secret: string;
}

/** A new refresh token `<uuid>.<secret>`: the id finds the row, the secret proves possession. */
export function newRefreshToken(): RefreshTokenParts & { token: string } {
  const id = randomUUID();
  const secret = newSecret();
  return { id, secret, token: `${id}.${secret}` };
}

/** Splits a presented refresh token; null for anything not shaped like one. */
export function parseRefreshToken(token: string): RefreshTokenParts | null {
  if (typeof token !== 'string' || token.length !== 36 + 1 + 43) return null;
  const id = token.slice(0, 36);
  const secret = token.slice(37);
  // Exactly as issued: randomUUID's lower-case id (another spelling of the same id is not our token).
  if (token[36] !== '.' || !isUuid(id) || id !== id.toLowerCase() || !SECRET.test(secret)) return null;
  return { id, secret };
}

/** Whether a string could be an invite code we issued (cheap refusal before any query). */
export function isSecretShaped(value: string): boolean {
  return SECRET.test(value);
}
