import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { DemoCatalogWriter } from './demo-catalog-writer.js';
import { generateBenchCatalog } from './demo-generator.js';

export interface BenchLoadOptions {
  offerings: number;
  needs: number;
  seed?: number;
  /** Defaults to one per 60 listings (see generateBenchCatalog). */
  organizations?: number;
  /** Called after every chunk with the listing rows written so far (for a progress line). */
  onProgress?: (written: number, total: number) => void;
}

export interface BenchLoadResult {
  /** Organizations, offerings and needs written (outbox rows not counted). */
  rows: number;
  organizations: number;
  users: number;
  offerings: number;
  needs: number;
  /** Time spent generating the data in memory. */
  generateSeconds: number;
  /** Time spent writing to PostgreSQL (the rate below is over this). */
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Bulk-loads a synthetic catalog (`generateBenchCatalog`) for benchmarks through identity's and the
 * catalog's bulk writers: 1000 rows per statement, an outbox row per organization and listing, all in
 * one transaction.
 * Organizations that already exist (same tax id, e.g. from an earlier run with the same seed) are
 * reused; the listings are always added.
 * @example const r = await app.get(BenchDataLoader).loadBench({ offerings: 100_000, needs: 20_000, seed: 1 });
 *          console.log(`${r.rows} rows in ${r.seconds.toFixed(1)} s (${Math.round(r.rowsPerSecond)} rows/s)`);
 */
@Injectable()
export class BenchDataLoader {
  constructor(
    private readonly tx: TransactionHost,
    private readonly writer: DemoCatalogWriter,
  ) {}

  async loadBench(options: BenchLoadOptions): Promise<BenchLoadResult> {
    checkCount('offerings', options.offerings);
    checkCount('needs', options.needs);
    const generating = performance.now();
    const catalog = generateBenchCatalog(options);
    const generateSeconds = (performance.now() - generating) / 1000;
    const total = catalog.offerings.length + catalog.needs.length;
    const started = performance.now();
    const counts = await this.tx.run(async () => {
      const unknown = await this.writer.unknownCategoryCodes(catalog);
      if (unknown.length > 0) throw new Error(`Bench data uses category codes missing from the taxonomy: ${unknown.slice(0, 20).join(', ')}`);
      const ids = await this.writer.existingOrganizationIds(catalog.organizations);
      const fresh = catalog.organizations.filter((o) => !ids.has(o.key));
      const now = Date.now();
      const { byKey, users } = await this.writer.insertOrganizations(fresh, now);
      for (const [key, id] of byKey) ids.set(key, id);
      let written = 0;
      const progress = (rows: number) => options.onProgress?.((written += rows), total);
      const offerings = await this.writer.insertOfferings(catalog.offerings, (key) => ids.get(key), now, progress);
      const needs = await this.writer.insertNeeds(catalog.needs, (key) => ids.get(key), now, progress);
      return { organizations: fresh.length, users, offerings, needs };
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = counts.organizations + counts.offerings + counts.needs;
    return { ...counts, rows, generateSeconds, seconds, rowsPerSecond: rows / Math.max(seconds, 1e-9) };
  }
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 10_000_000) {
    throw new RangeError(`--${name} must be a whole number from 0 to 10,000,000 (got ${value})`);
  }
}
