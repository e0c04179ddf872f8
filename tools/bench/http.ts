// A lean HTTP/1.1 JSON client for the load generator: node:http with keep-alive sockets, so the
// generator costs as little CPU as possible (it shares the 2 cores with what it measures) and the
// API and Meilisearch are driven in exactly the same way.
import http from 'node:http';

export interface JsonResponse<T = any> {
  status: number;
  body: T;
}

export class JsonClient {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(baseUrl: string, private readonly headers: Record<string, string> = {}, maxSockets = 64) {
    this.url = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** POSTs a JSON body (an object, or a string already serialised) and parses the JSON answer. */
  post<T = any>(path: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<JsonResponse<T>> {
    return this.request<T>('POST', path, typeof body === 'string' ? body : JSON.stringify(body), extraHeaders);
  }

  get<T = any>(path: string): Promise<JsonResponse<T>> {
    return this.request<T>('GET', path, undefined, {});
  }

  request<T>(method: string, path: string, payload: string | undefined, extraHeaders: Record<string, string>): Promise<JsonResponse<T>> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers: {
            ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            ...this.headers,
            ...extraHeaders,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: any = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              // not JSON: keep the text for the error message
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface GraphQLBody<T = any> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POST /graphql as a client would (Apollo 5 needs content-type: application/json). */
export async function graphql<T = any>(
  client: JsonClient,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<JsonResponse<GraphQLBody<T>>> {
  return client.post<GraphQLBody<T>>('/graphql', { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
}

/** The data of a GraphQL answer that must have succeeded; throws with the errors otherwise. */
export function dataOf<T>(response: JsonResponse<GraphQLBody<T>>, what: string): T {
  const errors = response.body?.errors;
  if (response.status !== 200 || errors?.length || !response.body?.data) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(errors ?? response.body).slice(0, 500)}`);
  }
  return response.body.data;
}
