import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';

/**
 * Appends `search_outbox` rows. Called inside a write's transaction (`tx.run`), the rows commit or roll
 * back with the write, and the relay is woken once the transaction has committed.
 * Event names follow `context.noun.verb` (`catalog.offering.published`).
 * @example await this.tx.run(async () => { await repo.save(offering); await this.outbox.enqueue('offering', offering.id, 'catalog.offering.updated'); });
 */
@Injectable()
export class SearchOutbox {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly tx: TransactionHost) {}

  async enqueue(entity: string, ids: string | readonly string[], event: string): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : [...new Set(ids)];
    if (list.length === 0) return;
    if (!entity || !event) throw new Error('search outbox: entity and event are required');
    await this.tx.manager.query(
      `INSERT INTO search_outbox (entity, entity_id, event) SELECT $1, unnest($2::uuid[]), $3`,
      [entity, list, event],
    );
    this.tx.afterCommit(() => this.notify());
  }

  /** Called after a committed enqueue (the relay wakes up instead of waiting for its next poll). */
  onEnqueued(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
