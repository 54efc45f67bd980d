import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, issue, json, login, post, start, type Json } from './helpers';
import { startSandbox } from '../../sandbox/server';
import { SAVE_DEBOUNCE_MS } from '../../sandbox/store';

let dir: string;
let statePath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-state-'));
  statePath = join(dir, 'state.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('state persistence', () => {
  it('saves on close and reloads ids, tokens and key pairs', async () => {
    const first = await start({ statePath });
    const token = await login(first.authUrl, 'demo');
    const before = (await json(await issue(first.authUrl, { user: 'demo', password: 'demo' })))
      .token;
    const keypairs = `${first.endpoints.RegionOne?.compute}/os-keypairs`;
    const created = await post(keypairs, { keypair: { name: 'kept' } }, { 'X-Auth-Token': token });
    expect(created.status).toBe(200);
    const catalogBefore = (await json(await get(`${first.authUrl}/auth/catalog`, token)))
      .catalog as Json[];
    await first.close();
    expect(await readdir(dir)).toEqual(['state.json']);

    const second = await start({ statePath });
    try {
      const after = (await json(await issue(second.authUrl, { user: 'demo', password: 'demo' })))
        .token;
      expect(after.user.id).toBe(before.user.id);
      expect(after.project.id).toBe(before.project.id);
      const again = `${second.endpoints.RegionOne?.compute}/os-keypairs`;
      const kept = await get(`${again}/kept`, token);
      expect(kept.status).toBe(200);
      expect((await json(kept)).keypair.id).toBe(1);
      const catalogAfter = (await json(await get(`${second.authUrl}/auth/catalog`, token)))
        .catalog as Json[];
      expect(catalogAfter.map((s) => s.id)).toEqual(catalogBefore.map((s) => s.id));
      const computeUrls = catalogAfter[1]?.endpoints.map((e: Json) => e.url);
      expect(computeUrls).toContain(second.endpoints.RegionOne?.compute);
    } finally {
      await second.close();
    }
  });

  it('writes changes shortly after they happen, without waiting for close', async () => {
    const sandbox = await start({ statePath });
    try {
      await login(sandbox.authUrl, 'demo');
      await new Promise((r) => setTimeout(r, SAVE_DEBOUNCE_MS * 4));
      const saved = JSON.parse(await readFile(statePath, 'utf8')) as Json;
      expect(saved.version).toBe(1);
      expect(saved.identity.tokens.length).toBeGreaterThan(0);
      expect(saved.identity.users.map((u: Json) => u.name).sort()).toEqual(['admin', 'demo']);
      expect(JSON.stringify(saved)).not.toContain('"demo","password"');
    } finally {
      await sandbox.close();
    }
  });

  it('adds students to an existing state file', async () => {
    await (await start({ statePath })).close();
    const sandbox = await start({ statePath, students: 2 });
    try {
      expect(await login(sandbox.authUrl, 'student02')).toMatch(/^gAAAAA/);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a state file it cannot read rather than overwrite it', async () => {
    await writeFile(statePath, '{"version": 99}');
    await expect(startSandbox({ port: 0, quiet: true, statePath })).rejects.toThrow(
      /not a sandbox state file/,
    );
    await writeFile(statePath, 'nope');
    await expect(startSandbox({ port: 0, quiet: true, statePath })).rejects.toThrow(
      /not valid JSON/,
    );
    expect(await readFile(statePath, 'utf8')).toBe('nope');
  });
});
