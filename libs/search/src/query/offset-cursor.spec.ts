import { describe, expect, it } from '@jest/globals';
import { ValidationFailed } from '@tradebridge/core';
import { decodeOffsetCursor, encodeOffsetCursor } from './offset-cursor.js';

describe('offset cursors', () => {
  it('round-trips positions and stays opaque', () => {
    for (const n of [0, 1, 19, 9999]) expect(decodeOffsetCursor(encodeOffsetCursor(n))).toBe(n);
    expect(encodeOffsetCursor(20)).not.toContain('20');
  });

  it('refuses foreign or tampered cursors with BAD_USER_INPUT naming the argument', () => {
    const bad = ['', 'abc', Buffer.from('c1:5').toString('base64url'), Buffer.from('s1:-1').toString('base64url'),
      Buffer.from('s1:1e3').toString('base64url'), Buffer.from('s1:01').toString('base64url'), Buffer.from('s1:9999999999').toString('base64url')];
    for (const cursor of bad) {
      let error: unknown;
      try {
        decodeOffsetCursor(cursor, 'after');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).fields).toEqual([{ path: 'after', message: 'is not a cursor returned by this search' }]);
    }
  });
});
