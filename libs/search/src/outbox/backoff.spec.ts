import { describe, expect, it } from '@jest/globals';
import { retryDelayMs } from './backoff.js';

const limits = { baseMs: 1000, maxMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles per attempt, between half and the full delay', () => {
    expect(retryDelayMs(1, limits, () => 0)).toBe(500);
    expect(retryDelayMs(1, limits, () => 1)).toBe(1000);
    expect(retryDelayMs(2, limits, () => 0)).toBe(1000);
    expect(retryDelayMs(3, limits, () => 1)).toBe(4000);
    expect(retryDelayMs(4, limits, () => 0.5)).toBe(6000);
  });

  it('is capped at maxMs, also for huge attempt counts', () => {
    expect(retryDelayMs(7, limits, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, limits, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, limits, () => 0)).toBe(30_000);
  });

  it('treats 0 or negative attempts as the first retry', () => {
    expect(retryDelayMs(0, limits, () => 1)).toBe(1000);
    expect(retryDelayMs(-3, limits, () => 1)).toBe(1000);
  });

  it('spreads retries: jitter gives different delays', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(5, limits)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(8000);
    for (const d of delays) expect(d).toBeLessThanOrEqual(16_000);
  });
});
