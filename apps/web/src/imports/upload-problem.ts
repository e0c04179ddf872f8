// What the upload's answers mean, apart from sending it (upload.ts): pure, so unit tests read it without a browser.
import { problemOfGraphqlError, type Problem, type ProblemCode } from '../shared/errors';

/** The API's limits (libs/catalog/src/imports): checked here too, so a huge file is refused before it is sent. */
export const MAX_UPLOAD_MEGABYTES = 10;
export const MAX_ROWS = 5000;
export const ACCEPTED_FILES = '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** A refused upload, read into the app's Problem (with the API's reason, e.g. ZIP_BOMB or MISSING_COLUMN). */
export class UploadRefused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export interface UploadBody {
  data?: { catalogImport?: { id?: string } };
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}

/**
 * The Problem an unsuccessful answer of POST /imports stands for: its GraphQL-shaped error body when it has
 * one, else the HTTP status (a proxy's bare 413 or 502).
 */
export function problemOfUpload(status: number, body: unknown): Problem {
  const error = (body as UploadBody | null)?.errors?.[0];
  if (error) return problemOfGraphqlError(error);
  if (status === 413) return { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', fields: [{ path: 'file', message: '' }], message: 'file too large' };
  const code: ProblemCode = status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
  return { code, fields: [], message: `HTTP ${status}` };
}
