import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { certificationTable } from '../certifications/certification-table.js';
import { regionTable } from '../regions/region-table.js';
import { unitTable } from '../units/unit-table.js';

/** A column holding reference values, as its slice registers it (identity: organizations.region; the catalog: units, delivery regions, certifications). */
export interface ReferenceColumn {
  table: string;
  column: string;
  kind: 'region' | 'unit' | 'certification';
  /** A text[] column. */
  list: boolean;
}

/** Values of one column that are not what they should be: unknown to the table, or known but not stored as the code. */
export interface ColumnAudit extends ReferenceColumn {
  /** Values no entry is known by (kept as written; labels show them as they are, search and matching cannot place them). */
  unknown: Array<{ value: string; rows: number; ids: string[] }>;
  /** Values an entry is known by, stored as text instead of its code (written around the services): `code` is what they mean. */
  uncoded: Array<{ value: string; code: string; rows: number; ids: string[] }>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const SAMPLE = 5;

/** The slices' reference columns: registered at module init, audited by `npm run search:check`. */
@Injectable()
export class ReferenceColumns {
  private readonly columns: ReferenceColumn[] = [];

  register(...columns: ReferenceColumn[]): void {
    for (const c of columns) {
      if (!IDENTIFIER.test(c.table) || !IDENTIFIER.test(c.column)) throw new Error(`Not a column: ${c.table}.${c.column}`);
      if (!this.columns.some((k) => k.table === c.table && k.column === c.column)) this.columns.push(c);
    }
  }

  all(): readonly ReferenceColumn[] {
    return this.columns;
  }
}

/** The code a stored value should be, or null when no entry knows it. */
function codeOf(kind: ReferenceColumn['kind'], value: string): string | null {
  if (kind === 'region') return regionTable().codeOf(value);
  if (kind === 'unit') return unitTable().codeOf(value);
  return certificationTable().canonical(value);
}

/**
 * Rows whose reference values are not codes: left by the migration that mapped free text to codes
 * (what it could not map is kept as written, never dropped) or written around the services. One
 * GROUP BY statement per column, whatever the number of rows.
 */
@Injectable()
export class ReferenceAudit {
  constructor(
    private readonly tx: TransactionHost,
    private readonly columns: ReferenceColumns,
  ) {}

  async audit(): Promise<ColumnAudit[]> {
    const out: ColumnAudit[] = [];
    for (const column of this.columns.all()) {
      const value = column.list ? `unnest(${column.column})` : column.column;
      const rows: Array<{ value: string; rows: number; ids: string[] }> = await this.tx.manager.query(
        `SELECT value, count(*)::int AS rows, (array_agg(id::text ORDER BY id))[1:${SAMPLE}] AS ids
           FROM (SELECT id, ${value} AS value FROM ${column.table}) v
          WHERE value IS NOT NULL GROUP BY value ORDER BY value`,
      );
      const audit: ColumnAudit = { ...column, unknown: [], uncoded: [] };
      for (const row of rows) {
        const code = codeOf(column.kind, row.value);
        if (code === null) audit.unknown.push(row);
        else if (code !== row.value) audit.uncoded.push({ ...row, code });
      }
      out.push(audit);
    }
    return out;
  }
}

/** Human-readable lines for `npm run search:check`; `ok` is false when any row holds a value that is not a code. */
export function formatReferenceAudit(audits: readonly ColumnAudit[]): { text: string; ok: boolean } {
  const lines: string[] = [];
  let ok = true;
  for (const a of audits) {
    const name = `${a.table}.${a.column} (${a.kind})`;
    if (a.unknown.length === 0 && a.uncoded.length === 0) {
      lines.push(`${name}: every value is a code`);
      continue;
    }
    ok = false;
    const unknownRows = a.unknown.reduce((n, v) => n + v.rows, 0);
    const uncodedRows = a.uncoded.reduce((n, v) => n + v.rows, 0);
    lines.push(`${name}: ${unknownRows} row(s) with values no entry knows, ${uncodedRows} row(s) with names instead of codes`);
    for (const v of a.unknown) lines.push(`  unknown "${v.value}": ${v.rows} row(s), e.g. ${v.ids.join(', ')}`);
    for (const v of a.uncoded) lines.push(`  "${v.value}" is ${v.code}: ${v.rows} row(s), e.g. ${v.ids.join(', ')}`);
  }
  return { text: lines.join('\n'), ok };
}
