// Need.matches for 200 open needs, each asked by a member of the need's organization (who matched
// whom is private). When the schema has no Need.matches yet, the figures are null with the reason.
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '@tradebridge/demo';
import type pg from 'pg';
import { dataOf, graphql, type JsonClient } from './http.js';
import { mapLimit } from './load.js';
import { summarize } from './stats.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
export const NEED_MATCHES = `query NeedMatches($id: ID!) {
  need(id: $id) { id matches(first: 10) { score reasons { code detail } offering { id title organization { id name } } } } }`;

export interface MatchResult {
  match_p50_ms: number | null;
  match_p95_ms: number | null;
  match_max_ms: number | null;
  needs: number;
  errors: number;
  /** Why the figures are null, when they are. */
  note: string | null;
}

interface NeedOwner {
  id: string;
  email: string;
}

/**
 * `count` open needs from the organizations with the most open needs (so few logins are needed),
 * `perOrg` from each, in a deterministic order.
 */
async function pickNeeds(pool: pg.Pool, count: number, perOrg = 10): Promise<NeedOwner[]> {
  const { rows } = await pool.query<NeedOwner>(
    `WITH ranked AS (
       SELECT n.id, n.organization_id, row_number() OVER (PARTITION BY n.organization_id ORDER BY n.title, n.id) AS k,
              count(*) OVER (PARTITION BY n.organization_id) AS open_needs
         FROM needs n WHERE n.status = 'OPEN')
     SELECT r.id, u.email
       FROM ranked r
       JOIN memberships m ON m.organization_id = r.organization_id AND m.role = 'OWNER'
       JOIN users u ON u.id = m.user_id
      WHERE r.k <= $2
      ORDER BY r.open_needs DESC, r.organization_id, r.k
      LIMIT $1`,
    [count, perOrg],
  );
  return rows;
}

/** Null when Need.matches exists, else why it cannot be measured. */
function unavailable(body: any): string | null {
  const error = body?.errors?.[0];
  if (!error) return null;
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field "matches"/.test(error.message)) {
    return 'Need.matches is not in the schema yet (the matching slice has not landed): figures are null';
  }
  return null;
}

export async function measureMatching(api: JsonClient, pool: pg.Pool, count: number): Promise<MatchResult> {
  const needs = await pickNeeds(pool, count);
  if (needs.length === 0) return { match_p50_ms: null, match_p95_ms: null, match_max_ms: null, needs: 0, errors: 0, note: 'no open needs' };
  const tokens = new Map<string, string>();
  // Argon2 verification is CPU-bound: a few logins at a time.
  await mapLimit([...new Set(needs.map((n) => n.email))], 2, async (email) => {
    const { login } = dataOf<any>(await graphql(api, LOGIN, { email, password: DEMO_PASSWORD }), `login ${email}`);
    tokens.set(email, login.accessToken);
  });

  const probe = await graphql(api, NEED_MATCHES, { id: needs[0]!.id }, tokens.get(needs[0]!.email));
  const reason = unavailable(probe.body);
  if (reason) return { match_p50_ms: null, match_p95_ms: null, match_max_ms: null, needs: 0, errors: 0, note: reason };

  // Warm-up (JIT, connection pools, Meilisearch caches) on a few needs, then every need once, one at a time.
  for (const need of needs.slice(0, 10)) await graphql(api, NEED_MATCHES, { id: need.id }, tokens.get(need.email));
  const latencies: number[] = [];
  let errors = 0;
  for (const need of needs) {
    const t0 = performance.now();
    const res = await graphql(api, NEED_MATCHES, { id: need.id }, tokens.get(need.email));
    latencies.push(performance.now() - t0);
    if (res.status !== 200 || res.body?.errors?.length || !res.body?.data?.need?.matches) {
      if (errors++ < 3) process.stderr.write(`need.matches failed: ${JSON.stringify(res.body).slice(0, 300)}\n`);
    }
  }
  const s = summarize(latencies);
  return { match_p50_ms: s.p50_ms, match_p95_ms: s.p95_ms, match_max_ms: s.max_ms, needs: needs.length, errors, note: null };
}
