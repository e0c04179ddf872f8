// bench-results.json and the markdown table printed at the end of a run.
import { cpus, totalmem } from 'node:os';
import type { BulkResult } from './bulk-index.js';
import type { PhaseCpu } from './cpu-monitor.js';
import type { ImportBenchResult } from './import.js';
import type { MatchResult } from './matching.js';
import type { LevelResult } from './stats.js';
import { scaleOutMarkdown, type ScaleOutRun } from './scale-out.js';
import type { SyncResult } from './sync-latency.js';

export const LEVELS = [1, 8, 32] as const;
export type Levels = Record<'c1' | 'c8' | 'c32', LevelResult>;
export type BackendName = 'search_graphql' | 'search_meili_direct' | 'search_graphql_hits' | 'search_meili_hits' | 'search_postgres_fts';
const BACKENDS: BackendName[] = ['search_graphql', 'search_meili_direct', 'search_graphql_hits', 'search_meili_hits', 'search_postgres_fts'];

export interface Equivalence {
  queries: number;
  /** Queries whose first page has exactly the same ids in the same order through the API and directly. */
  same_order: number;
  /** Queries whose first page has the same set of ids. */
  same_set: number;
}

export interface BenchResults {
  generated_at: string;
  mode: 'quick' | 'full';
  wall_s: number;
  cores: number;
  cpu_model: string;
  memory_mb: number;
  node: string;
  dataset: { offerings: number; needs: number; seed: number };
  bulk_index_docs_per_s: number;
  bulk: BulkResult;
  sync_p50_ms: number | null;
  sync_p95_ms: number | null;
  sync_max_ms: number | null;
  sync: Omit<SyncResult, 'ids'>;
  search_queries: number;
  search_level_seconds: number;
  search_graphql: Levels;
  search_meili_direct: Levels;
  search_graphql_hits: Levels;
  search_meili_hits: Levels;
  search_postgres_fts: Levels;
  /** API p95 / direct Meilisearch p95 per level (the search page's query). */
  api_to_meili_p95_ratio: Ratios;
  /** The same for the hits-only query. */
  hits_api_to_meili_p95_ratio: Ratios;
  search_equivalence: Equivalence;
  match_p50_ms: number | null;
  match_p95_ms: number | null;
  matching: MatchResult;
  /** Bulk import of an XLSX price list (tools/bench/import.ts). */
  import: ImportBenchResult;
  api_peak_rss_mb: number;
  /** Spawn to healthy, with the TypeScript sources compiled on the fly by tools/register.mjs. */
  api_start_ms: number;
  /** CPU seconds per process group and phase, and how much of the machine other processes took. */
  cpu_by_phase: Record<string, PhaseCpu>;
  /** `--scale-out`: 1 API + 1 worker, then 2 + 2 (tools/bench/scale-out.ts). */
  scale_out?: ScaleOutRun[];
  goals: Goal[];
  notes: string[];
}

export interface Goal {
  goal: string;
  target: string;
  actual: string;
  met: boolean | null;
}

export function machine() {
  return { cores: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_mb: Math.round(totalmem() / 1024 / 1024), node: process.version };
}

export function ratio(api: number | null, direct: number | null): number | null {
  return api === null || direct === null || direct === 0 ? null : Math.round((api / direct) * 100) / 100;
}

type Ratios = Record<'c1' | 'c8' | 'c32', number | null>;

/** API p95 over direct Meilisearch p95 at each level. */
export function levelRatios(api: Levels, direct: Levels): Ratios {
  return { c1: ratio(api.c1.p95_ms, direct.c1.p95_ms), c8: ratio(api.c8.p95_ms, direct.c8.p95_ms), c32: ratio(api.c32.p95_ms, direct.c32.p95_ms) };
}

export function goalsOf(r: Omit<BenchResults, 'goals'>): Goal[] {
  const g = (goal: string, target: string, value: number | null, ok: (v: number) => boolean, unit: string): Goal => ({
    goal,
    target,
    actual: value === null ? 'n/a' : `${value} ${unit}`.trim(),
    met: value === null ? null : ok(value),
  });
  const c8 = r.search_graphql.c8.p95_ms;
  return [
    g('searchOfferings p95 at 8 clients', '<= 30 ms', c8, (v) => v <= 30, 'ms'),
    g('searchOfferings p95 / direct Meilisearch p95 at 1 client', '<= 1.25x', r.api_to_meili_p95_ratio.c1, (v) => v <= 1.25, 'x'),
    g('searchOfferings p95 / direct Meilisearch p95 at 8 clients', r.mode === 'quick' ? '<= 1.25x' : '<= 1.3x', r.api_to_meili_p95_ratio.c8, (v) => v <= (r.mode === 'quick' ? 1.25 : 1.3), 'x'),
    g('hits only: API p95 / direct p95 at 8 clients', '<= 1.25x', r.hits_api_to_meili_p95_ratio.c8, (v) => v <= 1.25, 'x'),
    g('sync p95', r.mode === 'quick' ? '<= 1000 ms' : '<= 800 ms', r.sync_p95_ms, (v) => v <= (r.mode === 'quick' ? 1000 : 800), 'ms'),
    g('need.matches p95', '<= 60 ms', r.match_p95_ms, (v) => v <= 60, 'ms'),
    g('bulk indexing', '>= 2500 docs/s', r.bulk_index_docs_per_s, (v) => v >= 2500, 'docs/s'),
    g('API peak RSS', '<= 400 MB', r.api_peak_rss_mb, (v) => v <= 400, 'MB'),
  ];
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(v));

export function markdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(
    `### TradeBridge benchmark (${r.mode}: ${r.dataset.offerings.toLocaleString('en')} offerings, ${r.dataset.needs.toLocaleString('en')} needs, seed ${r.dataset.seed})`,
    '',
    `Machine: ${r.cores} cores (${r.cpu_model}), ${r.memory_mb} MB RAM, Node ${r.node}. ` +
      `**The load generator shares these ${r.cores} cores with the API, PostgreSQL and Meilisearch**, so absolute figures are lower bounds; ` +
      `the API and direct-Meilisearch figures are measured the same way in the same run, so their ratio is fair. ` +
      `${r.search_queries} distinct RU/EN queries with a filter; each level runs ${r.search_level_seconds} s after a short warm-up.`,
    '',
    '| search | clients | rps | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  const label: Record<BackendName, string> = {
    search_graphql: 'API: GraphQL searchOfferings (filter + facets + highlights, rows from PostgreSQL)',
    search_meili_direct: 'Meilisearch direct (the same federated multi-search)',
    search_graphql_hits: 'API, hits only (no facets, highlights or total asked)',
    search_meili_hits: 'Meilisearch direct, hits only (the same request)',
    search_postgres_fts: "PostgreSQL FTS (russian, GIN, ts_rank, top 20 ids, no facets)",
  };
  for (const name of BACKENDS) {
    for (const c of LEVELS) {
      const l = r[name][`c${c}`];
      lines.push(`| ${label[name]} | ${c} | ${l.rps} | ${cell(l.p50_ms)} | ${cell(l.p95_ms)} | ${cell(l.p99_ms)} | ${l.errors} |`);
    }
  }
  lines.push(
    '',
    `API p95 / direct Meilisearch p95: c1 ${cell(r.api_to_meili_p95_ratio.c1)}x, c8 ${cell(r.api_to_meili_p95_ratio.c8)}x, c32 ${cell(r.api_to_meili_p95_ratio.c32)}x. ` +
      `Hits only: c1 ${cell(r.hits_api_to_meili_p95_ratio.c1)}x, c8 ${cell(r.hits_api_to_meili_p95_ratio.c8)}x, c32 ${cell(r.hits_api_to_meili_p95_ratio.c32)}x. ` +
      `Same first page through the API and directly: ${r.search_equivalence.same_set}/${r.search_equivalence.queries} queries (same order: ${r.search_equivalence.same_order}).`,
    '',
    '| measure | value |',
    '|---|---|',
    `| bulk load (PostgreSQL, one transaction) | ${r.bulk.load_s} s, ${r.bulk.load_rows_per_s} rows/s |`,
    `| bulk indexing (outbox relay -> Meilisearch, until all searchable) | ${r.bulk.documents} docs in ${r.bulk.index_s} s = **${r.bulk_index_docs_per_s} docs/s** (load + index: ${r.bulk.end_to_end_docs_per_s} docs/s) |`,
    `| sync latency (${r.sync.offerings} offerings via GraphQL, ${r.sync.clients} clients) | p50 ${cell(r.sync_p50_ms)} ms, p95 **${cell(r.sync_p95_ms)} ms**, max ${cell(r.sync_max_ms)} ms, errors ${r.sync.errors} (createOffering p50 ${cell(r.sync.create_p50_ms)} ms) |`,
    `| need.matches (${r.matching.needs} needs, 1 client, as the need's organization) | ${r.matching.note ?? `p50 ${cell(r.match_p50_ms)} ms, p95 **${cell(r.match_p95_ms)} ms**, errors ${r.matching.errors}`} |`,
    `| import of ${r.import.rows} offerings from an XLSX (${Math.round(r.import.file_bytes / 1024)} KB) | preview ${r.import.preview_s} s (${r.import.preview_rows_per_s} rows/s), apply ${r.import.apply_s} s (**${r.import.apply_rows_per_s} rows/s**), all searchable ${cell(r.import.searchable_after_apply_s)} s after apply (${cell(r.import.total_s)} s from upload) |`,
    `| API peak RSS (VmHWM of the API process) | **${r.api_peak_rss_mb} MB** |`,
    `| wall time | ${r.wall_s} s |`,
    '',
    '| goal | target | actual | met |',
    '|---|---|---|---|',
    ...r.goals.map((g) => `| ${g.goal} | ${g.target} | ${g.actual} | ${g.met === null ? 'n/a' : g.met ? 'yes' : '**no**'} |`),
  );
  lines.push(
    '',
    '| phase | wall s | API CPU s | Meilisearch CPU s | PostgreSQL CPU s | load generator CPU s | other processes CPU s | machine busy | API RSS max MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(r.cpu_by_phase).map(
      ([name, c]) =>
        `| ${name} | ${c.wall_s} | ${c.api_cpu_s} | ${c.meilisearch_cpu_s} | ${c.postgres_cpu_s} | ${c.bench_cpu_s} | ${c.other_cpu_s}${c.other_pct > 10 ? ' ⚠' : ''} | ${c.machine_busy_pct} % | ${cell(c.api_rss_max_mb)} |`,
    ),
  );
  if (r.scale_out) lines.push('', scaleOutMarkdown(r.scale_out));
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
