import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { get, issue, json, login, start, type Json } from './helpers';

/** A base port whose whole block (identity + both regions' slots) is free right now. */
async function freeBlock(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const base = 20000 + Math.floor(Math.random() * 20000);
    const ports = [
      base,
      base + 1,
      base + 2,
      base + 3,
      base + 4,
      base + 5,
      base + 11,
      base + 12,
      base + 13,
      base + 14,
      base + 15,
    ];
    const servers = await Promise.all(
      ports.map(
        (port) =>
          new Promise<ReturnType<typeof createServer> | null>((resolve) => {
            const server = createServer();
            server.once('error', () => resolve(null));
            server.listen(port, '127.0.0.1', () => resolve(server));
          }),
      ),
    );
    await Promise.all(servers.map((s) => new Promise((r) => (s ? s.close(r) : r(null)))));
    if (servers.every(Boolean)) return base;
  }
  throw new Error('no free port block');
}

describe('sandbox layout', () => {
  it('puts identity on the base port and the regional services on base+1… / base+11…', async () => {
    const base = await freeBlock();
    const sandbox = await start({ port: base });
    try {
      expect(sandbox.authUrl).toBe(`http://127.0.0.1:${base}/v3`);
      expect(sandbox.endpoints).toEqual({
        RegionOne: {
          identity: `http://127.0.0.1:${base}/v3/`,
          compute: `http://127.0.0.1:${base + 1}/v2.1`,
          image: `http://127.0.0.1:${base + 2}`,
          network: `http://127.0.0.1:${base + 3}`,
          volumev3: `http://127.0.0.1:${base + 4}/v3/$(project_id)s`,
          'object-store': `http://127.0.0.1:${base + 5}/v1/AUTH_$(project_id)s`,
          'container-infra': `http://127.0.0.1:${base + 7}/v1`,
          orchestration: `http://127.0.0.1:${base + 6}/v1/$(project_id)s`,
          placement: `http://127.0.0.1:${base + 8}`,
        },
        RegionTwo: {
          identity: `http://127.0.0.1:${base}/v3/`,
          compute: `http://127.0.0.1:${base + 11}/v2.1`,
          image: `http://127.0.0.1:${base + 12}`,
          network: `http://127.0.0.1:${base + 13}`,
          volumev3: `http://127.0.0.1:${base + 14}/v3/$(project_id)s`,
          'object-store': `http://127.0.0.1:${base + 15}/v1/AUTH_$(project_id)s`,
          'container-infra': `http://127.0.0.1:${base + 17}/v1`,
          orchestration: `http://127.0.0.1:${base + 16}/v1/$(project_id)s`,
          placement: `http://127.0.0.1:${base + 18}`,
        },
      });
    } finally {
      await sandbox.close();
    }
  });

  it('creates studentNN users, each a member of an own default project', async () => {
    const sandbox = await start({ students: 12 });
    try {
      const res = await issue(sandbox.authUrl, { user: 'student12', password: 'student12' });
      expect(res.status).toBe(201);
      const { token } = await json(res);
      expect(token.project.name).toBe('student12');
      expect(token.roles.map((r: Json) => r.name).sort()).toEqual(['member', 'reader']);
      const projects = await json(
        await get(`${sandbox.authUrl}/auth/projects`, res.headers.get('x-subject-token') ?? ''),
      );
      expect(projects.projects.map((p: Json) => p.name)).toEqual(['student12']);
      const foreign = await issue(sandbox.authUrl, {
        user: 'student01',
        password: 'student01',
        scope: { project: { name: 'student02', domain: { name: 'Default' } } },
      });
      expect(foreign.status).toBe(401);
      expect(
        (await issue(sandbox.authUrl, { user: 'student13', password: 'student13' })).status,
      ).toBe(401);
    } finally {
      await sandbox.close();
    }
  });

  it('runs as `npm run sandbox`: prints the URLs and logins, saves state on SIGTERM, exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    const base = await freeBlock();
    const statePath = join(dir, 'state.json');
    const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['sandbox/main.ts'], {
      env: {
        ...process.env,
        SANDBOX_PORT: String(base),
        SANDBOX_STUDENTS: '2',
        SANDBOX_STATE: statePath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${output}`)), 15000);
        child.stdout.on('data', () => {
          if (output.includes('state saved to')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      expect(output).toContain(`OS_AUTH_URL=http://127.0.0.1:${base}/v3`);
      expect(output).toContain(`http://127.0.0.1:${base + 11}/v2.1`);
      expect(output).toContain('demo / demo -> demo');
      expect(output).toContain(
        'student01 … student02 / password = user name -> each a member of its own project of the same name',
      );
      expect(output).not.toContain('student02 / student02');
      await login(`http://127.0.0.1:${base}/v3`, 'student01');
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      const saved = JSON.parse(await readFile(statePath, 'utf8')) as Json;
      expect(saved.identity.tokens.length).toBeGreaterThan(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
