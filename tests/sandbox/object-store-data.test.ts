import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, until } from './helpers';
import { swift, swiftAccount } from './object-store-helpers';
import type { RunningSandbox } from '../../sandbox/server';

// Swift object data in files beside the state file: streamed in and out, kept
// across a restart, removed with the object, and nothing left by a cut-off upload.

let dir: string;
let statePath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'swift-data-test-'));
  statePath = path.join(dir, 'state.json');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const filesDir = () => path.join(`${statePath}.data`, 'object-store', 'RegionOne');
const files = () => readdir(filesDir()).catch(() => [] as string[]);

/** PUTs `chunks` MiB with chunked transfer encoding; resolves with status and ETag. */
function putChunked(
  url: string,
  token: string,
  chunks: number,
): Promise<{ status: number; etag: string | null; md5: string }> {
  const md5 = createHash('md5');
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'PUT',
      headers: { 'X-Auth-Token': token, 'Transfer-Encoding': 'chunked' },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          etag: (res.headers.etag as string | undefined) ?? null,
          md5: md5.digest('hex'),
        }),
      );
    });
    // One buffer sent again and again: the client side allocates nothing per MiB.
    const chunk = Buffer.alloc(1024 * 1024, 7);
    let sent = 0;
    const writeMore = () => {
      while (sent < chunks) {
        md5.update(chunk);
        sent += 1;
        if (!req.write(chunk)) {
          req.once('drain', writeMore);
          return;
        }
      }
      req.end();
    };
    writeMore();
  });
}

describe('Swift object data files', () => {
  it('streams a 50 MiB chunked upload into a file and back, and keeps it across a restart', async () => {
    let sandbox: RunningSandbox = await start({ statePath });
    let { url, token } = await swiftAccount(sandbox);
    await swift(`${url}/big`, token, 'PUT');
    // A first upload warms up buffers and code, so the figure shows what the data add.
    await putChunked(`${url}/big/warm.bin`, token, 4);
    await swift(`${url}/big/warm.bin`, token, 'DELETE');
    const rssBefore = process.memoryUsage().rss;
    const put = await putChunked(`${url}/big/blob.bin`, token, 50);
    const rssAfter = process.memoryUsage().rss;
    // A figure, not an assertion: the test process holds both ends of the upload.
    console.log(`swift 50 MiB upload: RSS +${((rssAfter - rssBefore) / 2 ** 20).toFixed(1)} MiB`);
    expect(put.status).toBe(201);
    expect(put.etag).toBe(put.md5);
    expect(await files()).toHaveLength(1);
    await sandbox.close();

    sandbox = await start({ statePath });
    ({ url, token } = await swiftAccount(sandbox));
    const got = await swift(`${url}/big/blob.bin`, token);
    expect(got.headers.get('content-length')).toBe(String(50 * 1024 * 1024));
    const md5 = createHash('md5');
    const reader = got.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      md5.update(part.value);
    }
    expect(md5.digest('hex')).toBe(put.md5);

    expect((await swift(`${url}/big/blob.bin`, token, 'DELETE')).status).toBe(204);
    expect(await files()).toEqual([]);
    await sandbox.close();
  });

  it('replacing an object leaves one file; a copy has its own', async () => {
    const sandbox = await start({ statePath });
    const { url, token } = await swiftAccount(sandbox);
    await swift(`${url}/r`, token, 'PUT');
    await swift(`${url}/r/o`, token, 'PUT', {}, Buffer.from('one'));
    await swift(`${url}/r/o`, token, 'PUT', {}, Buffer.from('two'));
    expect(await files()).toHaveLength(1);
    await swift(`${url}/r/o2`, token, 'PUT', { 'X-Copy-From': 'r/o' });
    expect(await files()).toHaveLength(2);
    await swift(`${url}/r/o`, token, 'DELETE');
    expect(await (await swift(`${url}/r/o2`, token)).text()).toBe('two');
    await swift(`${url}/r/o2`, token, 'DELETE');
    expect(await files()).toEqual([]);
    await sandbox.close();
  });

  it('leaves no object and no file when an upload is cut off', async () => {
    const sandbox = await start({ statePath });
    const { url, token } = await swiftAccount(sandbox);
    await swift(`${url}/cut`, token, 'PUT');
    const upload = request(`${url}/cut/partial.bin`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': token, 'Content-Length': String(10 * 1024 * 1024) },
    });
    upload.on('error', () => undefined);
    upload.write(Buffer.alloc(1024 * 1024, 1));
    const partial = await until(files, (names) => names.some((n) => n.includes('.part-')));
    expect(partial.some((n) => n.includes('.part-'))).toBe(true);
    upload.destroy();
    expect(await until(files, (names) => names.length === 0)).toEqual([]);
    expect((await swift(`${url}/cut/partial.bin`, token, 'HEAD')).status).toBe(404);
    const listing = await swift(`${url}/cut`, token, 'HEAD');
    expect(listing.headers.get('x-container-object-count')).toBe('0');
    await sandbox.close();
  });
});
