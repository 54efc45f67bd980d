// Runs what a student would paste: the `openstack` CLI with an openrc's variables,
// Python with openstacksdk and a clouds.yaml, `openstack stack create` for HOT.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, inject, type TestContext } from 'vitest';

const run = promisify(execFile);

/** Keystone of the cloud under test: the devcloud, or a sandbox (REAL_TARGET=sandbox). */
export const AUTH_URL = inject('realAuthUrl');
export const TARGET = inject('realTarget');

/**
 * The reason the files once gave to skip their HOT templates on the sandbox. Its
 * Heat engine now makes every resource type these files' templates use, so
 * this reason no longer skips anything: the templates run on both clouds. (The
 * files still name it; removing those calls is their owners' change.)
 */
export const NO_SANDBOX_HEAT =
  "this file's HOT templates have not been run against the sandbox's Heat engine yet";

/**
 * Skip this test on the sandbox, printing the reason (as the e2e skip-reporter
 * does): only for what the sandbox truly cannot do yet, never to hide a failure.
 */
export function skipOnSandbox(ctx: TestContext, reason: string): void {
  if (TARGET !== 'sandbox' || reason === NO_SANDBOX_HEAT) return;
  console.log(`skipped on the sandbox: ${ctx.task.name}: ${reason}`);
  ctx.skip(reason);
}

/**
 * For the last part of a test that the sandbox cannot do yet: true (and the
 * reason printed) on the sandbox, so the test stops there; false elsewhere.
 */
export function sandboxLacks(reason: string): boolean {
  if (TARGET !== 'sandbox' || reason === NO_SANDBOX_HEAT) return false;
  const test = expect.getState().currentTestName ?? 'this test';
  console.log(`not run on the sandbox: the rest of ${test}: ${reason}`);
  return true;
}

/** A name the cleanup finds: eq-<prefix>-<random>. */
export function uniqueName(prefix: string): string {
  return `eq-${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** demo is a project member; admin (admin in project "admin") may manage flavors. */
export type WorkspaceUser = 'demo' | 'admin';

const openrc = (user: WorkspaceUser) => ({
  OS_AUTH_URL: AUTH_URL,
  OS_USERNAME: user,
  OS_PASSWORD: user,
  OS_PROJECT_NAME: user,
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
  OS_REGION_NAME: 'RegionOne',
  OS_IDENTITY_API_VERSION: '3',
  OS_INTERFACE: 'public',
});

export interface Workspace {
  dir: string;
  home: string;
  env: Record<string, string>;
}

/** A scratch HOME with a clouds.yaml naming the cloud "openstack", as the snippets expect. */
export async function workspace(user: WorkspaceUser = 'demo'): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'equivalents-'));
  const home = path.join(dir, 'home');
  await mkdir(path.join(home, '.ssh'), { recursive: true });
  await mkdir(path.join(home, '.config', 'openstack'), { recursive: true });
  await writeFile(
    path.join(home, '.config', 'openstack', 'clouds.yaml'),
    [
      'clouds:',
      '  openstack:',
      '    auth:',
      `      auth_url: ${AUTH_URL}`,
      `      username: ${user}`,
      `      password: ${user}`,
      `      project_name: ${user}`,
      '      user_domain_name: Default',
      '      project_domain_name: Default',
      '    region_name: RegionOne',
      '    identity_api_version: 3',
      '',
    ].join('\n'),
  );
  // Debian's clients, never a pyenv python that lacks openstacksdk.
  const env = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    ...openrc(user),
  };
  return { dir, home, env };
}

/** REAL_TRACE=1 prints each command with its time, and the cloud's words when it fails. */
const TRACE = process.env.REAL_TRACE === '1';

async function traced<T>(what: string, work: () => Promise<T>): Promise<T> {
  if (!TRACE) return work();
  const started = Date.now();
  try {
    const result = await work();
    console.log(`[${Date.now() - started} ms] ${what}`);
    return result;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    console.log(`[${Date.now() - started} ms, failed] ${what}\n${stderr ?? String(error)}`);
    throw error;
  }
}

export async function shell(ws: Workspace, script: string): Promise<string> {
  return traced(script, () => shellRun(ws, script));
}

async function shellRun(ws: Workspace, script: string): Promise<string> {
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: ws.dir,
    // Next's types make NODE_ENV required; the child needs none.
    env: ws.env as unknown as NodeJS.ProcessEnv,
    timeout: 150_000,
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}

export async function python(ws: Workspace, code: string): Promise<string> {
  return traced(`python3 -c ${JSON.stringify(code.slice(0, 200))}`, () => pythonRun(ws, code));
}

async function pythonRun(ws: Workspace, code: string): Promise<string> {
  // The snippets read clouds.yaml, not the openrc variables.
  const env = Object.fromEntries(Object.entries(ws.env).filter(([k]) => !k.startsWith('OS_')));
  const { stdout } = await run('/usr/bin/python3', ['-c', code], {
    cwd: ws.dir,
    env: env as unknown as NodeJS.ProcessEnv,
    timeout: 150_000,
  });
  return stdout;
}

/** Create a stack from a HOT template and wait; returns after CREATE_COMPLETE. */
export async function stackCreate(ws: Workspace, name: string, template: string): Promise<void> {
  const file = path.join(ws.dir, `${name}.yaml`);
  await writeFile(file, template);
  await shell(ws, `openstack stack create --wait -t ${file} ${name} >/dev/null`);
}

export async function stackDelete(ws: Workspace, name: string): Promise<void> {
  await shell(ws, `openstack stack delete --yes --wait ${name} >/dev/null || true`);
}

/**
 * Clean-up commands run in order, each on its own: one that fails is tried again
 * (Neutron on the devcloud can be slow to let go of a port), and what still fails
 * is printed with the cloud's words rather than swallowed. A failed clean-up does
 * not fail the test file; it leaves a visible line in the log.
 */
export async function cleanUp(ws: Workspace, commands: string[], tries = 3): Promise<void> {
  for (const command of commands) {
    for (let attempt = 1; ; attempt++) {
      try {
        await shell(ws, command);
        break;
      } catch (error) {
        if (attempt >= tries) {
          const stderr = (error as { stderr?: string }).stderr?.trim();
          console.warn(`clean-up left something behind: ${command}\n${stderr ?? String(error)}`);
          break;
        }
        await new Promise((r) => setTimeout(r, 5_000 * attempt));
      }
    }
  }
}
