import { describe, expect, it } from '@jest/globals';
import { regionCoverage, regionFit } from './regions.js';

describe('delivery regions', () => {
  it('match the same region by code, and by any name of it left from before codes', () => {
    expect(regionCoverage(['RU-VLA'], 'RU-VLA')).toEqual({ region: 'RU-VLA', broad: false });
    expect(regionCoverage(['Владимирская обл.'], 'RU-VLA')).toEqual({ region: 'Владимирская обл.', broad: false });
    expect(regionCoverage(['vladimir region'], 'Владимирская область')?.broad).toBe(false);
  });

  it('count a group containing the region (country, Central Federal District, EAEU, CIS, worldwide) as covering', () => {
    expect(regionCoverage(['RU'], 'RU-VLA')).toEqual({ region: 'RU', broad: true });
    expect(regionCoverage(['EAEU'], 'RU-VLA')?.broad).toBe(true);
    expect(regionCoverage(['RU-CFD'], 'RU-VLA')?.broad).toBe(true);
    expect(regionCoverage(['WORLD'], 'BY-HO')?.broad).toBe(true);
    expect(regionCoverage(['RU-CFD'], 'RU-NIZ')).toBeNull(); // Nizhny Novgorod is in the Volga district
    expect(regionCoverage(['BY'], 'RU-VLA')).toBeNull();
    expect(regionCoverage(['BY'], 'BY-HO')?.broad).toBe(true);
    expect(regionCoverage(['EAEU'], 'RU')?.broad).toBe(true); // a need for the whole country, delivery to the union
    expect(regionCoverage(['RU-VLA'], 'RU')).toBeNull(); // one region does not cover the whole country
  });

  it('prefer the exact region over a broad one', () => {
    expect(regionCoverage(['RU', 'RU-VLA'], 'RU-VLA')).toEqual({ region: 'RU-VLA', broad: false });
  });

  it('keep Moscow and Moscow Oblast, Minsk and Minsk Region apart', () => {
    expect(regionCoverage(['RU-MOW'], 'RU-MOS')).toBeNull();
    expect(regionCoverage(['BY-HM'], 'BY-MI')).toBeNull();
    expect(regionFit(['RU-MOS', 'RU-TUL'], 'RU-VLA')).toBe('misses');
  });

  it('are unknown when an offering names none; text no entry knows only equals itself', () => {
    expect(regionFit([], 'RU-VLA')).toBe('unknown');
    expect(regionCoverage(['Промзона «Север»'], 'промзона  «север»')?.broad).toBe(false);
    expect(regionCoverage(['Промзона «Север»'], 'RU-VLA')).toBeNull();
  });
});
