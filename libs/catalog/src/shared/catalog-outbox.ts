import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { SearchOutbox } from '@tradebridge/search';

export type OfferingEvent = 'catalog.offering.created' | 'catalog.offering.updated' | 'catalog.offering.published' | 'catalog.offering.archived';
export type NeedEvent =
  | 'catalog.need.created'
  | 'catalog.need.updated'
  | 'catalog.need.opened'
  | 'catalog.need.closed'
  | 'catalog.need.fulfilled';

/**
 * Appends `search_outbox` rows for catalog writes in the caller's open transaction, so the search index
 * learns of a write only if it commits: the search lib's SearchOutbox with the catalog's event names typed.
 */
@Injectable()
export class CatalogOutbox {
  constructor(
    private readonly tx: TransactionHost,
    private readonly search: SearchOutbox,
  ) {}

  /** One row per id (one statement for many ids: an import's batch). */
  async enqueue(entity: 'offering' | 'need', ids: string | readonly string[], event: string): Promise<void> {
    if (!this.tx.inTransaction) throw new Error('CatalogOutbox.enqueue must run inside TransactionHost.run');
    await this.search.enqueue(entity, ids, event);
  }
}
