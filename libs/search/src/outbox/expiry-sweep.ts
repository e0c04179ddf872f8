import { Injectable } from '@nestjs/common';
import { MeiliService } from '../meili/meili.service.js';
import { SearchRegistry } from '../registry/search-registry.js';
import { SearchOutbox } from './search-outbox.js';

/**
 * A listing's validity can end without any write: the sweep finds indexed documents whose
 * `expiresAtField` has passed and enqueues a re-sync for them, so the relay removes them.
 * @example const found = await app.get(ExpirySweep).sweep();
 */
@Injectable()
export class ExpirySweep {
  constructor(
    private readonly registry: SearchRegistry,
    private readonly meili: MeiliService,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Enqueues the expired documents of every source (up to 1000 each per call); returns how many. */
  async sweep(): Promise<number> {
    let found = 0;
    for (const source of this.registry.sources()) {
      if (!source.expiresAtField) continue;
      const result = await this.meili.index(source.index).search('', {
        filter: `${source.expiresAtField} <= ${Date.now()}`,
        limit: 1000,
        attributesToRetrieve: ['id'],
      });
      const ids = result.hits.map((hit) => String(hit.id));
      if (ids.length) await this.outbox.enqueue(source.entity, ids, 'search.document.expired');
      found += ids.length;
    }
    return found;
  }
}
