import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import type { SearchSource } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import { publicListingSql, type ListingKind } from '../listings/listing-kind.js';
import type { CategoryFacts, ListingDocument, ListingTextRow, OrganizationFacts } from './listing-document.js';
import { ListingFactsLoader } from './listing-facts.loader.js';

/** The columns every listing row brings to its search document. */
export interface ListingRow extends ListingTextRow {
  organization_id: string;
  category_code: string;
}

const LISTING_COLUMNS = ['id', 'organization_id', 'title', 'description', 'category_code', 'keywords', 'created_at', 'updated_at'];

/** How a kind of listing enters search: its index, the columns its documents are made of, and the mapping. */
export interface ListingSourceSpec<Row extends ListingRow, Doc extends ListingDocument> {
  kind: ListingKind;
  index: string;
  settings: Settings;
  /** The kind's own columns (every listing's are added). */
  columns: readonly string[];
  toDocument(row: Row, organization: OrganizationFacts, category: CategoryFacts): Doc;
}

/**
 * Offerings and needs enter search the same way: load the public rows by id with their organization and
 * category facts (two batched queries), map each to a document; rows that are no longer public are simply
 * not returned, so the relay removes them.
 */
@Injectable()
export abstract class ListingSearchSource<Row extends ListingRow, Doc extends ListingDocument> implements SearchSource {
  readonly versionField = 'version';
  readonly expiresAtField = 'expiresAt';
  /** The kind and how it enters search (OfferingSearchSource, NeedSearchSource state it). */
  protected abstract readonly spec: ListingSourceSpec<Row, Doc>;
  private sql?: { from: string; alias: string; columns: string; searchable: string };

  constructor(
    protected readonly tx: TransactionHost,
    protected readonly facts: ListingFactsLoader,
  ) {}

  get entity(): string {
    return this.spec.kind.name;
  }

  get index(): string {
    return this.spec.index;
  }

  get settings(): Settings {
    return this.spec.settings;
  }

  /** The table, its alias `l`, the columns, and the catalog's public rule: only public listings are searchable. */
  private get table() {
    const { kind, columns } = this.spec;
    this.sql ??= {
      from: `${kind.name}s l`,
      alias: 'l',
      columns: [...LISTING_COLUMNS, ...columns].map((c) => `l.${c}`).join(', '),
      searchable: publicListingSql(kind, 'l'),
    };
    return this.sql;
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
