import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, type Logger } from '@tradebridge/core';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import { ExpirySweep } from './expiry-sweep.js';
import { OutboxStore } from './outbox-store.js';

const HOUR_MS = 3_600_000;

/** The polling relay's chores between batches: the expiry sweep every `sweepIntervalMs`, old rows deleted hourly. */
@Injectable()
export class RelayHousekeeping {
  private lastSweep = 0;
  private lastCleanup = 0;

  constructor(
    private readonly store: OutboxStore,
    private readonly expiry: ExpirySweep,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs whatever is due; failures are logged, never thrown (the next round tries again). */
  async run(now = Date.now()): Promise<void> {
    if (now - this.lastSweep >= this.options.sweepIntervalMs) {
      this.lastSweep = now;
      await this.expiry.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'search: expiry sweep failed'));
    }
    if (now - this.lastCleanup >= HOUR_MS) {
      this.lastCleanup = now;
      await this.store
        .deleteProcessedBefore(this.options.retentionDays)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'search: outbox cleanup failed'));
    }
  }
}
