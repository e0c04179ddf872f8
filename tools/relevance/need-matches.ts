// Needs -> offerings: Need.matches (asked as a member of the need's organization) against the matching
// slice's judged set, beside a PostgreSQL FTS baseline that ORs the need's title and keywords.
import { DEMO_PASSWORD } from '@tradebridge/demo';
import type pg from 'pg';
import { dataOf, graphql, type JsonClient } from '../bench/http.js';
import type { DemoKeys } from './demo-keys.js';
import type { JudgedNeed } from './judgements.js';
import { meanOf, ndcgAt, recallAt } from './ndcg.js';
import { postgresSearch } from './rankers.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const MATCHES = `query ($id: ID!) { need(id: $id) { title keywords matches(first: 20) { offering { id } } } }`;

export interface NeedSetResult {
  needs: number;
  matches: { ndcg_at_10: number; recall_at_20: number };
  postgres_fts: { ndcg_at_10: number; recall_at_20: number };
  per_need: Array<{ id: string; need: string; matches_ndcg10: number | null; matches_recall20: number | null; postgres_ndcg10: number | null; postgres_recall20: number | null }>;
  note: string | null;
}

const r3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
const mean3 = (values: Array<number | null>) => r3(meanOf(values))!;

/** The need's words as an OR query for websearch_to_tsquery ("a or b or c"). */
export function orQuery(title: string, keywords: string[]): string {
  const words = `${title} ${keywords.join(' ')}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, 30).join(' or ');
}

export async function measureNeedMatches(set: JudgedNeed[], api: JsonClient, pool: pg.Pool, keys: DemoKeys): Promise<NeedSetResult> {
  const tokens = new Map<string, string>();
  const tokenFor = async (organizationId: string) => {
    let token = tokens.get(organizationId);
    if (token) return token;
    const { rows } = await pool.query<{ email: string }>(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 ORDER BY m.role DESC, u.email LIMIT 1`,
      [organizationId],
    );
    if (!rows[0]) throw new Error(`organization ${organizationId} has no member to sign in as`);
    token = dataOf<any>(await graphql(api, LOGIN, { email: rows[0].email, password: DEMO_PASSWORD }), 'login').login.accessToken as string;
    tokens.set(organizationId, token);
    return token;
  };
  const perNeed: NeedSetResult['per_need'] = [];
  // A need with nothing judged relevant has no NDCG or recall (ndcg.ts): it is not even asked.
  for (const judged of set.filter((j) => Object.values(j.relevant).some((g) => g > 0))) {
    const needId = keys.idOf.get(judged.need);
    const organizationId = keys.needOrganization.get(judged.need);
    if (!needId || !organizationId) throw new Error(`${judged.id}: unknown need key ${judged.need}`);
    const res = await graphql(api, MATCHES, { id: needId }, await tokenFor(organizationId));
    const error = res.body.errors?.[0];
    if (error && (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field "matches"/.test(error.message))) {
      return { needs: 0, matches: { ndcg_at_10: 0, recall_at_20: 0 }, postgres_fts: { ndcg_at_10: 0, recall_at_20: 0 }, per_need: [], note: 'Need.matches is not in the schema yet' };
    }
    const need = dataOf<any>(res, `need.matches ${judged.need}`).need;
    const ours = (need.matches as Array<{ offering: { id: string } }>).map((m) => keys.keyOf.get(m.offering.id) ?? m.offering.id);
    const baseline = (await postgresSearch(pool, orQuery(need.title, need.keywords), 20, organizationId)).map((id) => keys.keyOf.get(id) ?? id);
    perNeed.push({
      id: judged.id,
      need: judged.need,
      matches_ndcg10: r3(ndcgAt(ours, judged.relevant, 10)),
      matches_recall20: r3(recallAt(ours, judged.relevant, 20)),
      postgres_ndcg10: r3(ndcgAt(baseline, judged.relevant, 10)),
      postgres_recall20: r3(recallAt(baseline, judged.relevant, 20)),
    });
  }
  return {
    needs: perNeed.length,
    matches: { ndcg_at_10: mean3(perNeed.map((p) => p.matches_ndcg10)), recall_at_20: mean3(perNeed.map((p) => p.matches_recall20)) },
    postgres_fts: { ndcg_at_10: mean3(perNeed.map((p) => p.postgres_ndcg10)), recall_at_20: mean3(perNeed.map((p) => p.postgres_recall20)) },
    per_need: perNeed,
    note: null,
  };
}
