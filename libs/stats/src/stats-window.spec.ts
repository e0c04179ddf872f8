import { describe, expect, it } from '@jest/globals';
import { ValidationFailed } from '@tradebridge/core';
import { checkWindow } from './stats-window.js';

describe('checkWindow', () => {
  const jan = new Date('2026-01-01T00:00:00Z');
  const feb = new Date('2026-02-01T00:00:00Z');

  it('accepts open ends and from <= to', () => {
    expect(checkWindow(undefined, undefined)).toEqual({ from: null, to: null });
    expect(checkWindow(jan, null)).toEqual({ from: jan, to: null });
    expect(checkWindow(null, feb)).toEqual({ from: null, to: feb });
    expect(checkWindow(jan, feb)).toEqual({ from: jan, to: feb });
    expect(checkWindow(jan, jan)).toEqual({ from: jan, to: jan });
  });

  it('refuses to before from as BAD_USER_INPUT naming "to"', () => {
    try {
      checkWindow(feb, jan);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).fields).toEqual([{ path: 'to', message: 'must not be before from' }]);
    }
  });
});
