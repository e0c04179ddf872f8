import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { OrganizationService } from '@tradebridge/identity';
import type { CategoryFacts, OrganizationFacts } from './listing-document.js';

/** Batch loads of what listing documents need besides the listing row: categories (own table) and organizations (identity's service). */
@Injectable()
export class ListingFactsLoader {
  constructor(
    private readonly tx: TransactionHost,
    private readonly organizations: OrganizationService,
  ) {}

  async categories(codes: readonly string[]): Promise<Map<string, CategoryFacts>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const rows: Array<{ code: string; path: string[]; names: string[] }> = await this.tx.manager.query(
      `SELECT c.code, c.path,
              ARRAY(SELECT n FROM categories p, unnest(ARRAY[p.name, p.name_en]) AS n
                     WHERE p.code = ANY(c.path) AND p.level >= c.level - 1
                     ORDER BY p.level DESC) AS names
         FROM categories c WHERE c.code = ANY($1::text[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.code, { code: r.code, path: r.path, names: r.names }]));
  }

  async organizationsById(ids: readonly string[]): Promise<Map<string, OrganizationFacts>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.organizations.findByIds(unique);
    const map = new Map<string, OrganizationFacts>();
    for (const org of rows) {
      if (org) map.set(org.id, { id: org.id, name: org.name, country: org.country, region: org.region, verified: org.verified, updatedAt: org.updatedAt });
    }
    return map;
  }
}
