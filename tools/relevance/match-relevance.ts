import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { NeedService, type Need } from '@tradebridge/catalog';
import { generateDemoCatalog, type DemoCatalog } from '@tradebridge/demo';
import { repoPath, TransactionHost, type Locale } from '@tradebridge/core';
import { MatchingService, type MatchReason, type OfferingMatch } from '@tradebridge/matching';
import { meanOf, ndcgAt, type Grades } from './ndcg.js';

/** tools/relevance/data/needs-to-offerings.json: demo need keys with graded demo offering keys. */
export interface MatchJudgementFile {
  description?: string;
  k?: number;
  needs: Array<{ need: string; note?: string; offerings: Record<string, number> }>;
}

export interface MatchRelevanceReport {
  k: number;
  /** Mean NDCG@k over the judged needs found in the database. */
  ndcg: number;
  needs: Array<{ need: string; ndcg: number | null; top: Array<{ key: string; grade: number; score: number }> }>;
  /** Judged keys that are not in the database (demo data not loaded, or changed). */
  unresolved: string[];
  /** The best matches of the first `examples` needs, with their reasons. */
  examples: Array<{ need: string; title: string; matches: Array<{ key: string; title: string; score: number; reasons: MatchReason[] }> }>;
}

export const MATCH_JUDGEMENTS_PATH = 'tools/relevance/data/needs-to-offerings.json';
const CHUNK = 20;

interface Row {
  id: string;
  title: string;
  country: string;
  tax_id: string;
}

/**
 * Demo keys ("need-…", "off-…") to row ids. Listings are recognised by their organization (country
 * and tax id) and title; listings of one organization with the same title pair up in creation order
 * (the demo seeder writes them in catalog order).
 */
export async function resolveDemoKeys(tx: TransactionHost, catalog: DemoCatalog): Promise<{ offerings: Map<string, string>; needs: Map<string, string> }> {
  const orgKey = new Map(catalog.organizations.map((o) => [`${o.country}:${o.taxId}`, o.key]));
  const resolve = async (table: 'offerings' | 'needs', listings: ReadonlyArray<{ key: string; orgKey: string; title: string }>) => {
    const rows: Row[] = await tx.manager.query(
      `SELECT l.id, l.title, o.country, o.tax_id FROM ${table} l JOIN organizations o ON o.id = l.organization_id ORDER BY l.created_at, l.id`,
    );
    const queue = new Map<string, string[]>();
    for (const row of rows) {
      const org = orgKey.get(`${row.country}:${row.tax_id}`);
      if (!org) continue;
      const key = `${org}\u0000${row.title}`;
      queue.set(key, [...(queue.get(key) ?? []), row.id]);
    }
    const ids = new Map<string, string>();
    for (const listing of listings) {
      const id = queue.get(`${listing.orgKey}\u0000${listing.title}`)?.shift();
      if (id) ids.set(listing.key, id);
    }
    return ids;
  };
  return { offerings: await resolve('offerings', catalog.offerings), needs: await resolve('needs', catalog.needs) };
}

/**
 * Need.matches quality on the demo data: NDCG@k of each judged need's matches (as its organization
 * sees them) against the graded judgements, and their mean. The demo data must be loaded and indexed.
 * @example const report = await runMatchRelevance(app); console.log(formatMatchRelevanceReport(report));
 */
export async function runMatchRelevance(
  app: INestApplicationContext,
  options: { file?: string; judgements?: MatchJudgementFile; catalog?: DemoCatalog; examples?: number; locale?: Locale } = {},
): Promise<MatchRelevanceReport> {
  const judged = options.judgements ?? (JSON.parse(readFileSync(options.file ?? repoPath(MATCH_JUDGEMENTS_PATH), 'utf8')) as MatchJudgementFile);
  const k = judged.k ?? 10;
  const keys = await resolveDemoKeys(app.get(TransactionHost), options.catalog ?? generateDemoCatalog());
  const keyOfOffering = new Map([...keys.offerings].map(([key, id]) => [id, key]));
  const unresolved = judged.needs.flatMap((j) => [j.need, ...Object.keys(j.offerings)]).filter((key) => !keys.needs.has(key) && !keys.offerings.has(key));
  const entries = judged.needs.filter((j) => keys.needs.has(j.need));
  const rows = await app.get(NeedService).findByIds(entries.map((j) => keys.needs.get(j.need)!));
  const needs = rows.filter((n): n is Need => n !== null);
  const matching = app.get(MatchingService);
  const results: OfferingMatch[][] = [];
  for (let i = 0; i < needs.length; i += CHUNK) {
    results.push(...(await matching.offeringsForNeeds(needs.slice(i, i + CHUNK), { first: k, locale: options.locale ?? 'RU' })));
  }
  const report: MatchRelevanceReport = { k, ndcg: 0, needs: [], unresolved: [...new Set(unresolved)], examples: [] };
  needs.forEach((need, i) => {
    const entry = entries.find((j) => keys.needs.get(j.need) === need.id)!;
    const grades: Grades = entry.offerings;
    const ranked = results[i].map((m) => keyOfOffering.get(m.offering.id) ?? m.offering.id);
    report.needs.push({
      need: entry.need,
      ndcg: ndcgAt(ranked, grades, k),
      top: results[i].map((m, r) => ({ key: ranked[r], grade: grades[ranked[r]] ?? 0, score: m.score })),
    });
    if (report.examples.length < (options.examples ?? 3)) {
      report.examples.push({
        need: entry.need,
        title: need.title,
        matches: results[i].slice(0, 3).map((m, r) => ({ key: ranked[r], title: m.offering.title, score: m.score, reasons: m.reasons })),
      });
    }
  });
  report.ndcg = meanOf(report.needs.map((n) => n.ndcg));
  return report;
}

/** A plain-text summary for the terminal. */
export function formatMatchRelevanceReport(report: MatchRelevanceReport): string {
  const lines = [`Need.matches NDCG@${report.k}: ${report.ndcg.toFixed(3)} over ${report.needs.length} judged needs`];
  for (const n of [...report.needs].sort((a, b) => (a.ndcg ?? 1) - (b.ndcg ?? 1))) {
    lines.push(`  ${(n.ndcg ?? NaN).toFixed(3)}  ${n.need}  top: ${n.top.slice(0, 5).map((t) => `${t.key}(${t.grade})`).join(' ')}`);
  }
  if (report.unresolved.length) lines.push(`Not in the database: ${report.unresolved.join(', ')}`);
  for (const example of report.examples) {
    lines.push('', `${example.need}: ${example.title}`);
    for (const m of example.matches) {
      lines.push(`  ${m.score.toFixed(3)}  ${m.key}: ${m.title}`);
      for (const r of m.reasons) lines.push(`         ${r.code}: ${r.detail}`);
    }
  }
  return lines.join('\n');
}
