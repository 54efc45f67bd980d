#!/usr/bin/env node
// `npm run demo`: build the dashboard if needed, start the sandbox cloud and the
// dashboard (production build), print where to go and how to sign in.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsBuild } from './lib/needs-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8788);
const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SANDBOX_PORT: String(sandboxPort) };

// One secret per checkout, so sessions survive a restart of the demo.
function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, '.demo-secret');
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function waitFor(target, label, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${label} did not answer at ${target} within ${timeoutMs / 1000}s`);
}

if (needsBuild(root) && process.env.DEMO_SKIP_BUILD !== '1') {
  console.log('Building the dashboard (next build)…');
  const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
function start(label, command, args, extraEnv) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${label}] `;
  child.stdout.on('data', (d) => process.stdout.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.stderr.on('data', (d) => process.stderr.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.on('exit', (code) => {
    console.log(`${prefix}exited with ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start('sandbox', 'npx', ['tsx', 'sandbox/main.ts'], {
  SANDBOX_STATE: process.env.SANDBOX_STATE ?? path.join(root, '.sandbox-state.json'),
});
await waitFor(`http://127.0.0.1:${sandboxPort}/v3`, 'The sandbox cloud');
start('dashboard', 'npx', ['next', 'start', '-p', String(port)], {
  NEXTAUTH_URL: url,
  NEXTAUTH_SECRET: secret(),
  // The sandbox serves instance consoles on its compute ports (RegionOne, RegionTwo).
  DASHBOARD_FRAME_SRC:
    process.env.DASHBOARD_FRAME_SRC ??
    `http://127.0.0.1:${sandboxPort + 1} http://127.0.0.1:${sandboxPort + 11}`,
});
await waitFor(`http://127.0.0.1:${port}/login`, 'The dashboard');

// A class (SANDBOX_STUDENTS=n): one line with the pattern and the password, not n lines.
const students = Number(process.env.SANDBOX_STUDENTS ?? 0);
const last = `student${String(students).padStart(2, '0')}`;
const studentLine =
  Number.isInteger(students) && students > 0
    ? `\n               ${students === 1 ? 'student01' : `student01 … ${last}`} / ${
        process.env.SANDBOX_STUDENT_PASSWORD
          ? `password ${process.env.SANDBOX_STUDENT_PASSWORD}`
          : 'password = user name'
      }  (each in its own project of the same name)`
    : '';

console.log(`
  OpenStack dashboard with the sandbox cloud is running.

    Open       ${url}
    Sign in    demo / demo      (member of projects "demo" and "class-lab")
               admin / admin    (admin of project "admin")${studentLine}
    Domain     Default

  The sandbox keeps its state in ${process.env.SANDBOX_STATE ?? '.sandbox-state.json'}.
  Stop with Ctrl+C.
`);
