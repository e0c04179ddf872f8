import { regionTable } from '@tradebridge/reference';
import type { Fit } from './score-match.js';

// Delivery regions are region codes (the reference table, data/reference/regions.json): a region is
// covered by itself and by every group containing it (its country, the Central Federal District, the
// EAEU, the CIS, worldwide). Values recorded before codes that no entry knows only equal themselves.

/** How an offering's delivery region relates to the need's region. */
export interface RegionCoverage {
  /** The offering's delivery region (its code). */
  region: string;
  /** True when it is a broader region (a country, a district, the EAEU) containing the need's region. */
  broad: boolean;
}

/**
 * The first of the offering's delivery regions that covers the need's region: the same region first,
 * then a broader one. Null when none does.
 */
export function regionCoverage(deliveryRegions: readonly string[], needRegion: string): RegionCoverage | null {
  const regions = regionTable();
  let broad: RegionCoverage | null = null;
  for (const region of deliveryRegions) {
    const coverage = regions.covers(region, needRegion);
    if (coverage === 'same') return { region, broad: false };
    if (coverage === 'broad' && !broad) broad = { region, broad: true };
  }
  return broad;
}

/** Delivery fits when a region covers the need's; an offering that names no region is unknown. */
export function regionFit(deliveryRegions: readonly string[], needRegion: string): Fit {
  if (deliveryRegions.length === 0) return 'unknown';
  return regionCoverage(deliveryRegions, needRegion) ? 'fits' : 'misses';
}
