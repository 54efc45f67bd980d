// The sandbox cloud in a process of its own (`sandbox/main.ts`), so that its work
// and the load generator's do not share one thread and distort each other.
import { ROOT } from './build';
import { startServiceProcess } from './service-process';

export interface SandboxProcess {
  authUrl: string;
  /** Its process group, for CPU accounting. */
  pid: number;
  stop(): void;
}

/** `env`: more of the sandbox's settings (SANDBOX_STUDENTS, SANDBOX_BOOT_MS, …). */
export async function startSandboxProcess(
  port: number,
  env: Record<string, string> = {},
): Promise<SandboxProcess> {
  const authUrl = `http://127.0.0.1:${port}/v3`;
  const taken = await fetch(authUrl).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use`);
  const running = await startServiceProcess(
    'the sandbox',
    process.execPath,
    ['--import', 'tsx', 'sandbox/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SANDBOX_HOST: '127.0.0.1',
        SANDBOX_PORT: String(port),
        SANDBOX_BOOT_MS: '200',
        ...env,
      },
    },
    authUrl,
  );
  return { authUrl, ...running };
}
