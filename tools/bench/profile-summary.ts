// A readable digest of a V8 .cpuprofile (from `npm run bench -- --profile`): self and inclusive time
// by function and by package, per operation when the profiled window's operations are known, so
// "where does the API spend its CPU per search" is answered without opening DevTools.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The part of a profile to digest: timestamps in µs of the monotonic clock V8 stamps samples with
 * (the same clock as `process.hrtime` in any process of the machine), and how many operations (searches)
 * ran in it, to give costs per operation.
 */
export interface ProfileWindow {
  fromUs?: number;
  toUs?: number;
  operations?: number;
  label?: string;
}

/** "node_modules/@nestjs/core/..." -> "@nestjs/core"; our sources by lib; Node internals by module. */
export function packageOf(url: string): string {
  if (!url) return '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:internal/deps/undici')) return 'node:undici (fetch)';
  if (url.startsWith('node:')) {
    const parts = url.slice(5).split('/');
    const name = parts[0] === 'internal' ? (parts[1] ?? 'internal').replace(/\.js$/, '').replace(/_.*$/, '') : parts[0]!;
    return `node:${name}`;
  }
  const ours = /(?:^|\/)(libs\/[^/]+|apps\/[^/]+|tools|tests)\//.exec(url);
  return ours ? ours[1]! : url;
}

/** Maps frames of a bundle (dist/apps/api/main.js) to their TypeScript sources through its source map. */
class SourceMapper {
  private readonly maps = new Map<string, SourceMap | null>();

  resolve(frame: CallFrame): { url: string; line: number } {
    const map = this.mapOf(frame.url);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (!entry?.originalSource) return { url: frame.url, line: frame.lineNumber + 1 };
    return { url: entry.originalSource.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, ''), line: (entry.originalLine ?? 0) + 1 };
  }

  private mapOf(url: string): SourceMap | null {
    if (!url.startsWith('file://') || url.includes('/node_modules/')) return null;
    let map = this.maps.get(url);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
      } catch {
        map = null;
      }
      this.maps.set(url, map);
    }
    return map;
  }
}

/**
 * Who a sample's time belongs to: the first frame, from the sampled function up its callers, that one of
 * these claims by "package function-and-file" (a socket write under pg is PostgreSQL's; under express,
 * the HTTP response's; under the Meilisearch HTTP client, Meilisearch's). Node's own stream, net and
 * http-client frames claim nothing: whoever called them does.
 */
const STAGES: Array<[string, RegExp]> = [
  ['Meilisearch client (meilisearch-js, its HTTP client)', /^(meilisearch|node:undici \(fetch\)) |meili\/node-http-client\.ts/],
  ['ours (libs/*, apps/*)', /^(libs|apps)\//],
  ['PostgreSQL client (TypeORM, pg)', /^(typeorm|pg|pg-.*|postgres-.*|@nestjs\/typeorm) /],
  ['Nest (context creator, guards, pipes)', /^(@nestjs\/.*|class-validator|class-transformer|dataloader|reflect-metadata) /],
  ['GraphQL execution (graphql-js)', /^graphql /],
  ['Apollo Server', /^(@apollo\/.*|@as-integrations\/.*|whatwg-mimetype|negotiator) /],
  ['metrics and logging', /^(prom-client|pino.*) /],
  ['HTTP server (express, node:http server)', /^(express|router|body-parser|raw-body|helmet|.*type-is|finalhandler|send|on-finished|content-type|node:_http_server) /],
  ['async context (AsyncLocalStorage, promise hooks)', /^node:async_hooks /],
];
/** The issue's suspects, each as the inclusive time of the frames that match (by "function url"). */
const SUSPECTS: Array<[string, RegExp]> = [
  ['Nest per resolver call (context creator: guards, pipes, param resolution)', /external-context-creator\.js/],
  ['  guards (AccessGuard, RateLimitGuard)', /guards-consumer\.js|access\.guard\.ts|rate-limit\.guard\.ts/],
  ['  validation pipe (class-transformer, class-validator)', /validation\.pipe\.ts|class-validator|class-transformer/],
  ['DataLoader and the loader registry', /dataloader|loader-registry\.ts/],
  ['TypeORM (query building, hydration) and pg', /node_modules\/(typeorm|pg)\//],
  ['Meilisearch client (meilisearch-js + its HTTP client)', /node_modules\/meilisearch|node-http-client\.ts|deps\/undici/],
  ['Apollo request pipeline (parse/validate cache, plugins, response)', /@apollo\/server/],
  ['  query limits rule (depth, aliases, cost)', /query-limits\.ts/],
  ['  observability plugin (metrics, log line)', /graphql-observability\.plugin\.ts/],
  ['  formatError', /graphql-error-formatter\.ts/],
  ['graphql-js execution', /node_modules\/graphql\/execution/],
  ['Express ETag of the response (sha1 of the body)', /generateETag|createETagGenerator|node_modules\/etag\//],
  ['helmet headers', /node_modules\/helmet/],
  ['prom-client', /node_modules\/prom-client/],
  ['pino', /node_modules\/pino/],
  ['TermFrequencies look-ups', /term-frequencies\.ts/],
  ['search selection (reading the selection set)', /search-selection\.ts/],
  ['AsyncLocalStorage promise hooks', /node:internal\/async_hooks|node:async_hooks/],
  ['socket writes (writev: loopback TCP to the client, PostgreSQL, Meilisearch)', /^writev /],
];

const OTHER_STAGE = 'other (microtask queue, timers, GC, natives)';

export interface ProfileDigest {
  /** µs of samples in the window that were not idle. */
  busyUs: number;
  idleUs: number;
  operations?: number;
  selfByFunction: Map<string, number>;
  inclusiveByFunction: Map<string, number>;
  selfByPackage: Map<string, number>;
  inclusiveByPackage: Map<string, number>;
  byStage: Map<string, number>;
  suspects: Map<string, number>;
}

const IDLE = new Set(['(idle)', '(program)']);

/**
 * Self time (the function itself) and inclusive time (the function and everything it called; recursion
 * counted once) of the non-idle samples in `window`.
 */
export function digestProfile(profile: CpuProfile, window: ProfileWindow = {}): ProfileDigest {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const mapper = new SourceMapper();
  const frameKeys = new Map<number, { fn: string; pkg: string }>();
  const keysOf = (id: number) => {
    let keys = frameKeys.get(id);
    if (!keys) {
      const frame = byId.get(id)!.callFrame;
      const name = frame.functionName || '(anonymous)';
      const special = name.startsWith('(') && !frame.url;
      const { url, line } = mapper.resolve(frame);
      const where = url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(libs|apps|tools)\//, '$1/');
      const pkg = name === '(garbage collector)' ? '(gc)' : special ? name : url ? packageOf(url) : `(native) ${name}`;
      keys = { fn: special ? name : `${name} ${where}:${line}`, pkg };
      frameKeys.set(id, keys);
    }
    return keys;
  };
  const stackKeys = new Map<number, { fns: string[]; pkgs: string[]; stage: string; suspects: string[] }>();
  const stackOf = (id: number) => {
    let stack = stackKeys.get(id);
    if (!stack) {
      const fns = new Set<string>();
      const pkgs = new Set<string>();
      let stage: string | undefined;
      const suspects = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const keys = keysOf(at);
        const frame = byId.get(at)!.callFrame;
        for (const [label, pattern] of SUSPECTS) if (pattern.test(`${keys.fn} ${frame.url}`)) suspects.add(label);
        if (keys.fn === '(root)') continue;
        fns.add(keys.fn);
        pkgs.add(keys.pkg);
        stage ??= STAGES.find(([, pattern]) => pattern.test(`${keys.pkg} ${keys.fn}`))?.[0];
      }
      stack = { fns: [...fns], pkgs: [...pkgs], stage: stage ?? (keys0(id) === '(gc)' ? '(gc)' : OTHER_STAGE), suspects: [...suspects] };
      stackKeys.set(id, stack);
    }
    return stack;
  };
  const keys0 = (id: number) => keysOf(id).pkg;
  const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
  const digest: ProfileDigest = {
    busyUs: 0,
    idleUs: 0,
    operations: window.operations,
    selfByFunction: new Map(),
    inclusiveByFunction: new Map(),
    selfByPackage: new Map(),
    inclusiveByPackage: new Map(),
    byStage: new Map(),
    suspects: new Map(SUSPECTS.map(([label]) => [label, 0])),
  };
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if ((window.fromUs !== undefined && at < window.fromUs) || (window.toUs !== undefined && at > window.toUs)) return;
    const own = keysOf(id);
    if (IDLE.has(own.fn)) {
      digest.idleUs += delta;
      return;
    }
    digest.busyUs += delta;
    add(digest.selfByFunction, own.fn, delta);
    add(digest.selfByPackage, own.pkg, delta);
    const stack = stackOf(id);
    for (const fn of stack.fns) add(digest.inclusiveByFunction, fn, delta);
    for (const pkg of stack.pkgs) add(digest.inclusiveByPackage, pkg, delta);
    add(digest.byStage, stack.stage, delta);
    for (const label of stack.suspects) add(digest.suspects, label, delta);
  });
  return digest;
}

/**
 * The digest as markdown tables, by share of the busy samples and in ms per operation. V8 samples by wall
 * time, so on a busy machine a descheduled thread's waits land in whatever it runs next: with `cpuMsPerOperation`
 * (the process's CPU from /proc over the same window) the shares are scaled to it instead of to the samples.
 */
export function profileTables(digest: ProfileDigest, top = 25, cpuMsPerOperation?: number): string {
  const per = digest.operations ?? 0;
  const sampledMs = per ? digest.busyUs / 1000 / per : 0;
  const scale = cpuMsPerOperation ?? sampledMs;
  const head = per ? '| ms per search | % of busy |' : '| ms | % of busy |';
  const cell = (us: number) => {
    const share = us / Math.max(digest.busyUs, 1);
    return `${per ? (share * scale).toFixed(3) : (us / 1000).toFixed(0)} | ${(share * 100).toFixed(1)} %`;
  };
  const table = (title: string, m: Map<string, number>, n: number, sort = true) => [
    '',
    `${head.replace('|', `| ${title} |`)}`,
    '|---|---:|---:|',
    ...[...m]
      .sort((a, b) => (sort ? b[1] - a[1] : 0))
      .slice(0, n)
      .map(([k, us]) => `| ${k.replace(/\|/g, '\\|')} | ${cell(us)} |`),
  ];
  const busy = per
    ? `${per} searches; ${(digest.busyUs / 1e6).toFixed(1)} s of samples (${sampledMs.toFixed(2)} ms a search)` +
      (cpuMsPerOperation ? `; the API's CPU from /proc: ${cpuMsPerOperation.toFixed(2)} ms a search, which the ms columns are scaled to` : '')
    : `${(digest.busyUs / 1e6).toFixed(1)} s busy`;
  return [
    `Main thread: ${busy}; idle ${(digest.idleUs / 1e6).toFixed(1)} s.`,
    ...table('whose code (the first claimed package from the sampled function up)', digest.byStage, 20),
    ...table("the issue's suspects (inclusive; they overlap)", digest.suspects, SUSPECTS.length, false),
    ...table('package (self)', digest.selfByPackage, 20),
    ...table('package (inclusive: it and what it called)', digest.inclusiveByPackage, 20),
    ...table('function (self)', digest.selfByFunction, top),
    ...table('function (inclusive)', digest.inclusiveByFunction, top),
  ].join('\n');
}

/**
 * Self time by package and by function of a profile file. `skipFirstMs` leaves out the start of the
 * process (module loading and compiling, which production pays once); `window` narrows it to a phase.
 */
export function summarizeProfile(file: string, top = 25, skipFirstMs = 0, window: ProfileWindow = {}): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const from = Math.max(window.fromUs ?? 0, profile.startTime + skipFirstMs * 1000);
  return profileTables(digestProfile(profile, { ...window, fromUs: from }), top);
}

// `node --import ./tools/register.mjs tools/bench/profile-summary.ts file.cpuprofile [top] [skipFirstMs] [fromUs toUs operations]`
if (process.argv[1]?.endsWith('profile-summary.ts') && process.argv[2]) {
  const [file, top, skip, fromUs, toUs, operations] = process.argv.slice(2);
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  process.stdout.write(summarizeProfile(file!, num(top) ?? 25, num(skip) ?? 0, { fromUs: num(fromUs), toUs: num(toUs), operations: num(operations) }) + '\n');
}
