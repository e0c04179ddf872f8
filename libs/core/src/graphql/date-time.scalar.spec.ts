import { describe, expect, it } from '@jest/globals';
import { parseIsoDateTime } from './date-time.scalar.js';

describe('parseIsoDateTime', () => {
  it.each([
    ['2027-09-01', '2027-09-01T00:00:00.000Z'],
    ['2027-09-01T12:30:00Z', '2027-09-01T12:30:00.000Z'],
    ['2027-09-01T12:30:00.5+03:00', '2027-09-01T09:30:00.500Z'],
  ])('accepts %s', (input, iso) => {
    expect(parseIsoDateTime(input).toISOString()).toBe(iso);
  });

  it.each(['2030-02-30', '1', '2027-13-01', '2027-09-01T25:00:00Z', '2027-09-01T12:00:00', 'tomorrow', '', 20270901, null])(
    'refuses %p instead of guessing',
    (input) => {
      expect(() => parseIsoDateTime(input)).toThrow(/ISO 8601/);
    },
  );
});
