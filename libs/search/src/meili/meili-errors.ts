import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type MeilisearchErrorResponse,
  type Task,
} from 'meilisearch';

/** A Meilisearch task that ended in another state than `succeeded` (a failed task does not throw by itself). */
export class MeiliTaskFailed extends Error {
  readonly code: string | undefined;

  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(`${what}: Meilisearch task ${task.uid} ${task.status}${task.error ? ` (${task.error.code}: ${task.error.message})` : ''}`);
    this.name = 'MeiliTaskFailed';
    this.code = task.error?.code;
  }
}

/**
 * Error codes of a failed task that say Meilisearch itself is in trouble, not the documents: the batch
 * is retried later instead of being split to find a poison document.
 */
const SYSTEMIC_CODES = new Set([
  'no_space_left_on_device',
  'database_size_limit_reached',
  'index_not_found',
  'index_already_exists',
  'index_primary_key_already_exists',
  'index_primary_key_multiple_candidates_found',
  'index_primary_key_no_candidate_found',
  'io_error',
  'too_many_open_files',
  'task_not_found',
  'api_key_not_found',
  'invalid_api_key',
  'missing_authorization_header',
]);

/** Codes of a synchronous refusal of a document payload (before any task exists). */
const PAYLOAD_CODES = new Set(['payload_too_large', 'malformed_payload', 'missing_payload']);

export function errorCode(error: unknown): string | undefined {
  if (error instanceof MeiliTaskFailed) return error.code;
  if (error instanceof MeilisearchApiError) return (error.cause as MeilisearchErrorResponse | undefined)?.code;
  return undefined;
}

/** Meilisearch cannot be reached or did not answer in time: retry later; searches answer SERVICE_UNAVAILABLE. */
export function isUnavailable(error: unknown): boolean {
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return true;
  }
  if (error instanceof MeilisearchApiError) return error.response.status >= 500 || error.response.status === 429;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return true;
  return false;
}

/** A failed task whose error is about its documents (so splitting the batch isolates the bad one). */
export function isDocumentTaskError(error: MeilisearchErrorResponse | null): boolean {
  return !error || !SYSTEMIC_CODES.has(error.code);
}

/** A synchronous refusal of the payload itself (too large, malformed): split the batch too. */
export function isPayloadRejection(error: unknown): boolean {
  if (!(error instanceof MeilisearchApiError)) return false;
  const code = errorCode(error);
  return error.response.status === 413 || (code !== undefined && (PAYLOAD_CODES.has(code) || code.startsWith('invalid_document')));
}

/** A short, single-line description for logs and `search_outbox.last_error`. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 1000);
}
