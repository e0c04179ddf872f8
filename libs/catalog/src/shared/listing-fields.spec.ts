import { describe, expect, it } from '@jest/globals';
import { cleanList, cleanOptional } from './listing-fields.js';

describe('cleanList', () => {
  it('trims, collapses spaces, drops blanks and case-insensitive repeats keeping the first spelling', () => {
    expect(cleanList([' Самосвал ', 'самосвал', 'БЕЛАЗ', '  ', 'dump  truck', 'Dump truck'])).toEqual(['Самосвал', 'БЕЛАЗ', 'dump truck']);
  });

  it('turns null and undefined into an empty list', () => {
    expect(cleanList(null)).toEqual([]);
    expect(cleanList(undefined)).toEqual([]);
  });
});

describe('cleanOptional', () => {
  it('trims and turns blank text into null', () => {
    expect(cleanOptional('  pcs ')).toBe('pcs');
    expect(cleanOptional('   ')).toBeNull();
    expect(cleanOptional(null)).toBeNull();
  });
});
