// Swift object calls (lib/openstack/object-store/objects.ts) against the target
// cloud: data both ways, ETags, ranges, metadata, copies, folders, paging, bulk delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './failure';
import {
  bodyBytes,
  md5,
  patternBytes,
  SwiftCleanup,
  swiftAsDemo,
  type Swift,
} from './object-store-fixture';

let swift: Swift;
const cleanup = new SwiftCleanup(() => swift.api);

beforeAll(async () => {
  swift = await swiftAsDemo();
});

afterAll(() => cleanup.run());

function streamOf(bytes: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

describe('object storage objects', () => {
  it('uploads a string, bytes, a Blob and a stream and downloads the same bytes', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('data');
    const big = patternBytes(1024 * 1024 + 17);
    const bodies = {
      'text.txt': { body: 'héllo wörld\n', bytes: new TextEncoder().encode('héllo wörld\n') },
      'bytes.bin': { body: patternBytes(1000), bytes: patternBytes(1000) },
      'blob.bin': { body: new Blob([patternBytes(3000)]), bytes: patternBytes(3000) },
      'stream.bin': { body: streamOf(big), bytes: big },
    };
    for (const [name, { body, bytes }] of Object.entries(bodies)) {
      const { etag } = await store.uploadObject({ container, name, body });
      expect(etag).toBe(md5(bytes));
      const response = await store.downloadObject(container, name);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe(md5(bytes));
      const got = await bodyBytes(response);
      expect(got.length).toBe(bytes.length);
      expect(md5(got)).toBe(md5(bytes));
    }
    expect((await store.showContainer(container)).objectCount).toBe(4);
  });

  it('keeps the content type and metadata, shows them and replaces the metadata', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('meta');
    await store.uploadObject({
      container,
      name: 'page.html',
      body: '<p>hi</p>',
      contentType: 'text/html',
      metadata: { Owner: 'ann', Course: 'cloud-101' },
    });
    const shown = await store.showObject(container, 'page.html');
    expect(shown).toMatchObject({
      container,
      name: 'page.html',
      size: 9,
      etag: md5('<p>hi</p>'),
      contentType: 'text/html',
      metadata: { Owner: 'ann', Course: 'cloud-101' },
      staticLargeObject: false,
    });
    expect(Date.parse(shown.lastModified ?? '')).toBeGreaterThan(Date.now() - 3_600_000);

    await store.replaceObjectMetadata(container, 'page.html', { Owner: 'bøb 鲍勃' });
    const after = await store.showObject(container, 'page.html');
    expect(after.metadata).toEqual({ Owner: 'bøb 鲍勃' });
    expect(after.contentType).toBe('text/html');
    expect(after.etag).toBe(md5('<p>hi</p>'));
  });

  it('stores data whose MD5 matches the ETag sent, and refuses other data with 422', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('etag');
    const body = 'checked data';
    const { etag } = await store.uploadObject({ container, name: 'ok', body, etag: md5(body) });
    expect(etag).toBe(md5(body));

    const error = await failure(
      store.uploadObject({ container, name: 'bad', body, etag: md5('other data') }),
    );
    expect(error.status).toBe(422);
    expect(error.title).toBe('Unprocessable Entity');
    expect(error.message).toBe('Unable to process the contained instructions');
    expect((await failure(store.showObject(container, 'bad'))).status).toBe(404);
  });

  it('answers a Range with 206 and just those bytes', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('range');
    const bytes = patternBytes(5000);
    await store.uploadObject({ container, name: 'r.bin', body: bytes });

    const middle = await store.downloadObject(container, 'r.bin', { range: 'bytes=100-199' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe('bytes 100-199/5000');
    expect(await bodyBytes(middle)).toEqual(bytes.slice(100, 200));

    const tail = await store.downloadObject(container, 'r.bin', { range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(await bodyBytes(tail)).toEqual(bytes.slice(4990));

    const outside = await failure(
      store.downloadObject(container, 'r.bin', { range: 'bytes=6000-7000' }),
    );
    expect(outside.status).toBe(416);
    expect(outside.message).toBe('The Range requested is not available.');
  });

  it('lists folders and objects under a prefix with a delimiter', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('tree');
    await store.createFolder(container, 'docs');
    await store.createFolder(container, 'docs/empty/');
    await store.uploadObject({ container, name: 'docs/a.txt', body: 'a' });
    await store.uploadObject({ container, name: 'docs/sub/b.txt', body: 'b' });
    await store.uploadObject({ container, name: 'top.txt', body: 't' });

    const folder = await store.showObject(container, 'docs/');
    expect(folder).toMatchObject({ size: 0, contentType: 'application/directory' });

    const root = await store.listObjects(container, { delimiter: '/' });
    expect(root.map((e) => [e.kind, e.name])).toEqual([
      ['folder', 'docs/'],
      ['object', 'top.txt'],
    ]);
    const docs = await store.listObjects(container, { prefix: 'docs/', delimiter: '/' });
    expect(docs.map((e) => [e.kind, e.name])).toEqual([
      ['object', 'docs/'],
      ['object', 'docs/a.txt'],
      ['folder', 'docs/empty/'],
      ['folder', 'docs/sub/'],
    ]);
    const a = docs.find((e) => e.name === 'docs/a.txt');
    expect(a).toMatchObject({ kind: 'object', bytes: 1, hash: md5('a') });
    const flat = await store.listObjects(container);
    expect(flat.map((e) => e.name)).toEqual([
      'docs/',
      'docs/a.txt',
      'docs/empty/',
      'docs/sub/b.txt',
      'top.txt',
    ]);
  });

  it('pages 25 objects by marker, 10 at a time', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('paging');
    const names = Array.from({ length: 25 }, (_, i) => `obj-${String(i).padStart(2, '0')}`);
    await Promise.all(names.map((name) => store.uploadObject({ container, name, body: name })));

    const pages: string[][] = [];
    let marker: string | undefined;
    do {
      const page = await store.pageObjects(container, { limit: 10, marker });
      pages.push(page.items.map((e) => e.name));
      marker = page.next;
    } while (marker !== undefined);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(names);

    const all = await store.listObjects(container, { limit: 10 });
    expect(all.map((e) => e.name)).toEqual(names);
    const window = await store.pageObjects(container, {
      marker: 'obj-04',
      endMarker: 'obj-08',
    });
    expect(window.items.map((e) => e.name)).toEqual(['obj-05', 'obj-06', 'obj-07']);
    const last = await store.pageObjects(container, { limit: 3, reverse: true });
    expect(last.items.map((e) => e.name)).toEqual(['obj-24', 'obj-23', 'obj-22']);
  });

  it('copies an object to another name and container with its data and metadata', async () => {
    const store = swift.api.objectStore;
    const source = await cleanup.create('src');
    const target = await cleanup.create('dst');
    const name = 'dir/a b%é 数据.txt';
    await store.uploadObject({
      container: source,
      name,
      body: 'copy me',
      contentType: 'text/plain',
      metadata: { Owner: 'ann' },
    });

    const copied = await store.copyObject(
      { container: source, name },
      { container: target, name: 'copies/100% é.txt' },
      { Copied: 'yes' },
    );
    expect(copied.etag).toBe(md5('copy me'));
    const shown = await store.showObject(target, 'copies/100% é.txt');
    expect(shown).toMatchObject({
      size: 7,
      contentType: 'text/plain',
      metadata: { Owner: 'ann', Copied: 'yes' },
    });
    const data = await store.downloadObject(target, 'copies/100% é.txt');
    expect(await data.text()).toBe('copy me');

    await store.copyObject({ container: source, name }, { container: source, name: 'same.txt' });
    expect((await store.listObjects(source)).map((e) => e.name).sort()).toEqual(
      [name, 'same.txt'].sort(),
    );

    const missing = await failure(
      store.copyObject({ container: source, name: 'nope' }, { container: target, name: 'x' }),
    );
    expect(missing.status).toBe(404);
  });

  it('deletes an object, and answers 404 for one that is not there', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('del');
    await store.uploadObject({ container, name: 'gone soon', body: 'x' });
    await store.deleteObject(container, 'gone soon');
    const shown = await failure(store.showObject(container, 'gone soon'));
    expect(shown.status).toBe(404);
    const downloaded = await failure(store.downloadObject(container, 'gone soon'));
    expect(downloaded.status).toBe(404);
    expect(downloaded.message).toBe('The resource could not be found.');
    const deleted = await failure(store.deleteObject(container, 'gone soon'));
    expect(deleted.status).toBe(404);
    expect(deleted.message).toBe('The resource could not be found.');
  });

  it('bulk-deletes objects and empty containers and sums up what happened', async () => {
    const store = swift.api.objectStore;
    const container = await cleanup.create('bulk');
    const emptied = await cleanup.create('bulk-empty');
    const full = await cleanup.create('bulk-full');
    const names = ['a', 'b b', 'dir/ü%.txt'];
    for (const name of names) await store.uploadObject({ container, name, body: name });
    await store.uploadObject({ container: full, name: 'keep', body: 'k' });

    const result = await store.bulkDelete([
      ...names.map((name) => ({ container, name })),
      { container, name: 'never-there' },
      { container: emptied },
      { container: full },
    ]);
    expect(result).toEqual({
      deleted: 4,
      notFound: 1,
      errors: [{ path: full, status: '409 Conflict' }],
      status: '400 Bad Request',
    });
    expect(await store.listObjects(container)).toEqual([]);
    expect(await store.containerExists(emptied)).toBe(false);
    expect((await store.showContainer(full)).objectCount).toBe(1);

    const clean = await store.bulkDelete([{ container: full, name: 'keep' }]);
    expect(clean).toEqual({ deleted: 1, notFound: 0, errors: [], status: '200 OK' });
  });
});
