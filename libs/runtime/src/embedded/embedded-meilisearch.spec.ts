import { describe, expect, it } from '@jest/globals';
import { maxIndexingThreads } from './embedded-meilisearch.js';

describe('maxIndexingThreads', () => {
  it('gives the embedded Meilisearch two indexing threads on one or two cores, where its own default (half) is one', () => {
    expect(maxIndexingThreads(1)).toBe(2);
    expect(maxIndexingThreads(2)).toBe(2);
  });

  it("keeps Meilisearch's default of half the cores on bigger machines, leaving the rest to searches", () => {
    expect(maxIndexingThreads(3)).toBe(2);
    expect(maxIndexingThreads(8)).toBe(4);
    expect(maxIndexingThreads(16)).toBe(8);
  });
});
