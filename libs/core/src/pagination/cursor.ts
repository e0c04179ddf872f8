import { ValidationFailed } from '../errors/domain-error.js';
import { isUuid } from '../util/uuid.js';

const PREFIX = 'c1:';

/** Opaque cursor for a row id. Keyset queries look the sort key up by id, so cursors stay exact. */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, path = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
  if (!isUuid(id)) throw ValidationFailed.field(path, 'is not a cursor returned by this API');
  return id;
}

export const MAX_PAGE_SIZE = 100;

/** Refuses page sizes outside 1..100 with BAD_USER_INPUT naming the argument. */
export function checkPageSize(first: number, path = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw ValidationFailed.field(path, `must be from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}
