import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { DemoCatalogWriter } from './demo-catalog-writer.js';
import type { DemoCatalog } from './demo.types.js';
import { generateDemoCatalog } from './demo-generator.js';

export interface DemoSeedResult {
  /** Rows written by this run (0 everywhere when the demo data was already there). */
  organizations: number;
  users: number;
  offerings: number;
  needs: number;
  /** True when every demo organization already existed (matched by country and tax id). */
  skipped: boolean;
  seconds: number;
}

/** One seeder at a time across processes (API replicas starting together). */
const SEED_LOCK = 7_604_300_101;

/**
 * Loads the demo catalog (`generateDemoCatalog()`) idempotently: organizations that already exist
 * (same country and tax id) are left alone with their users and listings; the rest are written in one
 * transaction through identity's and the catalog's bulk writers (an outbox row per organization,
 * offering and need).
 * @example const result = await app.get(DemoSeeder).seedDemo(); // { organizations: 86, offerings: 440, ... }
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly tx: TransactionHost,
    private readonly writer: DemoCatalogWriter,
  ) {}

  async seedDemo(catalog: DemoCatalog = generateDemoCatalog()): Promise<DemoSeedResult> {
    const started = performance.now();
    const result = await this.tx.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      // Demo addresses are fictional and created verified; this also verifies those seeded before verification existed.
      await this.writer.markEmailsVerified(catalog.organizations);
      const existing = await this.writer.existingOrganizationIds(catalog.organizations);
      const organizations = catalog.organizations.filter((o) => !existing.has(o.key));
      if (organizations.length === 0) return { organizations: 0, users: 0, offerings: 0, needs: 0, skipped: true };
      const keys = new Set(organizations.map((o) => o.key));
      const offerings = catalog.offerings.filter((o) => keys.has(o.orgKey));
      const needs = catalog.needs.filter((n) => keys.has(n.orgKey));
      await this.checkCategories(catalog);
      const now = Date.now();
      const { byKey, users } = await this.writer.insertOrganizations(organizations, now);
      const orgIdOf = (key: string) => byKey.get(key);
      return {
        organizations: organizations.length,
        users,
        offerings: await this.writer.insertOfferings(offerings, orgIdOf, now),
        needs: await this.writer.insertNeeds(needs, orgIdOf, now),
        skipped: false,
      };
    });
    return { ...result, seconds: (performance.now() - started) / 1000 };
  }

  private async checkCategories(catalog: DemoCatalog): Promise<void> {
    const unknown = await this.writer.unknownCategoryCodes(catalog);
    if (unknown.length > 0) {
      throw new Error(`Demo data uses category codes missing from the taxonomy (load it first): ${unknown.slice(0, 20).join(', ')}`);
    }
  }
}
