// The sandbox cloud in a process of its own (`sandbox/main.ts`), so that its work
// and the load generator's do not share one thread and distort each other.
import { spawn } from 'node:child_process';
import { ROOT } from './build';

export interface SandboxProcess {
  authUrl: string;
  /** Its process group, for CPU accounting. */
  pid: number;
  stop(): void;
}

export async function startSandboxProcess(port: number): Promise<SandboxProcess> {
  const authUrl = `http://127.0.0.1:${port}/v3`;
  const taken = await fetch(authUrl).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SANDBOX_HOST: '127.0.0.1',
      SANDBOX_PORT: String(port),
      SANDBOX_BOOT_MS: '200',
    },
    stdio: 'ignore',
    detached: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped || !child.pid) return;
    stopped = true;
    process.off('exit', stop);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const until = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(authUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > until) {
      stop();
      throw new Error('the sandbox did not start');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { authUrl, pid: child.pid!, stop };
}
