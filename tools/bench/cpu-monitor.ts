// Who used the cores during each phase: CPU seconds of the API, Meilisearch, PostgreSQL (the postmaster
// and its backends), the benchmark process itself (the load generator), and everything else on the
// machine (from /proc/stat): a run next to other busy processes is flagged instead of silently wrong.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks (USER_HZ): 100 on every mainstream architecture. */
const CLK_TCK = 100;

export type CpuGroup = 'api' | 'meilisearch' | 'postgres' | 'bench';
const GROUPS: CpuGroup[] = ['api', 'meilisearch', 'postgres', 'bench'];
export type CpuSnapshot = Record<CpuGroup | 'machine', number> & { at: number };

function ticksOf(pid: number): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces: fields are counted from the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  return (ticksOf(pid)?.ticks ?? 0) / CLK_TCK;
}

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Busy CPU seconds of the whole machine since boot (all cores; idle and iowait excluded). */
function machineBusySeconds(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu!.trim().split(/\s+/).slice(1).map(Number);
  void idle;
  void iowait;
  return (user! + nice! + system! + irq! + softirq! + steal!) / CLK_TCK;
}

export class CpuMonitor {
  readonly pids: Partial<Record<'api' | 'meilisearch' | 'postgres', number>> = {};
  // PostgreSQL backends come and go with connections and take their CPU time with them: the
  // postmaster's children are sampled often and each one's last value kept.
  private readonly pgTicks = new Map<number, number>();
  /** Highest API VmRSS (kB) seen since each key was reset (one key per open phase). */
  readonly apiRssPeakKb = new Map<string, number>();
  private apiTicks = 0;
  private apiOffset = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): this {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    if (this.pids.api) {
      this.apiTicks = Math.max(this.apiTicks, ticksOf(this.pids.api)?.ticks ?? 0);
      const rss = rssKb(this.pids.api);
      for (const [key, peak] of this.apiRssPeakKb) if (rss > peak) this.apiRssPeakKb.set(key, rss);
    }
    const master = this.pids.postgres;
    if (!master) return;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      const s = ticksOf(pid);
      if (s && (pid === master || s.ppid === master)) this.pgTicks.set(pid, Math.max(this.pgTicks.get(pid) ?? 0, s.ticks));
    }
  }

  /** Attach a new API process (its CPU counts from zero). */
  setApi(pid: number | undefined): void {
    this.sample();
    this.pids.api = pid;
    this.apiOffset += this.apiTicks;
    this.apiTicks = 0;
  }

  snapshot(): CpuSnapshot {
    this.sample();
    const usage = process.cpuUsage();
    return {
      at: performance.now(),
      api: (this.apiOffset + this.apiTicks) / CLK_TCK,
      meilisearch: this.pids.meilisearch ? (ticksOf(this.pids.meilisearch)?.ticks ?? 0) / CLK_TCK : 0,
      postgres: [...this.pgTicks.values()].reduce((s, t) => s + t, 0) / CLK_TCK,
      bench: (usage.user + usage.system) / 1e6,
      machine: machineBusySeconds(),
    };
  }
}

export interface PhaseCpu {
  wall_s: number;
  api_cpu_s: number;
  meilisearch_cpu_s: number;
  postgres_cpu_s: number;
  bench_cpu_s: number;
  /** CPU seconds used by processes that are not part of the benchmark (other users' work). */
  other_cpu_s: number;
  /** Share of the machine (all cores) that was busy. */
  machine_busy_pct: number;
  /** Share of the machine taken by other processes: above ~10 % the figures of this phase are not trustworthy. */
  other_pct: number;
  /** Highest resident memory of the API process during the phase (null before it runs). */
  api_rss_max_mb: number | null;
}

export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot, cores: number): PhaseCpu {
  const wall = (b.at - a.at) / 1000;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const ours = GROUPS.reduce((s, g) => s + (b[g] - a[g]), 0);
  const busy = b.machine - a.machine;
  const other = Math.max(0, busy - ours);
  const capacity = Math.max(wall * cores, 1e-9);
  return {
    wall_s: r1(wall),
    api_cpu_s: r1(b.api - a.api),
    meilisearch_cpu_s: r1(b.meilisearch - a.meilisearch),
    postgres_cpu_s: r1(b.postgres - a.postgres),
    bench_cpu_s: r1(b.bench - a.bench),
    other_cpu_s: r1(other),
    machine_busy_pct: Math.round((busy / capacity) * 100),
    other_pct: Math.round((other / capacity) * 100),
    api_rss_max_mb: null,
  };
}

/** CPU accounting per named phase of a run. */
export class PhaseRecorder {
  readonly phases: Record<string, PhaseCpu> = {};
  private readonly open = new Map<string, CpuSnapshot>();

  constructor(readonly monitor: CpuMonitor, private readonly cores: number) {}

  begin(name: string): void {
    this.monitor.apiRssPeakKb.set(name, 0);
    this.open.set(name, this.monitor.snapshot());
  }

  end(name: string): PhaseCpu {
    const started = this.open.get(name);
    if (!started) throw new Error(`phase ${name} was not begun`);
    this.open.delete(name);
    const cpu = cpuBetween(started, this.monitor.snapshot(), this.cores);
    const rss = this.monitor.apiRssPeakKb.get(name) ?? 0;
    this.monitor.apiRssPeakKb.delete(name);
    cpu.api_rss_max_mb = rss > 0 ? Math.round(rss / 1024) : null;
    return (this.phases[name] = cpu);
  }

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.begin(name);
    try {
      return await work();
    } finally {
      this.end(name);
    }
  }
}
