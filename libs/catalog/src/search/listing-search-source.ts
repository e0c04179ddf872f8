import { TransactionHost } from '@tradebridge/core';
import type { SearchSource } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import { publicListingSql, type ListingKind } from '../listings/listing-kind.js';
import type { CategoryFacts, ListingDocument, OrganizationFacts } from './listing-document.js';
import type { ListingFactsLoader } from './listing-facts.loader.js';

/** The columns every listing row brings to its search document. */
export interface ListingRow {
  id: string;
  organization_id: string;
  category_code: string;
}

/** How a kind of listing enters search: its index, the columns its documents are made of, and the mapping. */
export interface ListingSourceSpec<Row extends ListingRow, Doc extends ListingDocument> {
  index: string;
  settings: Settings;
  /** The columns, on the alias `l`. */
  columns: string;
  toDocument(row: Row, organization: OrganizationFacts, category: CategoryFacts): Doc;
}

/**
 * Offerings and needs enter search the same way: load the public rows by id with their organization and
 * category facts (two batched queries), map each to a document; rows that are no longer public are simply
 * not returned, so the relay removes them.
 */
export abstract class ListingSearchSource<Row extends ListingRow, Doc extends ListingDocument> implements SearchSource {
  readonly entity: string;
  readonly index: string;
  readonly settings: Settings;
  readonly versionField = 'version';
  readonly expiresAtField = 'expiresAt';
  /** The table, its alias `l`, and the catalog's public rule: only public listings are searchable. */
  private readonly table: { from: string; alias: string; columns: string; searchable: string };

  protected constructor(
    protected readonly tx: TransactionHost,
    protected readonly facts: ListingFactsLoader,
    kind: ListingKind,
    private readonly spec: ListingSourceSpec<Row, Doc>,
  ) {
    this.entity = kind.name;
    this.index = spec.index;
    this.settings = spec.settings;
    this.table = { from: `${kind.name}s l`, alias: 'l', columns: spec.columns, searchable: publicListingSql(kind, 'l') };
  }

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
      if (organization && category) docs.push(this.spec.toDocument(row, organization, category));
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
