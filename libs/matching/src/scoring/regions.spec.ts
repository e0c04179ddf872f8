import { describe, expect, it } from '@jest/globals';
import { regionCoverage, regionFit, regionKey } from './regions.js';

describe('delivery regions', () => {
  it('match the same region in either language and spelling', () => {
    expect(regionCoverage(['Vladimir Oblast'], 'Vladimir Oblast')).toEqual({ region: 'Vladimir Oblast', broad: false });
    expect(regionCoverage(['Владимирская обл.'], 'Vladimir Oblast')).toEqual({ region: 'Владимирская обл.', broad: false });
    expect(regionCoverage(['vladimir region'], 'Владимирская область')?.broad).toBe(false);
  });

  it('count a broader region (country, EAEU, Central Federal District) as covering', () => {
    expect(regionCoverage(['Russia'], 'Vladimir Oblast')).toEqual({ region: 'Russia', broad: true });
    expect(regionCoverage(['ЕАЭС'], 'Владимирская область')?.broad).toBe(true);
    expect(regionCoverage(['Россия'], 'Vladimir Oblast')?.broad).toBe(true);
    expect(regionCoverage(['ЦФО'], 'Vladimir Oblast')?.broad).toBe(true);
    expect(regionCoverage(['Belarus'], 'Vladimir Oblast')).toBeNull();
    expect(regionCoverage(['Belarus'], 'Gomel Region')?.broad).toBe(true);
  });

  it('prefer the exact region over a broad one', () => {
    expect(regionCoverage(['Russia', 'Vladimir Oblast'], 'Vladimir Oblast')).toEqual({ region: 'Vladimir Oblast', broad: false });
  });

  it('keep Moscow and Moscow Oblast apart', () => {
    expect(regionCoverage(['Moscow'], 'Moscow Oblast')).toBeNull();
    expect(regionFit(['Moscow Oblast', 'Tula Oblast'], 'Vladimir Oblast')).toBe('misses');
  });

  it('are unknown when an offering names none', () => {
    expect(regionFit([], 'Vladimir Oblast')).toBe('unknown');
    expect(regionKey('  Владимирская   обл. ')).toBe('владимирская область');
  });
});
