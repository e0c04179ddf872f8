import { Inject, Injectable } from '@nestjs/common';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import type { SearchDocument, SearchSource } from '../registry/search-source.js';
import { describeError, isDocumentTaskError, isPayloadRejection, MeiliTaskFailed } from './meili-errors.js';
import { MeiliService } from './meili.service.js';

export interface SyncResult {
  /** Ids whose current document is now in the index. */
  upserted: string[];
  /** Ids removed from the index (not searchable any more, or rejected). */
  deleted: string[];
  /** Ids whose document Meilisearch rejected, with its error. Their old document is removed too. */
  poisoned: Map<string, string>;
}

/**
 * Writes the current state of entities into one index: reloads them through the source, upserts the
 * present documents (full replacement) and deletes the absent ids, waiting for every task and checking
 * it succeeded. A batch Meilisearch rejects is split in halves until the rejected documents are
 * isolated; they are reported as poisoned instead of failing the rest. Anything else (Meilisearch
 * down, a task timing out, a systemic error) throws, and the caller retries the whole batch.
 */
@Injectable()
export class IndexWriter {
  constructor(
    private readonly meili: MeiliService,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
  ) {}

  async sync(source: SearchSource, ids: string[], uid: string): Promise<SyncResult> {
    const unique = [...new Set(ids)];
    const wanted = new Set(unique);
    const docs = (await source.load(unique)).filter((doc) => wanted.has(doc.id));
    const poisoned = new Map<string, string>();
    for (let i = 0; i < docs.length; i += this.options.maxDocsPerTask) {
      await this.upsert(uid, docs.slice(i, i + this.options.maxDocsPerTask), poisoned);
    }
    const present = new Set(docs.map((d) => d.id));
    const deleted = unique.filter((id) => !present.has(id) || poisoned.has(id));
    for (let i = 0; i < deleted.length; i += this.options.maxDocsPerTask) {
      const chunk = deleted.slice(i, i + this.options.maxDocsPerTask);
      await this.meili.expectTask(this.meili.client.index(uid).deleteDocuments(chunk), `delete from ${uid}`);
    }
    return { upserted: docs.map((d) => d.id).filter((id) => !poisoned.has(id)), deleted, poisoned };
  }

  private async upsert(uid: string, docs: SearchDocument[], poisoned: Map<string, string>): Promise<void> {
    if (docs.length === 0) return;
    let rejection: string;
    try {
      const task = await this.meili.waitTask(this.meili.client.index(uid).addDocuments(docs, { primaryKey: 'id' }));
      if (task.status === 'succeeded') return;
      if (task.status !== 'failed' || !isDocumentTaskError(task.error)) throw new MeiliTaskFailed(task, `upsert into ${uid}`);
      rejection = task.error ? `${task.error.code}: ${task.error.message}` : 'rejected';
    } catch (error) {
      if (!isPayloadRejection(error)) throw error;
      rejection = describeError(error);
    }
    if (docs.length === 1) {
      poisoned.set(docs[0]!.id, rejection.slice(0, 1000));
      return;
    }
    const middle = Math.ceil(docs.length / 2);
    await this.upsert(uid, docs.slice(0, middle), poisoned);
    await this.upsert(uid, docs.slice(middle), poisoned);
  }
}
