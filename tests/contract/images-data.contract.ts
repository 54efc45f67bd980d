// Glance image data and import (lib/openstack/image/image-data.ts) against the target
// cloud: streamed upload and download, staging + glance-direct, web-download.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSandbox } from './context';
import { failure } from './failure';
import {
  digestOf,
  ImageCleanup,
  imageActors,
  patternData,
  waitImage,
  type Signed,
} from './images-fixture';
import type { AddressInfo } from 'node:net';

let demo: Signed;
let lab: Signed;
const cleanup = new ImageCleanup();
const RAW = { disk_format: 'raw', container_format: 'bare' } as const;

beforeAll(async () => {
  ({ demo, lab } = await imageActors());
});

afterAll(() => cleanup.run());

describe('upload and download image data', () => {
  it('streams data in, computes size and hashes, goes active, and streams it back', async () => {
    const size = 3 * 1024 * 1024 + 17;
    const data = patternData(size);
    const image = await cleanup.create(demo.api, RAW);
    await demo.api.image.uploadImageData(image.id, data.stream(), size);
    const active = await waitImage(demo.api, image.id, ['active']);
    expect(active).toMatchObject({
      status: 'active',
      size,
      virtual_size: size,
      checksum: data.md5,
      os_hash_algo: 'sha512',
      os_hash_value: data.sha512,
    });
    const download = await demo.api.image.downloadImageData(image.id);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-md5')).toBe(data.md5);
    expect(await digestOf(download)).toEqual({ size, md5: data.md5 });

    const again = await failure(demo.api.image.uploadImageData(image.id, new Uint8Array([1])));
    expect(again.status).toBe(409);
    expect(again.message).toBe('Image status transition from active to saving is not allowed');
    const reformat = await failure(
      demo.api.image.updateImage(image.id, [
        { op: 'replace', path: '/disk_format', value: 'qcow2' },
      ]),
    );
    expect(reformat.status).toBe(403);
    expect(reformat.message).toBe('Attribute disk_format can be only replaced for a queued image.');
  });

  it('answers 204 without a body for an image without data', async () => {
    const image = await cleanup.create(demo.api, RAW);
    const response = await demo.api.image.downloadImageData(image.id);
    expect(response.status).toBe(204);
  });

  it('refuses data before the formats are set, and from another project', async () => {
    const bare = await cleanup.create(demo.api);
    const noFormats = await failure(
      demo.api.image.uploadImageData(bare.id, new TextEncoder().encode('hello')),
    );
    expect(noFormats.status).toBe(400);
    expect(noFormats.message).toBe(
      'Properties disk_format, container_format must be set prior to saving data.',
    );
    const community = await cleanup.create(demo.api, { ...RAW, visibility: 'community' });
    const foreign = await failure(
      lab.api.image.uploadImageData(community.id, new TextEncoder().encode('hello')),
    );
    expect(foreign.status).toBe(403);
    expect(foreign.message).toBe(`Not allowed to upload image data for image ${community.id}`);
    expect((await demo.api.image.getImage(bare.id)).status).toBe('queued');
  });
});

describe('interoperable import', () => {
  it('lists the import methods the cloud enables', async () => {
    const { methods } = await demo.api.image.imageImportInfo();
    expect(methods).toEqual(expect.arrayContaining(['glance-direct', 'web-download']));
    const stores = await demo.api.image.imageStores();
    expect(stores.map((s) => s.id)).toEqual(['fs']);
  });

  it('stages data, then imports them with glance-direct', async () => {
    const data = patternData(100_000);
    const image = await cleanup.create(demo.api, RAW);
    const early = await failure(demo.api.image.importImage(image.id, { name: 'glance-direct' }));
    expect(early.status).toBe(409);
    expect(early.message).toBe(
      "Image needs to be staged before 'glance-direct' method can be used",
    );
    await demo.api.image.stageImageData(image.id, data.stream());
    const staged = await demo.api.image.getImage(image.id);
    expect(staged).toMatchObject({ status: 'uploading', size: 100_000, checksum: null });
    const restage = await failure(demo.api.image.stageImageData(image.id, new Uint8Array([1])));
    expect(restage.message).toBe(
      'Image status transition from uploading to uploading is not allowed',
    );
    await demo.api.image.importImage(image.id, { name: 'glance-direct' });
    const active = await waitImage(demo.api, image.id, ['active']);
    expect(active).toMatchObject({ size: 100_000, checksum: data.md5, os_hash_value: data.sha512 });
    const twice = await failure(demo.api.image.importImage(image.id, { name: 'glance-direct' }));
    expect(twice.message).toBe('Image with status active cannot be target for import');
  });

  it('refuses import requests Glance cannot run', async () => {
    const formatted = await cleanup.create(demo.api, RAW);
    const outside = 'http://203.0.113.9:8080/disk.img';
    const filtered = await failure(
      demo.api.image.importImage(formatted.id, { name: 'web-download', uri: outside }),
    );
    expect(filtered.status).toBe(400);
    expect(filtered.message).toBe(`URI for web-download does not pass filtering: ${outside}`);
    const unknown = await failure(
      demo.api.image.importImage(formatted.id, {
        name: 'floppy-disk',
      } as unknown as { name: 'glance-direct' }),
    );
    expect(unknown.message).toBe("Unknown import method name 'floppy-disk'.");
  });

  describe('web-download from a URL on this machine', () => {
    let server: Server;
    let url = '';
    const data = patternData(200_000);

    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.setHeader('Content-Type', 'application/octet-stream');
        const reader = data.stream().getReader();
        const pump = async (): Promise<void> => {
          const { done, value } = await reader.read();
          if (done) return void res.end();
          res.write(value);
          return pump();
        };
        void pump();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/disk.raw`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('imports the data the URL serves', async (context) => {
      if (!isSandbox()) {
        console.log(
          "skipped on the devcloud: its Glance's import filter only lets ports 80/443 through, and no such server runs on loopback",
        );
        context.skip();
      }
      const image = await cleanup.create(demo.api, RAW);
      await demo.api.image.importImage(image.id, { name: 'web-download', uri: url });
      const active = await waitImage(demo.api, image.id, ['active']);
      expect(active).toMatchObject({ size: 200_000, checksum: data.md5 });
    });
  });
});
