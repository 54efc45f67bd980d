// A server the benchmark needs (the dashboard, a sandbox) in its own process
// group: started, waited for until `readyUrl` answers, stopped by stop() and
// also when this process exits, so it never outlives the benchmark.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface ServiceProcess {
  /** Its process group, for CPU accounting. */
  pid: number;
  stop(): void;
}

export async function startServiceProcess(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
  readyUrl: string,
): Promise<ServiceProcess> {
  const child = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
  let stopped = false;
  const stop = () => {
    if (stopped || !child.pid) return;
    stopped = true;
    process.off('exit', stop);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // the group has already gone
    }
  };
  process.once('exit', stop);
  const until = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(readyUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > until) {
      stop();
      throw new Error(`${name} did not start`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { pid: child.pid!, stop };
}
