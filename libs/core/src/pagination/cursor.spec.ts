import { describe, expect, it } from '@jest/globals';
import { ValidationFailed } from '../errors/domain-error.js';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('round-trips an id through an opaque string', () => {
    const cursor = encodeCursor(id);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toBe(id);
  });

  it.each(['', 'garbage', Buffer.from('c1:not-a-uuid').toString('base64url'), Buffer.from(id).toString('base64url')])(
    'refuses %p as BAD_USER_INPUT on "after"',
    (cursor) => {
      try {
        decodeCursor(cursor);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationFailed);
        expect((error as ValidationFailed).fields[0].path).toBe('after');
      }
    },
  );

  it('accepts page sizes 1..100 only', () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 1.5, Number.NaN]) expect(() => checkPageSize(bad)).toThrow(ValidationFailed);
  });
});
