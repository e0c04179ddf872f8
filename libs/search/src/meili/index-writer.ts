import { Inject, Injectable } from '@nestjs/common';
import { chunks } from '@tradebridge/core';
import type { EnqueuedTaskPromise } from 'meilisearch';
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

/** One Meilisearch task sent for a sync: the ids it upserts (documents are not kept), or the ids it deletes. */
interface SentTask {
  /** null when Meilisearch refused the payload outright (`refusal` says why). */
  taskUid: number | null;
  refusal?: string;
  upserts?: string[];
  deletes?: string[];
}

/** What `settle` collects. */
interface Outcome {
  upserted: Set<string>;
  deleted: Set<string>;
  poisoned: Map<string, string>;
}

/** A sync whose tasks are sent but not yet known to have succeeded (see `IndexWriter.enqueue`). */
export interface PendingSync {
  source: SearchSource;
  uid: string;
  ids: string[];
  tasks: SentTask[];
}

/**
 * Writes the current state of entities into one index: reloads them through the source, upserts the
 * present documents (full replacement) and deletes the absent ids, checking every task succeeded. A
 * task Meilisearch rejects for its documents is split in halves (reloaded, so never stale) until the
 * rejected documents are isolated; they are reported as poisoned instead of failing the rest. Anything
 * else (Meilisearch down, a task timing out, a systemic error) throws, and the caller retries.
 *
 * `enqueue` and `settle` split a sync in two so the relay can prepare its next batch while Meilisearch
 * indexes this one; Meilisearch applies tasks of an index in the order they were sent.
 */
@Injectable()
export class IndexWriter {
  constructor(
    private readonly meili: MeiliService,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
  ) {}

  async sync(source: SearchSource, ids: string[], uid: string): Promise<SyncResult> {
    return this.settle(await this.enqueue(source, ids, uid));
  }

  /**
   * Loads the documents and sends their upsert and delete tasks without waiting for them, a task per
   * `maxDocsPerTask` ids: Meilisearch starts on the first while the next are loaded (and merges the
   * tasks that queue up meanwhile into one indexing batch).
   */
  async enqueue(source: SearchSource, ids: string[], uid: string): Promise<PendingSync> {
    const unique = [...new Set(ids)];
    const index = this.meili.client.index(uid);
    const tasks: SentTask[] = [];
    const absent: string[] = [];
    // Sent one after the other: their order in Meilisearch's queue is the order of this array.
    for (const idChunk of chunks(unique, this.options.maxDocsPerTask)) {
      const upserts = await this.load(source, idChunk);
      const present = new Set(upserts.map((d) => d.id));
      absent.push(...idChunk.filter((id) => !present.has(id)));
      if (upserts.length > 0) tasks.push(await send(index.addDocuments(upserts, { primaryKey: 'id' }), { upserts: [...present] }));
    }
    for (const deletes of chunks(absent, this.options.maxDocsPerTask)) {
      tasks.push(await send(index.deleteDocuments(deletes), { deletes }));
    }
    return { source, uid, ids: unique, tasks };
  }

  /** Waits for the tasks of `enqueue`; isolates rejected documents. */
  async settle(pending: PendingSync): Promise<SyncResult> {
    const { source, uid } = pending;
    const outcome: Outcome = { upserted: new Set(), deleted: new Set(), poisoned: new Map() };
    const { upserted, deleted, poisoned } = outcome;
    for (const { taskUid, refusal, upserts, deletes } of pending.tasks) {
      if (deletes) {
        await this.meili.expectTask(taskUid!, `delete from ${uid}`);
        deletes.forEach((id) => deleted.add(id));
        continue;
      }
      const ids = upserts ?? [];
      const rejection = taskUid === null ? (refusal ?? 'rejected') : await this.rejection(taskUid, uid);
      if (rejection === null) ids.forEach((id) => upserted.add(id));
      else await this.isolate(source, uid, ids, rejection, outcome);
    }
    for (const id of poisoned.keys()) {
      upserted.delete(id);
      deleted.add(id);
    }
    return { upserted: [...upserted], deleted: [...deleted], poisoned };
  }

  private async load(source: SearchSource, ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const wanted = new Set(ids);
    return (await source.load(ids)).filter((doc) => wanted.has(doc.id));
  }

  /** null when the task succeeded; the reason when Meilisearch rejected its documents; throws otherwise. */
  private async rejection(taskUid: number, uid: string): Promise<string | null> {
    const done = await this.meili.waitTask(taskUid);
    if (done.status === 'succeeded') return null;
    if (done.status !== 'failed' || !isDocumentTaskError(done.error)) throw new MeiliTaskFailed(done, `upsert into ${uid}`);
    return done.error ? `${done.error.code}: ${done.error.message}` : 'rejected';
  }

  /** Splits rejected ids in halves, reloading and re-sending each, until the rejected documents are single. */
  private async isolate(source: SearchSource, uid: string, ids: string[], rejection: string, into: Outcome): Promise<void> {
    if (ids.length === 1) {
      into.poisoned.set(ids[0]!, rejection.slice(0, 1000));
      await this.meili.expectTask(this.meili.client.index(uid).deleteDocuments(ids), `delete from ${uid}`);
      return;
    }
    const middle = Math.ceil(ids.length / 2);
    for (const half of [ids.slice(0, middle), ids.slice(middle)]) {
      const result = await this.settle(await this.enqueue(source, half, uid));
      result.upserted.forEach((id) => into.upserted.add(id));
      result.deleted.forEach((id) => into.deleted.add(id));
      result.poisoned.forEach((error, id) => into.poisoned.set(id, error));
    }
  }
}

/** Sends a task and keeps its uid; a payload Meilisearch refuses at once (too large, malformed) is kept for `settle`. */
async function send(task: EnqueuedTaskPromise, what: Pick<SentTask, 'upserts' | 'deletes'>): Promise<SentTask> {
  try {
    return { taskUid: (await task).taskUid, ...what };
  } catch (error) {
    if (!what.upserts || !isPayloadRejection(error)) throw error;
    return { taskUid: null, refusal: describeError(error), ...what };
  }
}
