import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, json, start, type Json } from './helpers';
import { NOT_FOUND_PAGE, swift, swiftAccount } from './object-store-helpers';
import type { RunningSandbox } from '../../sandbox/server';

// The sandbox's Swift over HTTP, compared with what the devcloud's Swift 2.30 answers.

let sandbox: RunningSandbox;
let url: string;
let token: string;

beforeAll(async () => {
  sandbox = await start();
  ({ url, token } = await swiftAccount(sandbox));
});
afterAll(() => sandbox.close());

const md5 = (data: string) => createHash('md5').update(data).digest('hex');
const put = (path: string, body: string, headers: Record<string, string> = {}) =>
  swift(`${url}/${path}`, token, 'PUT', headers, Buffer.from(body));

describe('Swift accounts and containers', () => {
  it('lists the catalog entry swift/object-store and serves /info with its policies', async () => {
    const info = await (await fetch(`${new URL(url).origin}/info`)).json();
    expect(info.swift.policies).toEqual([{ name: 'Policy-0', aliases: 'Policy-0', default: true }]);
    expect(info.swift.container_listing_limit).toBe(10000);
    expect(url).toMatch(/\/v1\/AUTH_[0-9a-f]{32}$/);
    // Keystone puts the token's project into the catalog URL, as the devcloud's does.
    const res = await issue(sandbox.authUrl, { user: 'demo', password: 'demo' });
    const { token: body } = await json(res);
    const entry = body.catalog.find((s: Json) => s.type === 'object-store');
    expect(entry.name).toBe('swift');
    expect(entry.endpoints.map((e: Json) => e.url)).toContain(url);
  });

  it('answers an empty account with 204 in plain text and [] in JSON', async () => {
    const fresh = await swiftAccount(sandbox, 'admin');
    const plain = await swift(fresh.url, fresh.token);
    expect(plain.status).toBe(204);
    expect(plain.headers.get('x-account-container-count')).toBe('0');
    const asJson = await swift(`${fresh.url}?format=json`, fresh.token);
    expect(asJson.status).toBe(200);
    expect(await asJson.json()).toEqual([]);
  });

  it('creates a container (201, then 202), shows its headers and refuses bad names', async () => {
    expect((await put('c-create', '')).status).toBe(201);
    const again = await put('c-create', '');
    expect(again.status).toBe(202);
    expect(await again.text()).toBe(
      '<html><h1>Accepted</h1><p>The request is accepted for processing.</p></html>',
    );
    const head = await swift(`${url}/c-create`, token, 'HEAD');
    expect(head.status).toBe(204);
    expect(head.headers.get('x-container-object-count')).toBe('0');
    expect(head.headers.get('x-storage-policy')).toBe('Policy-0');
    expect(head.headers.get('x-timestamp')).toMatch(/^\d+\.\d{5}$/);

    const long = await put('x'.repeat(257), '');
    expect(long.status).toBe(400);
    expect(await long.text()).toBe('Container name length of 257 longer than 256');
    const policy = await put('c-gold', '', { 'X-Storage-Policy': 'gold' });
    expect(policy.status).toBe(400);
    expect(await policy.text()).toBe("Invalid X-Storage-Policy 'gold'");
  });

  it('keeps container metadata and read ACLs, and removes them with X-Remove-*', async () => {
    await put('c-acl', '', {
      'X-Container-Read': '.r:*, .rlistings',
      'X-Container-Meta-Color': 'blue',
    });
    let head = await swift(`${url}/c-acl`, token, 'HEAD');
    expect(head.headers.get('x-container-read')).toBe('.r:*,.rlistings');
    expect(head.headers.get('x-container-meta-color')).toBe('blue');
    await put('c-acl/page.txt', 'public');

    const anonymousObject = await fetch(`${url}/c-acl/page.txt`);
    expect(anonymousObject.status).toBe(200);
    expect(await anonymousObject.text()).toBe('public');
    const anonymousList = await fetch(`${url}/c-acl`);
    expect(await anonymousList.text()).toBe('page.txt\n');

    const post = await swift(`${url}/c-acl`, token, 'POST', {
      'X-Remove-Container-Read': 'x',
      'X-Remove-Container-Meta-Color': 'x',
    });
    expect(post.status).toBe(204);
    head = await swift(`${url}/c-acl`, token, 'HEAD');
    expect(head.headers.get('x-container-read')).toBeNull();
    expect(head.headers.get('x-container-meta-color')).toBeNull();
    const refused = await fetch(`${url}/c-acl/page.txt`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Swift realm="AUTH_');

    const bad = await swift(`${url}/c-acl`, token, 'POST', { 'X-Container-Read': '.x:y' });
    expect(bad.status).toBe(400);
  });

  it("refuses another project's account with 403 and a bad token with 401", async () => {
    const other = await swiftAccount(sandbox, 'admin');
    const res = await swift(`${other.url}`, token);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(
      '<html><h1>Forbidden</h1><p>Access was denied to this resource.</p></html>',
    );
    expect((await swift(url, 'not-a-token')).status).toBe(401);
  });

  it('refuses to delete a container while it holds objects (409), then deletes it (204)', async () => {
    await put('c-del', '');
    await put('c-del/o', 'x');
    const conflict = await swift(`${url}/c-del`, token, 'DELETE');
    expect(conflict.status).toBe(409);
    expect(await conflict.text()).toBe(
      '<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>',
    );
    expect((await swift(`${url}/c-del/o`, token, 'DELETE')).status).toBe(204);
    expect((await swift(`${url}/c-del`, token, 'DELETE')).status).toBe(204);
    const gone = await swift(`${url}/c-del`, token);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(NOT_FOUND_PAGE);
  });

  it('counts containers, objects and bytes in the account headers and keeps account metadata', async () => {
    const fresh = await swiftAccount(sandbox, 'admin');
    await swift(`${fresh.url}/a1`, fresh.token, 'PUT');
    await swift(`${fresh.url}/a1/o`, fresh.token, 'PUT', {}, 'hello');
    await swift(fresh.url, fresh.token, 'POST', { 'X-Account-Meta-Color': 'blue' });
    const head = await swift(fresh.url, fresh.token, 'HEAD');
    expect(head.headers.get('x-account-container-count')).toBe('1');
    expect(head.headers.get('x-account-object-count')).toBe('1');
    expect(head.headers.get('x-account-bytes-used')).toBe('5');
    expect(head.headers.get('x-account-meta-color')).toBe('blue');
    const list = await (await swift(`${fresh.url}?format=json`, fresh.token)).json();
    expect(list).toEqual([
      { name: 'a1', count: 1, bytes: 5, last_modified: expect.stringMatching(/^\d{4}-.*\.\d{6}$/) },
    ]);
  });
});

describe('Swift listings', () => {
  const names = ['a/1.txt', 'a/2.txt', 'a/b/3.txt', 'b.txt', 'c/4.txt', 'd.txt'];
  beforeAll(async () => {
    await put('listing', '');
    for (const name of names) await put(`listing/${name}`, name, { 'Content-Type': 'text/plain' });
  });
  const list = async (query: string) => (await swift(`${url}/listing?${query}`, token)).text();

  it('lists names as text and objects as JSON with hash, bytes and type', async () => {
    expect(await list('')).toBe(names.map((n) => `${n}\n`).join(''));
    const rows = await (await swift(`${url}/listing?format=json&limit=1`, token)).json();
    expect(rows).toEqual([
      {
        bytes: 7,
        hash: md5('a/1.txt'),
        name: 'a/1.txt',
        content_type: 'text/plain',
        last_modified: expect.stringMatching(/\.\d{6}$/),
      },
    ]);
  });

  it('rolls names up into subdirs with a delimiter, inside a prefix too', async () => {
    expect(await list('delimiter=/')).toBe('a/\nb.txt\nc/\nd.txt\n');
    expect(await list('prefix=a/&delimiter=/')).toBe('a/1.txt\na/2.txt\na/b/\n');
    const rows = await (
      await swift(`${url}/listing?format=json&delimiter=/&limit=1`, token)
    ).json();
    expect(rows).toEqual([{ subdir: 'a/' }]);
  });

  it('pages by marker, end_marker and limit, and in reverse', async () => {
    expect(await list('limit=2')).toBe('a/1.txt\na/2.txt\n');
    expect(await list('marker=a/2.txt&limit=2')).toBe('a/b/3.txt\nb.txt\n');
    expect(await list('marker=a/&delimiter=/')).toBe('b.txt\nc/\nd.txt\n');
    expect(await list('marker=a/1.txt&end_marker=c')).toBe('a/2.txt\na/b/3.txt\nb.txt\n');
    expect(await list('reverse=true&limit=2')).toBe('d.txt\nc/4.txt\n');
    expect(await list('prefix=zzz')).toBe('');
    const over = await swift(`${url}/listing?limit=10001`, token);
    expect(over.status).toBe(412);
    expect(await over.text()).toBe('Maximum limit is 10000');
  });

  it('answers an empty plain listing with 204', async () => {
    expect((await swift(`${url}/listing?prefix=zzz`, token)).status).toBe(204);
  });
});

describe('Swift objects', () => {
  beforeAll(async () => {
    await put('objs', '');
  });

  it('stores data with its MD5 ETag, metadata and a guessed type, and gives them back', async () => {
    const res = await put('objs/note.txt', 'hello', {
      'X-Object-Meta-Color': 'red',
      'Content-Type': '',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe(md5('hello'));
    const got = await swift(`${url}/objs/note.txt`, token);
    expect(await got.text()).toBe('hello');
    expect(got.headers.get('content-type')).toBe('text/plain');
    expect(got.headers.get('content-length')).toBe('5');
    expect(got.headers.get('x-object-meta-color')).toBe('red');
    expect(got.headers.get('last-modified')).toMatch(/GMT$/);
  });

  it('refuses data whose ETag does not match with 422 and keeps nothing', async () => {
    const res = await put('objs/bad', 'hello', { ETag: 'abc' });
    expect(res.status).toBe(422);
    expect(await res.text()).toBe(
      '<html><h1>Unprocessable Entity</h1><p>Unable to process the contained instructions</p></html>',
    );
    expect((await swift(`${url}/objs/bad`, token, 'HEAD')).status).toBe(404);
  });

  it('answers Range requests with 206 and Content-Range, 416 when none fits', async () => {
    await put('objs/r', 'hello');
    const one = await swift(`${url}/objs/r`, token, 'GET', { Range: 'bytes=1-2' });
    expect(one.status).toBe(206);
    expect(one.headers.get('content-range')).toBe('bytes 1-2/5');
    expect(await one.text()).toBe('el');
    const suffix = await swift(`${url}/objs/r`, token, 'GET', { Range: 'bytes=-2' });
    expect(await suffix.text()).toBe('lo');
    const two = await swift(`${url}/objs/r`, token, 'GET', { Range: 'bytes=0-1,3-4' });
    expect(two.headers.get('content-type')).toMatch(/^multipart\/byteranges;boundary=/);
    const body = await two.text();
    expect(body).toContain('Content-Range: bytes 0-1/5\r\n\r\nhe\r\n');
    expect(body).toContain('Content-Range: bytes 3-4/5\r\n\r\nlo\r\n--');
    const none = await swift(`${url}/objs/r`, token, 'GET', { Range: 'bytes=10-20' });
    expect(none.status).toBe(416);
    expect(none.headers.get('content-range')).toBe('bytes */5');
  });

  it('copies with X-Copy-From and with COPY, keeping data and metadata', async () => {
    await put('objs/src', 'copy me', { 'X-Object-Meta-Kind': 'src', 'Content-Type': 'text/x-src' });
    await put('objs2', '');
    const first = await put('objs2/dst', '', { 'X-Copy-From': '/objs/src' });
    expect(first.status).toBe(201);
    expect(first.headers.get('x-copied-from')).toBe('objs/src');
    const second = await swift(`${url}/objs/src`, token, 'COPY', { Destination: 'objs2/dst2' });
    expect(second.status).toBe(201);
    for (const name of ['dst', 'dst2']) {
      const got = await swift(`${url}/objs2/${name}`, token);
      expect(await got.text()).toBe('copy me');
      expect(got.headers.get('x-object-meta-kind')).toBe('src');
      expect(got.headers.get('content-type')).toBe('text/x-src');
    }
    const missing = await swift(`${url}/objs/src`, token, 'COPY');
    expect(missing.status).toBe(412);
    expect(await missing.text()).toBe('Destination header required');
    expect((await put('objs2/x', '', { 'X-Copy-From': '/objs/nothing' })).status).toBe(404);
  });

  it('replaces metadata with POST and deletes with 204, then 404', async () => {
    await put('objs/m', 'x', { 'X-Object-Meta-A': '1' });
    const post = await swift(`${url}/objs/m`, token, 'POST', { 'X-Object-Meta-B': '2' });
    expect(post.status).toBe(202);
    const head = await swift(`${url}/objs/m`, token, 'HEAD');
    expect(head.headers.get('x-object-meta-a')).toBeNull();
    expect(head.headers.get('x-object-meta-b')).toBe('2');
    expect((await swift(`${url}/objs/m`, token, 'DELETE')).status).toBe(204);
    const again = await swift(`${url}/objs/m`, token, 'DELETE');
    expect(again.status).toBe(404);
    expect(await again.text()).toBe(NOT_FOUND_PAGE);
  });

  it('keeps a folder marker (0 bytes, application/directory) as a listed object', async () => {
    const res = await put('objs/folder/', '', { 'Content-Type': 'application/directory' });
    expect(res.headers.get('etag')).toBe(md5(''));
    const rows = await (await swift(`${url}/objs?format=json&prefix=folder`, token)).json();
    expect(rows).toMatchObject([
      { name: 'folder/', bytes: 0, content_type: 'application/directory' },
    ]);
  });

  it('refuses an object into a missing container and names longer than 1,024 bytes', async () => {
    expect((await put('nothere/o', 'x')).status).toBe(404);
    const long = await put(`objs/${'o'.repeat(1025)}`, 'x');
    expect(long.status).toBe(400);
    expect(await long.text()).toBe('Object name length of 1025 longer than 1024');
  });
});

describe('Swift quotas and bulk delete', () => {
  it('refuses uploads past X-Container-Meta-Quota-Bytes / -Count with 413', async () => {
    await put('quota', '', {
      'X-Container-Meta-Quota-Bytes': '10',
      'X-Container-Meta-Quota-Count': '2',
    });
    expect((await put('quota/1', '12345')).status).toBe(201);
    const tooBig = await put('quota/2', '123456');
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toBe('Upload exceeds quota.');
    expect((await put('quota/2', '1')).status).toBe(201);
    expect((await put('quota/3', '1')).status).toBe(413);
    const bad = await put('quota', '', { 'X-Container-Meta-Quota-Bytes': 'lots' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Invalid bytes quota.');
  });

  it('deletes a list of paths, counting deleted, not found and errors', async () => {
    await put('bulk', '');
    await put('bulk/a', '1');
    await put('bulk/b c', '2');
    await put('bulk-full', '');
    await put('bulk-full/x', '3');
    const body = ['/bulk/a', '/bulk/b%20c', '/bulk/missing', '/bulk-full', ''].join('\n');
    const res = await swift(
      `${url}?bulk-delete`,
      token,
      'POST',
      { 'Content-Type': 'text/plain', Accept: 'application/json' },
      body,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      'Response Status': '400 Bad Request',
      'Response Body': '',
      'Number Deleted': 2,
      'Number Not Found': 1,
      Errors: [['/bulk-full', '409 Conflict']],
    });
    const text = await swift(
      `${url}?bulk-delete`,
      token,
      'POST',
      { 'Content-Type': 'text/plain' },
      '/bulk\n',
    );
    expect(await text.text()).toBe(
      'Number Deleted: 1\nNumber Not Found: 0\nResponse Body: \nResponse Status: 200 OK\nErrors:\n',
    );
  });
});

describe('Swift and the fault switch', () => {
  it('answers an error fault with its own page', async () => {
    const faulty = await start({ faults: true });
    try {
      const account = await swiftAccount(faulty);
      const control = `${faulty.faultsUrl ?? ''}/object-store`;
      const set = await fetch(control, { method: 'PUT', body: '{"kind":"error","status":503}' });
      expect(set.status).toBe(200);
      const res = await swift(account.url, account.token);
      expect(res.status).toBe(503);
      expect(await res.text()).toBe(
        '<html><h1>Service Unavailable</h1><p>The server is currently unavailable. Please try again at a later time.</p></html>',
      );
    } finally {
      await faulty.close();
    }
  });
});
