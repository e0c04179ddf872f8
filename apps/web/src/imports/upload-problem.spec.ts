import { describe, expect, it } from '@jest/globals';
import { problemOfUpload } from './upload-problem';

describe('problemOfUpload', () => {
  it('reads the code, the reason and the field of a refused file from the GraphQL-shaped body', () => {
    const body = {
      errors: [{ message: 'В файле нет обязательного столбца «Регион поставки».', extensions: { code: 'BAD_USER_INPUT', reason: 'MISSING_COLUMN', fields: [{ path: 'file', message: 'x' }] } }],
    };
    expect(problemOfUpload(400, body)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MISSING_COLUMN',
      fields: [{ path: 'file', message: 'x' }],
      retryAfterSeconds: undefined,
      requestId: undefined,
      message: 'В файле нет обязательного столбца «Регион поставки».',
    });
  });

  it('keeps the wait of a rate-limited upload and the request id of a server error', () => {
    expect(problemOfUpload(429, { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }] })).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42 });
    expect(problemOfUpload(500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } }] })).toMatchObject({ requestId: 'req-1' });
  });

  it('falls back to the HTTP status when the body is not the API\'s (a proxy\'s bare 413 or 502)', () => {
    expect(problemOfUpload(413, null)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(problemOfUpload(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(problemOfUpload(429, null)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(problemOfUpload(401, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('treats a code outside the contract as an internal error', () => {
    expect(problemOfUpload(400, { errors: [{ message: 'odd', extensions: { code: 'WHATEVER' } }] })).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
