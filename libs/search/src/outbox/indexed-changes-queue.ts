import type { Logger } from '@tradebridge/core';
import type { IndexedChange, IndexedListener } from '../registry/search-source.js';

/** Changes waiting beyond this make the relay wait before it hands over more (listeners fell behind). */
const MAX_WAITING = 5_000;

/**
 * Hands the changes of each synced batch to the indexed-listeners (match alerts) off the relay's path:
 * the relay claims its next batch at once instead of waiting for them. Listeners run one call at a time;
 * changes that arrive meanwhile are merged into the next call. Indexing goes first: a call waits until
 * `quiet` resolves (the relay has no batch in flight), unless changes pile up past MAX_WAITING, since
 * listeners query Meilisearch too and would slow the indexing of a burst of writes. `idle` resolves when
 * everything handed over has been through the listeners (drain and stop wait for it).
 */
export class IndexedChangesQueue {
  private waiting: IndexedChange[] = [];
  private worker: Promise<void> | null = null;
  private wakeWorker: (() => void) | null = null;

  constructor(
    private readonly listeners: () => readonly IndexedListener[],
    private readonly logger: Logger,
    private readonly quiet: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Queues the changes; waits only when listeners are far behind (back-pressure on the relay). */
  async push(changes: IndexedChange[]): Promise<void> {
    if (changes.length === 0 || this.listeners().length === 0) return;
    this.waiting.push(...changes);
    this.startWorker();
    if (this.waiting.length > MAX_WAITING) {
      this.wakeWorker?.();
      await this.idle();
    }
  }

  async idle(): Promise<void> {
    while (this.worker) await this.worker;
  }

  private startWorker(): void {
    this.worker ??= this.work().finally(() => {
      this.worker = null;
      if (this.waiting.length > 0) this.startWorker();
    });
  }

  private async work(): Promise<void> {
    while (this.waiting.length > 0) {
      if (this.waiting.length <= MAX_WAITING) {
        await new Promise<void>((resolve) => {
          this.wakeWorker = resolve;
          this.quiet().then(resolve, resolve);
        });
        this.wakeWorker = null;
      }
      const changes = this.waiting;
      this.waiting = [];
      for (const listener of this.listeners()) {
        try {
          await listener(changes);
        } catch (error) {
          this.logger.error({ err: error }, 'search: an indexed-listener failed');
        }
      }
    }
  }
}
