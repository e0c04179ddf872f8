// A readable digest of a V8 .cpuprofile (from `npm run bench -- --profile`): self time by function
// and by package, so "where does the API spend its CPU" is answered without opening DevTools.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** "node_modules/@nestjs/core/..." -> "@nestjs/core"; our sources by lib; Node internals as "node:". */
export function packageOf(url: string): string {
  if (!url) return '(native/idle/gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node: internals';
  const ours = /\/(libs\/[^/]+|apps\/[^/]+|tools|tests)\//.exec(url);
  return ours ? ours[1]! : url;
}

/**
 * Self time by package and by function. `skipFirstMs` leaves out the start of the process (module
 * loading and compiling the TypeScript sources, which production does not pay at run time).
 */
export function summarizeProfile(file: string, top = 25, skipFirstMs = 0): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at - profile.startTime >= skipFirstMs * 1000) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const total = [...selfUs.values()].reduce((s, x) => s + x, 0) || 1;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|libs|apps)\//, '$1/')}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const pkg = frame.functionName === '(idle)' ? '(idle)' : frame.functionName === '(garbage collector)' ? '(gc)' : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  const rows = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  return [
    `total sampled ${(total / 1e6).toFixed(1)} s`,
    'self time by package:',
    ...rows(byPackage, 20),
    'self time by function:',
    ...rows(byFunction, top),
  ].join('\n');
}

// `node --import ./tools/register.mjs tools/bench/profile-summary.ts file.cpuprofile`
// `... profile-summary.ts file.cpuprofile [top] [skipFirstMs]`
if (process.argv[1]?.endsWith('profile-summary.ts') && process.argv[2]) {
  process.stdout.write(summarizeProfile(process.argv[2], Number(process.argv[3] ?? 25), Number(process.argv[4] ?? 0)) + '\n');
}
