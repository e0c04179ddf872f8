import { setTimeout as sleep } from 'node:timers/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a server left running by a process that was killed without cleaning up (e.g. `kill -9`). */
export async function stopStaleProcess(pid: number | undefined, name: string): Promise<void> {
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  process.stderr.write(`Stopped a stale ${name} process (pid ${pid}) left by an earlier run\n`);
}
