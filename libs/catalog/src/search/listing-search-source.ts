import { TransactionHost } from '@tradebridge/core';
import type { SearchSource } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import type { CategoryFacts, ListingDocument, OrganizationFacts } from './listing-document.js';
import type { ListingFactsLoader } from './listing-facts.loader.js';

/** The columns every listing row brings to its search document. */
export interface ListingRow {
  id: string;
  organization_id: string;
  category_code: string;
}

export interface ListingTable {
  /** `offerings o`: table and alias. */
  from: string;
  alias: string;
  columns: string;
  /** SQL condition (on `alias`) of the rows that belong in search: the catalog's public rule. */
  searchable: string;
}

/**
 * Offerings and needs enter search the same way: load the public rows by id with their organization and
 * category facts (two batched queries), map each to a document; rows that are no longer public are simply
 * not returned, so the relay removes them.
 */
export abstract class ListingSearchSource<Row extends ListingRow, Doc extends ListingDocument> implements SearchSource {
  abstract readonly entity: string;
  abstract readonly index: string;
  abstract readonly settings: Settings;
  readonly versionField = 'version';
  readonly expiresAtField = 'expiresAt';

  protected constructor(
    protected readonly tx: TransactionHost,
    protected readonly facts: ListingFactsLoader,
    private readonly table: ListingTable,
  ) {}

  protected abstract toDocument(row: Row, organization: OrganizationFacts, category: CategoryFacts): Doc;

  async load(ids: string[]): Promise<Doc[]> {
    if (ids.length === 0) return [];
    const { from, alias, columns, searchable } = this.table;
    const rows: Row[] = await this.tx.manager.query(
      `SELECT ${columns} FROM ${from} WHERE ${alias}.id = ANY($1::uuid[]) AND ${searchable}`,
      [ids],
    );
    const [organizations, categories] = await Promise.all([
      this.facts.organizationsById(rows.map((r) => r.organization_id)),
      this.facts.categories(rows.map((r) => r.category_code)),
    ]);
    const docs: Doc[] = [];
    for (const row of rows) {
      const organization = organizations.get(row.organization_id);
      const category = categories.get(row.category_code);
      if (organization && category) docs.push(this.toDocument(row, organization, category));
    }
    return docs;
  }

  async allIds(afterId: string | null, limit: number): Promise<string[]> {
    const { from, alias, searchable } = this.table;
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT ${alias}.id FROM ${from} WHERE ${searchable} AND ($1::uuid IS NULL OR ${alias}.id > $1::uuid) ORDER BY ${alias}.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }
}
