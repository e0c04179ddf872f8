import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

/** What meilisearch-js hands its `httpClient`: fetch's arguments. */
type FetchArgs = Parameters<typeof fetch>;

/**
 * An `httpClient` for meilisearch-js on node:http with keep-alive sockets instead of fetch: fetch's
 * web streams, Headers and Response objects cost the API ~1 ms of CPU per search
 * (`npm run bench -- --quick --phases search --profile`). Answers as meilisearch-js's own fetch path
 * does: the parsed JSON body, a MeilisearchApiError for 4xx/5xx, the signal's reason when aborted
 * (its request timeout); meilisearch-js wraps whatever is thrown in a MeilisearchRequestError, which
 * `unwrapApiError` undoes for API errors.
 * @example new Meilisearch({ host, apiKey, httpClient: nodeHttpClient() })
 */
export function nodeHttpClient(maxSockets = 64): NodeHttpClient {
  // Idle sockets close after 4 s, before the server's keep-alive timeout (Meilisearch's actix: 5 s) can
  // close one under a request being sent on it (fetch's undici does the same with its 4 s default).
  const options = { keepAlive: true, maxSockets, timeout: 4_000 };
  const agents = { 'http:': new http.Agent(options), 'https:': new https.Agent(options) };
  const client = (input: FetchArgs[0], init: FetchArgs[1] = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => (headers[name] = value));
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const secure = url.protocol === 'https:';
      const send = secure ? https.request : http.request;
      const done = () => signal?.removeEventListener('abort', onAbort);
      const fail = (error: unknown) => {
        done();
        reject(signal?.aborted ? signal.reason : error);
      };
      const onAbort = () => {
        fail(signal?.reason);
        req.destroy();
      };
      const req = send(
        {
          agent: secure ? agents['https:'] : agents['http:'],
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: init.method ?? 'GET',
          headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          res.on('end', () => {
            done();
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch (error) {
              return reject(error);
            }
            const status = res.statusCode ?? 500;
            if (status >= 400) {
              const response = new Response(null, { status, statusText: res.statusMessage ?? '' });
              return reject(new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
            }
            resolve(parsed);
          });
        },
      );
      req.on('error', fail);
      signal?.addEventListener('abort', onAbort, { once: true });
      req.end(body);
    });
  return Object.assign(client, {
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}

export interface NodeHttpClient {
  (...args: FetchArgs): Promise<unknown>;
  /** Closes the kept-alive sockets. */
  close(): void;
}

/** meilisearch-js wraps errors of a custom httpClient in a MeilisearchRequestError: an API error comes out as itself. */
export function unwrapApiError(error: unknown): unknown {
  return error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError ? error.cause : error;
}
