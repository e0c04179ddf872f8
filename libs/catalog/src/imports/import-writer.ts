import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { statusEvent, type Listing, type ListingKind } from '../listings/listing-kind.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import type { RowPlan, StoredListing } from './import-plan.js';

export interface PlannedWrite {
  plan: RowPlan;
  fields: Record<string, unknown>;
  externalRef: string | null;
  existing: StoredListing | null;
}

/**
 * Writes one batch of planned rows in the caller's transaction, as the listing core's create, update and
 * setStatus write single listings: a created listing is public unless kept a draft, its publication
 * time set; an update replaces the content and keeps the status unless the row moves it; every write
 * gets the same outbox events a single edit gets (so search and match alerts follow). Creates are one
 * INSERT per batch, outbox rows one INSERT per event.
 */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly tx: TransactionHost,
    private readonly outbox: CatalogOutbox,
  ) {}

  async write(kind: ListingKind, organizationId: string, writes: readonly PlannedWrite[]): Promise<{ created: number; updated: number }> {
    if (!this.tx.inTransaction) throw new Error('ImportWriter.write must run inside TransactionHost.run');
    const repo = this.tx.repo(kind.entity);
    const now = new Date();
    const events = new Map<string, string[]>();
    const emit = (event: string, id: string) => events.set(event, [...(events.get(event) ?? []), id]);

    const creates = writes.filter((w) => w.plan.action === 'CREATE');
    if (creates.length) {
      const rows = creates.map((w) => {
        const id = randomUUID();
        emit(`catalog.${kind.name}.created`, id);
        if (w.plan.status === kind.publicStatus) emit(statusEvent(kind, w.plan.status), id);
        return {
          ...w.fields,
          id,
          organizationId,
          externalRef: w.externalRef,
          status: w.plan.status,
          [kind.publishedAt]: w.plan.status === kind.publicStatus ? now : null,
        };
      });
      await repo.insert(rows as unknown as Parameters<typeof repo.insert>[0]);
    }

    const updates = writes.filter((w) => w.plan.action === 'UPDATE' && w.existing);
    for (const w of updates) {
      const listing = w.existing as Listing & Record<string, unknown>;
      const changes: Record<string, unknown> = w.plan.contentChanged ? { ...w.fields } : {};
      if (w.externalRef !== null) changes.externalRef = w.externalRef;
      if (w.plan.statusChanged) {
        changes.status = w.plan.status;
        if (w.plan.status === kind.publicStatus && listing[kind.publishedAt] == null) changes[kind.publishedAt] = now;
        emit(statusEvent(kind, w.plan.status), listing.id);
      }
      if (w.plan.contentChanged) emit(`catalog.${kind.name}.updated`, listing.id);
      await repo.update({ id: listing.id } as never, changes as never);
    }
    for (const [event, ids] of events) await this.outbox.enqueue(kind.name, ids, event);
    return { created: creates.length, updated: updates.length };
  }
}
