// The judged query sets of tools/relevance/data: ours (searchOfferings over the demo data) and, when the
// matching slice provides it, needs -> offerings (Need.matches).
import { existsSync, readFileSync } from 'node:fs';
import { repoPath } from '@tradebridge/core';

export interface JudgedQuery {
  id: string;
  lang: 'ru' | 'en';
  query: string;
  intent?: string;
  /** Stable demo key -> grade 1..3. */
  relevant: Record<string, number>;
}

export interface JudgedNeed {
  id: string;
  /** The need's stable demo key ("need-vladimir-city-001"). */
  need: string;
  relevant: Record<string, number>;
}

export const OFFERING_QUERIES_FILE = 'tools/relevance/data/offerings-queries.json';
export const NEED_MATCHES_FILE = 'tools/relevance/data/needs-to-offerings.json';

function checkGrades(id: string, relevant: unknown): Record<string, number> {
  if (!relevant || typeof relevant !== 'object') throw new Error(`${id}: "relevant" must map demo keys to grades`);
  for (const [key, grade] of Object.entries(relevant)) {
    if (!Number.isInteger(grade) || (grade as number) < 0 || (grade as number) > 3) throw new Error(`${id}: grade of ${key} must be 0..3`);
  }
  return relevant as Record<string, number>;
}

/** Reads and checks offerings-queries.json (distinct ids and queries, grades 0..3). */
export function loadOfferingQueries(file = repoPath(OFFERING_QUERIES_FILE)): JudgedQuery[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] };
  const ids = new Set<string>();
  for (const q of parsed.queries) {
    if (ids.has(q.id)) throw new Error(`duplicate query id ${q.id}`);
    ids.add(q.id);
    if (!q.query?.trim()) throw new Error(`${q.id}: empty query`);
    q.relevant = checkGrades(q.id, q.relevant);
  }
  return parsed.queries;
}

/**
 * The matching engineer's needs -> offerings judgements, if the file exists. Accepts a list or
 * `{ needs: [...] }`, each entry naming the need's key (`need`, `needKey` or `key`) and graded
 * offerings (`relevant`, `judgements` or `offerings`).
 */
export function loadNeedJudgements(file = repoPath(NEED_MATCHES_FILE)): JudgedNeed[] | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = (Array.isArray(parsed) ? parsed : ((parsed as any).needs ?? (parsed as any).queries ?? [])) as any[];
  return list.map((entry, i) => {
    const need = entry.need ?? entry.needKey ?? entry.key;
    if (typeof need !== 'string') throw new Error(`${NEED_MATCHES_FILE}[${i}]: no need key`);
    const id = String(entry.id ?? need);
    return { id, need, relevant: checkGrades(id, entry.relevant ?? entry.judgements ?? entry.offerings) };
  });
}
