export interface SandboxOptions {
  host?: string;
  /** Identity port; 0 picks a free port for every listener (tests). */
  port?: number;
  tokenTtlSeconds?: number;
  students?: number;
  /** Every student's password (SANDBOX_STUDENT_PASSWORD); unset = the student's user name. */
  studentPassword?: string;
  statePath?: string;
  quiet?: boolean;
  /** How long a Nova server takes to boot (SANDBOX_BOOT_MS); other transitions scale with it. */
  bootMs?: number;
  /** Test only (SANDBOX_FAULTS=1): the fault switch at /__sandbox/faults on Keystone's port. */
  faults?: boolean;
}

export interface ResolvedOptions {
  host: string;
  port: number;
  tokenTtlSeconds: number;
  students: number;
  studentPassword: string | null;
  statePath: string | null;
  quiet: boolean;
  bootMs: number;
  faults: boolean;
}

export const DEFAULT_PORT = 8788;
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
export const MAX_STUDENTS = 200;
export const DEFAULT_BOOT_MS = 3000;

type Environment = Readonly<Record<string, string | undefined>>;

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function studentPassword(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length > 72 || /\s/.test(value)) {
    throw new Error('studentPassword must be 1 to 72 characters without spaces');
  }
  return value;
}

export function resolveOptions(opts: SandboxOptions): ResolvedOptions {
  return {
    host: opts.host ?? '127.0.0.1',
    port: wholeNumber('port', opts.port ?? DEFAULT_PORT, 0, 65535 - 30),
    tokenTtlSeconds: wholeNumber(
      'tokenTtlSeconds',
      opts.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
      1,
      10 * 365 * 86400,
    ),
    students: wholeNumber('students', opts.students ?? 0, 0, MAX_STUDENTS),
    studentPassword: studentPassword(opts.studentPassword),
    statePath: opts.statePath || null,
    quiet: opts.quiet ?? false,
    bootMs: wholeNumber('bootMs', opts.bootMs ?? DEFAULT_BOOT_MS, 0, 3600000),
    faults: opts.faults ?? false,
  };
}

function envNumber(env: Environment, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
}

export function optionsFromEnv(env: Environment): SandboxOptions {
  const opts: SandboxOptions = {};
  if (env.SANDBOX_HOST) opts.host = env.SANDBOX_HOST;
  const port = envNumber(env, 'SANDBOX_PORT');
  if (port !== undefined) opts.port = port;
  const ttl = envNumber(env, 'SANDBOX_TOKEN_TTL');
  if (ttl !== undefined) opts.tokenTtlSeconds = ttl;
  const students = envNumber(env, 'SANDBOX_STUDENTS');
  if (students !== undefined) opts.students = students;
  if (env.SANDBOX_STUDENT_PASSWORD) opts.studentPassword = env.SANDBOX_STUDENT_PASSWORD;
  if (env.SANDBOX_STATE) opts.statePath = env.SANDBOX_STATE;
  const bootMs = envNumber(env, 'SANDBOX_BOOT_MS');
  if (bootMs !== undefined) opts.bootMs = bootMs;
  // Only an explicit 1 turns it on: a demo or class cloud never has it.
  if (env.SANDBOX_FAULTS === '1') opts.faults = true;
  return opts;
}
