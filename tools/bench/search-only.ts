// The report of `npm run bench -- --phases search`: the search levels only, with the API's CPU per
// search (from /proc: robust on a shared machine, where latency is not) beside the latencies, and the
// CPU profile's cost table of one level when `--profile` is given.
import { readFileSync } from 'node:fs';
import type { PhaseCpu } from './cpu-monitor.js';
import { digestProfile, profileTables, type CpuProfile, type ProfileWindow } from './profile-summary.js';
import { ratio, type Equivalence, type Levels } from './report.js';
import type { SearchBackend, SearchShape } from './search-backends.js';

type BackendName = SearchBackend['name'];

export interface SearchOnlyRun {
  search: Partial<Record<BackendName, Partial<Levels>>>;
  phases: Record<string, PhaseCpu>;
  equivalence: Equivalence;
  windows: Record<string, ProfileWindow>;
  /** The API's .cpuprofile, when profiled. */
  profile?: string;
  profileLevel: string;
  levels: readonly number[];
  shapes: readonly SearchShape[];
}

const PAIRS: Record<SearchShape, [BackendName, BackendName, BackendName]> = {
  full: ['search_graphql', 'search_meili_direct', 'search_graphql_b'],
  hits: ['search_graphql_hits', 'search_meili_hits', 'search_graphql_hits_b'],
};

const ms = (cpuS: number | undefined, requests: number) => (cpuS === undefined || !requests ? 'n/a' : ((cpuS * 1000) / requests).toFixed(2));

export function searchOnlyReport(run: SearchOnlyRun): string {
  const lines = [
    `Same first page through the API and directly: ${run.equivalence.same_set}/${run.equivalence.queries} (same order ${run.equivalence.same_order}).`,
    '',
    '| shape | clients | API rps | API p95 ms | direct p95 ms | ratio | API CPU ms / search | Meilisearch CPU ms / search (API / direct) | other processes CPU s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const shape of run.shapes) {
    const [apiName, directName, compareName] = PAIRS[shape];
    for (const [label, name] of [[shape, apiName], [`${shape}, --compare build`, compareName]] as const) {
      if (!run.search[name]) continue;
      row(label, name, directName);
    }
  }
  function row(shape: string, apiName: BackendName, directName: BackendName) {
    for (const c of run.levels) {
      const key = `c${c}` as keyof Levels;
      const api = run.search[apiName]?.[key];
      const direct = run.search[directName]?.[key];
      if (!api || !direct) continue;
      const apiCpu = run.phases[`${apiName}_${key}`];
      const directCpu = run.phases[`${directName}_${key}`];
      lines.push(
        `| ${shape} | ${c} | ${api.rps} | ${api.p95_ms} | ${direct.p95_ms} | ${ratio(api.p95_ms, direct.p95_ms)}x | ${ms(apiCpu?.api_cpu_s, api.requests)} | ` +
          `${ms(apiCpu?.meilisearch_cpu_s, api.requests)} / ${ms(directCpu?.meilisearch_cpu_s, direct.requests)} | ${apiCpu?.other_cpu_s ?? 'n/a'} / ${directCpu?.other_cpu_s ?? 'n/a'} |`,
      );
    }
  }
  const window = run.windows[run.profileLevel];
  if (run.profile && window) {
    const profile = JSON.parse(readFileSync(run.profile, 'utf8')) as CpuProfile;
    const cpu = run.phases[run.profileLevel];
    const cpuMs = cpu && window.operations ? (cpu.api_cpu_s * 1000) / window.operations : undefined;
    lines.push('', `CPU profile of the API during ${run.profileLevel} (${run.profile}):`, '', profileTables(digestProfile(profile, window), 30, cpuMs));
  }
  return lines.join('\n');
}
