import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataTooLargeError, ImageDataFiles, zeros } from './image-data-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'image-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('ImageDataFiles', () => {
  it('writes the data under the image id with its size, md5 and sha512', async () => {
    const files = new ImageDataFiles(dir);
    const data = await files.receive('img-1', chunks('hello ', 'world'), 'file');
    expect(data).toEqual({
      size: 11,
      checksum: createHash('md5').update('hello world').digest('hex'),
      osHashValue: createHash('sha512').update('hello world').digest('hex'),
    });
    expect(await readFile(files.pathOf('img-1'), 'utf8')).toBe('hello world');
  });

  it('refuses data over the limit and leaves no file, partial or whole', async () => {
    const files = new ImageDataFiles(dir);
    await expect(files.receive('img-2', chunks('12345', '67890'), 'file', 8)).rejects.toThrow(
      DataTooLargeError,
    );
    expect(await readdir(path.join(dir, 'file'))).toEqual([]);
  });

  it('moves staged data to be the image data, and removes both kinds with the image', async () => {
    const files = new ImageDataFiles(dir);
    await files.receive('img-3', chunks('staged'), 'staging');
    await files.promoteStaged('img-3');
    const opened = await files.open('img-3');
    expect(opened?.size).toBe(6);
    opened?.stream.destroy();
    await files.remove('img-3');
    expect(await files.open('img-3')).toBeNull();
  });

  it('prunes files of images that are gone', async () => {
    const files = new ImageDataFiles(dir);
    await files.receive('keep', chunks('a'), 'file');
    await files.receive('gone', chunks('b'), 'file');
    await files.prune(new Set(['keep']));
    expect(await readdir(path.join(dir, 'file'))).toEqual(['keep']);
  });
});

describe('zeros', () => {
  it('gives exactly the size asked', async () => {
    let size = 0;
    for await (const chunk of zeros(100_001)) size += (chunk as Buffer).length;
    expect(size).toBe(100_001);
  });
});
