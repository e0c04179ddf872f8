import { currentRequestId, DomainError, ErrorCode, sqlStateOf, SQLSTATE, type Locale, type Logger } from '@tradebridge/core';
import type { Request, Response } from 'express';
import multer from 'multer';
import { ImportArgumentInvalid } from './import.errors.js';
import type { UploadedFile } from './import.service.js';
import { message } from './import-messages.js';
import { MAX_FILE_BYTES } from './sheet-reader.js';

// The HTTP edge of uploads: reading the multipart body within the limits, and errors in GraphQL's shape
// with the contract's codes (so a client reads one kind of error whichever way it called).

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

const receive = multer({
  storage: multer.memoryStorage(),
  // One byte more than allowed would already be refused: a 10 MB file is read, a larger one is not buffered.
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 8 },
}).single('file');

/** The uploaded file (memory, at most MAX_FILE_BYTES) and the form's text fields. */
export async function receiveUpload(req: Request, res: Response, locale: Locale): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  await new Promise<void>((resolve, reject) => receive(req, res, (error: unknown) => (error ? reject(error) : resolve())));
  const file = (req as Request & { file?: { originalname: string; buffer: Buffer } }).file;
  if (!file) {
    throw new ImportArgumentInvalid('file', { ru: 'пришлите файл как multipart/form-data в поле file', en: 'send the file as multipart/form-data in the field "file"' }, locale);
  }
  return { file: { name: utf8Name(file.originalname), bytes: file.buffer }, fields: (req.body ?? {}) as Record<string, string> };
}

/** Browsers send UTF-8 file names; the multipart parser reads them as Latin-1. */
function utf8Name(name: string): string {
  if (![...name].every((c) => c.charCodeAt(0) <= 0xff)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}

/** The error as `{ errors: [{ message, extensions }] }` with the HTTP status of its code. */
export function sendError(res: Response, error: unknown, locale: Locale, status?: number, logger?: Logger): void {
  const body = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });
  if (res.headersSent) return;
  if (error instanceof multer.MulterError) {
    const tooLarge = error.code === 'LIMIT_FILE_SIZE';
    const text = tooLarge ? message('FILE_TOO_LARGE', { megabytes: MAX_FILE_BYTES / 1024 / 1024 }) : { ru: 'одна загрузка — один файл в поле file', en: 'one upload, one file in the field "file"' };
    const chosen = locale === 'EN' ? text.en : text.ru;
    const extensions = { code: ErrorCode.BAD_USER_INPUT, ...(tooLarge ? { reason: 'FILE_TOO_LARGE' } : {}), fields: [{ path: 'file', message: chosen }] };
    res.status(tooLarge ? 413 : 400).json(body(chosen, extensions));
    return;
  }
  if (error instanceof DomainError) {
    res.status(status ?? STATUS[error.code] ?? 400).json(body(error.message, { code: error.code, ...error.extensions }));
    return;
  }
  if (sqlStateOf(error) === SQLSTATE.UNIQUE_VIOLATION) {
    res.status(409).json(body(locale === 'EN' ? 'This already exists' : 'Такая запись уже есть', { code: ErrorCode.CONFLICT }));
    return;
  }
  const requestId = currentRequestId();
  logger?.error({ err: error, requestId }, 'unexpected error');
  res.status(500).json(body(`Internal server error${requestId ? ` (request ${requestId})` : ''}`, { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) }));
}
