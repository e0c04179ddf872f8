import { ValidationFailed } from '@tradebridge/core';

const PREFIX = 's1:';

/**
 * Opaque cursors for search hits: the hit's position in the ranked result. `after` a cursor means
 * from the next position on.
 * @example const offset = after ? decodeOffsetCursor(after) + 1 : 0;
 */
export function encodeOffsetCursor(position: number): string {
  return Buffer.from(PREFIX + position, 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string, path = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const raw = text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
  if (!/^(0|[1-9]\d{0,8})$/.test(raw)) throw ValidationFailed.field(path, 'is not a cursor returned by this search');
  return Number(raw);
}
