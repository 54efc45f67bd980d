import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, post, start, until } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// Image data in files beside the state file: they survive a restart, go with
// their image, and an aborted upload leaves the image queued and no file.

let dir: string;
let statePath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'glance-data-test-'));
  statePath = path.join(dir, 'state.json');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const filesDir = () => path.join(`${statePath}.data`, 'image', 'RegionOne', 'file');

async function signIn(sandbox: RunningSandbox) {
  const token = await login(sandbox.authUrl, 'demo');
  const glance = sandbox.endpoints.RegionOne?.image ?? '';
  const headers = { 'X-Auth-Token': token, Accept: 'application/json' };
  return { token, glance, headers };
}

describe('Glance image data files', () => {
  it('keeps uploaded data across a restart and deletes the file with the image', async () => {
    const data = Buffer.alloc(300 * 1024, 7);
    const md5 = createHash('md5').update(data).digest('hex');
    let sandbox = await start({ statePath });
    let { glance, headers } = await signIn(sandbox);
    const image = await json(
      await post(`${glance}/v2/images`, { disk_format: 'raw', container_format: 'bare' }, headers),
    );
    const put = await fetch(`${glance}/v2/images/${image.id}/file`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      body: data,
    });
    expect(put.status).toBe(204);
    expect(await readdir(filesDir())).toEqual([image.id]);
    await sandbox.close();

    sandbox = await start({ statePath });
    ({ glance, headers } = await signIn(sandbox));
    const shown = await json(await fetch(`${glance}/v2/images/${image.id}`, { headers }));
    expect(shown).toMatchObject({ status: 'active', size: data.length, checksum: md5 });
    const download = await fetch(`${glance}/v2/images/${image.id}/file`, { headers });
    const back = Buffer.from(await download.arrayBuffer());
    expect(createHash('md5').update(back).digest('hex')).toBe(md5);

    const deleted = await fetch(`${glance}/v2/images/${image.id}`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
    expect(existsSync(path.join(filesDir(), image.id))).toBe(false);
    await sandbox.close();
  });

  it('puts an image whose upload is cut off back to queued, without a partial file', async () => {
    const sandbox = await start({ statePath });
    const { glance, headers } = await signIn(sandbox);
    const image = await json(
      await post(`${glance}/v2/images`, { disk_format: 'raw', container_format: 'bare' }, headers),
    );
    const url = new URL(`${glance}/v2/images/${image.id}/file`);
    const upload = request(url, {
      method: 'PUT',
      headers: {
        ...headers,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(10 * 1024 * 1024),
      },
    });
    upload.on('error', () => undefined);
    upload.write(Buffer.alloc(1024 * 1024, 1));
    const status = async () =>
      (await json(await fetch(`${glance}/v2/images/${image.id}`, { headers }))).status as string;
    expect(await until(status, (s) => s === 'saving')).toBe('saving');
    upload.destroy();
    expect(await until(status, (s) => s === 'queued')).toBe('queued');
    expect(await readdir(filesDir()).catch(() => [])).toEqual([]);
    await sandbox.close();
  });
});
