// Requests "through a proxy": GraphQL POSTs with an X-Forwarded-For header, for TRUST_PROXY and rate-limit tests.
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLResponse, TestApp } from './test-app.js';

export async function gqlFrom<T = Record<string, any>>(
  t: TestApp,
  forwardedFor: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'], headers: response.headers };
}

/**
 * Rate-limit windows are calendar minutes: a sequence of requests that must land in one window starts
 * only when at least `seconds` of the current minute are left (waiting for the next minute otherwise).
 */
export async function awayFromWindowEdge(seconds = 10): Promise<void> {
  const left = () => 60_000 - (Date.now() % 60_000);
  while (left() < seconds * 1000) await sleep(Math.min(left() + 50, 1000));
}
