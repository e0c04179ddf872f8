import { canMove, type Listing, type ListingKind } from '../listings/listing-kind.js';
import type { KindName } from './import-columns.js';
import { message } from './import-messages.js';
import type { RowError } from './import-rows.js';
import { statusLabel } from './import-rows.js';

// What applying a valid row does to the organization's listings: create one, update the listing its
// TradeBridge id or reference names, or nothing when every stored value already equals the row's (so an
// unchanged row writes no row and no outbox entry). Pure: the service hands in the listings it found.

export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

/** A listing as stored, with its reference. */
export type StoredListing = Listing & { externalRef: string | null } & Record<string, unknown>;

export interface RowKey {
  line: number;
  id: string | null;
  externalRef: string | null;
}

export interface RowPlan {
  action: RowAction;
  listingId: string | null;
  /** The status the listing will have. */
  status: string;
  /** The status changes (an update's move, or a create). */
  statusChanged: boolean;
  /** Any stored value other than the status changes. */
  contentChanged: boolean;
  error?: RowError;
}

/** Rows naming the same reference or id as another row: each gets an error naming the other lines. */
export function duplicateKeys(rows: readonly RowKey[]): Map<number, RowError> {
  const errors = new Map<number, RowError>();
  const mark = (key: 'id' | 'externalRef') => {
    const lines = new Map<string, number[]>();
    for (const row of rows) {
      const value = row[key];
      if (value !== null) lines.set(value, [...(lines.get(value) ?? []), row.line]);
    }
    for (const [value, at] of lines) {
      if (at.length < 2) continue;
      for (const line of at) {
        const code = key === 'id' ? 'DUPLICATE_ID' : 'DUPLICATE_REF';
        errors.set(line, { column: key, message: message(code, { ref: value, id: value, lines: at.join(', ') }) });
      }
    }
  };
  mark('externalRef');
  mark('id');
  return errors;
}

/**
 * The plan of one valid row. `fields` are the listing's normalised values (ListingService.checkInput);
 * `requested` the status the row asks for (null: a new row is public, an existing one keeps its own).
 */
export function planRow(
  kind: ListingKind,
  importKind: KindName,
  row: RowKey & { requested: string | null; fields: Record<string, unknown> },
  byId: ReadonlyMap<string, StoredListing>,
  byRef: ReadonlyMap<string, StoredListing>,
): RowPlan {
  const fail = (error: RowError): RowPlan => ({ action: 'ERROR', listingId: null, status: '', statusChanged: false, contentChanged: false, error });
  const existing = row.id !== null ? byId.get(row.id) : row.externalRef !== null ? byRef.get(row.externalRef) : undefined;
  if (row.id !== null && !existing) return fail({ column: 'id', message: message('UNKNOWN_ID', { id: row.id }) });
  if (existing && row.externalRef !== null) {
    const holder = byRef.get(row.externalRef);
    if (holder && holder.id !== existing.id) return fail({ column: 'externalRef', message: message('REF_TAKEN', { ref: row.externalRef, id: holder.id }) });
  }
  const label = (status: string, language: 'RU' | 'EN') => statusLabel(importKind, status, language);
  if (!existing) {
    const status = row.requested ?? kind.publicStatus;
    if (status !== kind.publicStatus && status !== kind.draftStatus) {
      return fail({
        column: 'status',
        message: message('NEW_STATUS', {
          draftRu: label(kind.draftStatus, 'RU'),
          publicRu: label(kind.publicStatus, 'RU'),
          draftEn: kind.draftStatus,
          publicEn: kind.publicStatus,
        }),
      });
    }
    return { action: 'CREATE', listingId: null, status, statusChanged: true, contentChanged: true };
  }
  const status = row.requested ?? existing.status;
  const statusChanged = status !== existing.status;
  if (statusChanged && !canMove(kind, existing.status, status)) {
    return fail({
      column: 'status',
      message: message('ILLEGAL_STATUS', { fromRu: label(existing.status, 'RU'), toRu: label(status, 'RU'), fromEn: existing.status, toEn: status }),
    });
  }
  const contentChanged =
    (row.externalRef !== null && row.externalRef !== existing.externalRef) ||
    Object.entries(row.fields).some(([property, value]) => !sameValue(existing[property], value));
  const action = statusChanged || contentChanged ? 'UPDATE' : 'UNCHANGED';
  return { action, listingId: existing.id, status, statusChanged, contentChanged };
}

/** Stored and new values compare as PostgreSQL stores them: dates by instant, lists item by item, null = absent. */
export function sameValue(stored: unknown, value: unknown): boolean {
  if ((stored === null || stored === undefined) && (value === null || value === undefined)) return true;
  if (stored instanceof Date || value instanceof Date) {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' ? new Date(v).getTime() : NaN);
    return time(stored) === time(value);
  }
  if (Array.isArray(stored) || Array.isArray(value)) {
    return Array.isArray(stored) && Array.isArray(value) && stored.length === value.length && stored.every((item, i) => sameValue(item, value[i]));
  }
  return stored === value;
}
