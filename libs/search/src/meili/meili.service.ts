import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, LOGGER, ServiceUnavailableError, type AppConfig, type Logger } from '@tradebridge/core';
import {
  Meilisearch,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type FederatedMultiSearchParams,
  type MultiSearchParams,
  type MultiSearchResponseOrSearchResponse,
  type RecordAny,
  type Settings,
  type Task,
} from 'meilisearch';
import { SearchRegistry } from '../registry/search-registry.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import { indexesSearchingOn, narrowToKnownAttributes, type IndexFields } from './known-attributes.js';
import { errorCode, isUnavailable, MeiliTaskFailed } from './meili-errors.js';
import { resolveSearchKey, SearchKeyRefused } from './search-key.js';
import { settingsMatch } from './settings-match.js';
import { nodeHttpClient, unwrapApiError } from './node-http-client.js';

const BOOT_TIMEOUT_MS = 5_000;

/** Search refusals that mean the search key is gone or lacks a right: it is looked up (or created) again. */
const KEY_REFUSED = new Set(['invalid_api_key', 'api_key_not_found', 'missing_authorization_header']);


/** Search errors of an index whose settings are not applied yet. */
const NOT_CONFIGURED_YET = new Set([
  'invalid_search_attributes_to_search_on',
  'invalid_search_filter',
  'invalid_search_facets',
  'invalid_search_sort',
  'invalid_multi_search_query_federated',
]);

/**
 * The Meilisearch clients of this process: index names (MEILI_INDEX_PREFIX + name), task waiting with a
 * status check, index settings applied at start, and connection errors mapped to SERVICE_UNAVAILABLE.
 * `client` holds the master key (settings, writes, tasks, keys); searches go through `search` /
 * `multiSearch` with a key that may only search this deployment's indexes (MEILI_SEARCH_KEY, or one
 * created at start), so a flaw in query building can never write or read another deployment's data.
 * @example await this.meili.expectTask(this.meili.index('offerings').addDocuments(docs), 'upsert offerings');
 */
@Injectable()
export class MeiliService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly client: Meilisearch;
  private readonly searchHttp = nodeHttpClient();
  private searchClient: Promise<Meilisearch> | null = null;
  private ready: Promise<void> | null = null;
  /** Set once every index has its settings; until then a half-configured index answers SERVICE_UNAVAILABLE. */
  private settingsApplied = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly registry: SearchRegistry,
  ) {
    this.client = this.newClient(config.meiliMasterKey);
  }

  /** Searches go over node:http keep-alive sockets (the hot path); writes, tasks and settings over fetch. */
  private newClient(apiKey: string | undefined, forSearch = false): Meilisearch {
    return new Meilisearch({
      ...(forSearch ? { httpClient: this.searchHttp } : {}),
      host: this.config.meiliUrl,
      apiKey,
      timeout: this.options.requestTimeoutMs,
      defaultWaitOptions: { timeout: this.options.taskTimeoutMs, interval: 25 },
      // fetch asks for gzip by default: Meilisearch then compresses every answer (a 15 KB search
      // response, each task poll) and this process inflates it, ~1.3 ms of CPU a request on both
      // sides for a connection inside the data centre (measured by tools/bench).
      requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    });
  }

  /** The uids of every registered index (with the prefix). */
  private indexUids(): string[] {
    return this.registry.sources().map((source) => this.indexUid(source.index));
  }

  /** The key searches use (resolved once; again after a failure or a refusal). */
  searchKey(): Promise<string | undefined> {
    return this.searcher().then((client) => client.config.apiKey);
  }

  private searcher(): Promise<Meilisearch> {
    this.searchClient ??= resolveSearchKey(this.client, this.config, this.indexUids())
      .then((key) => this.newClient(key, true))
      .catch((error: unknown) => {
        this.searchClient = null;
        throw error;
      });
    return this.searchClient;
  }

  /** The full index uid for a source's index name. */
  indexUid(name: string): string {
    return this.config.meiliIndexPrefix + name;
  }

  index(name: string) {
    return this.client.index(this.indexUid(name));
  }

  /** Waits for a task and returns it in whatever final state it reached (check `status`). */
  async waitTask(enqueued: EnqueuedTask | EnqueuedTaskPromise | number): Promise<Task> {
    const task = typeof enqueued === 'number' ? enqueued : (await enqueued).taskUid;
    return this.client.tasks.waitForTask(task, { timeout: this.options.taskTimeoutMs, interval: 25 });
  }

  /** Waits for a task and throws `MeiliTaskFailed` unless it succeeded. */
  async expectTask(enqueued: EnqueuedTask | EnqueuedTaskPromise | number, what: string): Promise<Task> {
    const task = await this.waitTask(enqueued);
    if (task.status !== 'succeeded') throw new MeiliTaskFailed(task, what);
    return task;
  }

  async indexExists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (errorCode(error) === 'index_not_found') return false;
      throw error;
    }
  }

  /** Creates the index when missing (primary key `id`) and applies the settings unless it has them already; idempotent. */
  async applySettings(uid: string, settings: Settings): Promise<void> {
    if (!(await this.indexExists(uid))) {
      const task = await this.waitTask(this.client.createIndex(uid, { primaryKey: 'id' }));
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
        throw new MeiliTaskFailed(task, `create index ${uid}`);
      }
    } else if (settingsMatch(await this.client.index(uid).getSettings(), settings)) {
      return;
    } else {
      // A settings change on a large index takes a while: wait for one already queued (by an earlier
      // attempt or another process) instead of queueing the same change again.
      const queued = await this.client.tasks.getTasks({ indexUids: [uid], types: ['settingsUpdate'], statuses: ['enqueued', 'processing'], limit: 1 });
      const previous = queued.results[0];
      if (previous) await this.waitTask(previous.uid);
      if (settingsMatch(await this.client.index(uid).getSettings(), settings)) return;
    }
    await this.expectTask(this.client.index(uid).updateSettings(settings), `settings of ${uid}`);
  }

  /**
   * Every registered index exists with its settings. Runs once per process (again after a failure),
   * so the relay can call it before each batch.
   */
  ensureReady(): Promise<void> {
    this.ready ??= (async () => {
      for (const source of this.registry.sources()) await this.applySettings(this.indexUid(source.index), source.settings);
      this.settingsApplied = true;
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Writes must work while Meilisearch is down, so start-up never waits long for it: the relay
    // applies the settings before its first batch once Meilisearch answers.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${BOOT_TIMEOUT_MS} ms`)), BOOT_TIMEOUT_MS);
      timer.unref();
    });
    try {
      await Promise.race([this.ensureReady(), timeout]);
      // The search key too (created with the master key, or MEILI_SEARCH_KEY checked), so the first
      // search does not wait for it; separate from the settings, so a bad key never stops indexing.
      await Promise.race([this.searcher(), timeout]);
    } catch (error) {
      if (error instanceof SearchKeyRefused) this.logger.error({ err: error }, 'search key refused: searches answer SERVICE_UNAVAILABLE');
      else this.logger.warn({ err: error }, 'search indexes not ready at start; the outbox relay will retry');
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.searchHttp.close();
  }

  async isHealthy(): Promise<boolean> {
    try {
      const response = await fetch(new URL('/health', this.config.meiliUrl), { signal: AbortSignal.timeout(2000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  /**
   * Runs a search request with the search key; Meilisearch unreachable, timing out, erroring on its side,
   * refusing the key or not having the index yet becomes SERVICE_UNAVAILABLE.
   */
  async search<T>(run: (client: Meilisearch, signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await run(await this.searcher(), AbortSignal.timeout(this.options.searchTimeoutMs));
    } catch (error) {
      throw this.searchError(unwrapApiError(error));
    }
  }

  /**
   * A multi-search (federated or not) with the search key. Queries that name `attributesToSearchOn`
   * on an index whose documents do not have those fields yet (a new deployment, or an index whose last
   * document left) are narrowed to the fields present instead of failing: they match nothing.
   */
  multiSearch<T extends MultiSearchParams | FederatedMultiSearchParams>(request: T): Promise<MultiSearchResponseOrSearchResponse<T, RecordAny>> {
    return this.search(async (client, signal) => {
      try {
        return await client.multiSearch<T>(request, { signal });
      } catch (error) {
        if (errorCode(unwrapApiError(error)) !== 'invalid_search_attributes_to_search_on') throw error;
        const narrowed = narrowToKnownAttributes(request, await this.fieldsOf(indexesSearchingOn(request)));
        if (!narrowed) throw error;
        return client.multiSearch<T>(narrowed, { signal });
      }
    });
  }

  /** The fields documents of each index have (read with the master key: stats are not a search right) and its declared searchable ones. */
  private async fieldsOf(uids: string[]): Promise<Map<string, IndexFields>> {
    const entries = await Promise.all(
      uids.map(async (uid): Promise<[string, IndexFields]> => {
        const stats = await this.client.index(uid).getStats();
        const source = this.registry.sources().find((s) => this.indexUid(s.index) === uid);
        const searchable = source?.settings.searchableAttributes;
        const declared = !searchable || searchable.includes('*') ? '*' : new Set(searchable);
        return [uid, { present: new Set(Object.keys(stats.fieldDistribution ?? {})), declared }];
      }),
    );
    return new Map(entries);
  }

  private searchError(error: unknown): unknown {
    const code = errorCode(error);
    if (isUnavailable(error) || code === 'index_not_found') {
      this.logger.warn({ err: error }, 'search unavailable');
      return new ServiceUnavailableError('Search', error);
    }
    if (error instanceof SearchKeyRefused || KEY_REFUSED.has(code ?? '')) {
      // Deleted or replaced behind our back: look it up (or create it) again on the next search.
      this.searchClient = null;
      this.logger.error({ err: error }, 'search key refused');
      return new ServiceUnavailableError('Search', error);
    }
    if (!this.settingsApplied && NOT_CONFIGURED_YET.has(code ?? '')) {
      // The index exists but its settings are still being applied (first start, or Meilisearch was
      // slow at boot): a retry shortly will succeed.
      void this.ensureReady().catch(() => undefined);
      return new ServiceUnavailableError('Search', error);
    }
    return error;
  }
}
