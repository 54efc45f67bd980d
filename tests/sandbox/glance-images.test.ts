import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, start, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let glance: string;
let demo: string;
let adminProjectId: string;

const SEEDED = ['ubuntu-22.04', 'fedora-coreos-fake', 'cirros-like', 'cirros-0.6.2-x86_64-disk'];
const accept = (type: string) => ({ Accept: type });

beforeAll(async () => {
  sandbox = await start();
  glance = sandbox.endpoints.RegionOne?.image ?? '';
  demo = await login(sandbox.authUrl, 'demo');
  const admin = await login(sandbox.authUrl, 'admin');
  const tokenBody = await json(
    await get(`${sandbox.authUrl}/auth/tokens`, admin, { 'X-Subject-Token': admin }),
  );
  adminProjectId = tokenBody.token.project.id;
});
afterAll(() => sandbox.close());

describe('Glance version documents', () => {
  it('lists v2.15 … v2.0 with 300 at / and unknown versions, 200 at /versions, without a token', async () => {
    for (const [path, status] of [
      ['/', 300],
      ['/versions', 200],
      ['/v3/images', 300],
      ['/v1/images', 300],
    ] as const) {
      const res = await get(`${glance}${path}`);
      expect(res.status).toBe(status);
      const body = await json(res);
      expect(body.versions.map((v: Json) => v.id)).toEqual([
        'v2.15',
        'v2.13',
        'v2.12',
        'v2.11',
        'v2.10',
        'v2.9',
        'v2.8',
        'v2.7',
        'v2.6',
        'v2.5',
        'v2.4',
        'v2.3',
        'v2.2',
        'v2.1',
        'v2.0',
      ]);
      expect(body.versions[0]).toEqual({
        id: 'v2.15',
        status: 'CURRENT',
        links: [{ rel: 'self', href: `${glance}/v2/` }],
      });
    }
  });

  it('answers versioned paths like /v2.15/images and redirects /v2', async () => {
    expect((await get(`${glance}/v2.15/images`, demo)).status).toBe(200);
    const res = await fetch(`${glance}/v2`, {
      headers: { 'X-Auth-Token': demo },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${glance}/v2/`);
  });
});

describe('authentication', () => {
  it('sends webob 401 pages with WWW-Authenticate', async () => {
    const html = await get(`${glance}/v2/images`);
    expect(html.status).toBe(401);
    expect(html.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(html.headers.get('www-authenticate')).toBe(
      `Keystone uri="${sandbox.authUrl.replace(/\/v3$/, '')}"`,
    );
    expect(await html.text()).toContain('<h1>401 Unauthorized</h1>');
    const res = await get(`${glance}/v2/images`, 'bogus', accept('application/json'));
    expect(await json(res)).toEqual({
      message:
        'This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.<br /><br />\n\n\n',
      code: '401 Unauthorized',
      title: 'Unauthorized',
    });
  });
});

describe('GET /v2/images', () => {
  it('lists the seed images newest first with Glance’s image shape', async () => {
    const res = await get(`${glance}/v2/images`, demo);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.images.map((i: Json) => i.name)).toEqual(SEEDED);
    expect(body.first).toBe('/v2/images');
    expect(body.schema).toBe('/v2/schemas/images');
    expect(body.next).toBeUndefined();
    const cirros = body.images[3];
    expect(Object.keys(cirros)).toEqual([
      'owner_specified.openstack.md5',
      'owner_specified.openstack.sha256',
      'owner_specified.openstack.object',
      'name',
      'disk_format',
      'container_format',
      'visibility',
      'size',
      'virtual_size',
      'status',
      'checksum',
      'protected',
      'min_ram',
      'min_disk',
      'owner',
      'os_hidden',
      'os_hash_algo',
      'os_hash_value',
      'id',
      'created_at',
      'updated_at',
      'direct_url',
      'tags',
      'self',
      'file',
      'schema',
      'stores',
    ]);
    expect(cirros).toMatchObject({
      name: 'cirros-0.6.2-x86_64-disk',
      disk_format: 'qcow2',
      container_format: 'bare',
      visibility: 'public',
      size: 21430272,
      status: 'active',
      protected: false,
      min_disk: 1,
      min_ram: 0,
      owner: adminProjectId,
      os_hidden: false,
      os_hash_algo: 'sha512',
      tags: [],
      self: `/v2/images/${cirros.id}`,
      file: `/v2/images/${cirros.id}/file`,
      schema: '/v2/schemas/image',
      direct_url: `file:///var/lib/glance/images/${cirros.id}`,
      stores: 'fs',
    });
    expect(cirros.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(cirros.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(cirros.checksum).toMatch(/^[0-9a-f]{32}$/);
    expect(cirros.os_hash_value).toMatch(/^[0-9a-f]{128}$/);
    const like = body.images.find((i: Json) => i.name === 'cirros-like');
    expect(like).toMatchObject({ size: 65536, checksum: 'fcd6bcb56c1689fcef28b57c22475bad' });
    const ubuntu = body.images[0];
    expect(ubuntu).toMatchObject({ min_disk: 3, min_ram: 512, os_distro: 'ubuntu' });
  });

  it('pages with limit and marker and gives next while pages are full', async () => {
    const first = await json(await get(`${glance}/v2/images?limit=2`, demo));
    expect(first.images.map((i: Json) => i.name)).toEqual(SEEDED.slice(0, 2));
    expect(first.first).toBe('/v2/images?limit=2');
    expect(first.next).toBe(`/v2/images?limit=2&marker=${first.images[1].id}`);
    const second = await json(await get(`${glance}${first.next}`, demo));
    expect(second.images.map((i: Json) => i.name)).toEqual(SEEDED.slice(2));
    expect(second.first).toBe('/v2/images?limit=2');
    expect(second.next).toBe(`/v2/images?limit=2&marker=${second.images[1].id}`);
    const last = await json(await get(`${glance}${second.next}`, demo));
    expect(last.images).toEqual([]);
    expect(last.next).toBeUndefined();
  });

  it('filters by name, operators, properties, visibility and status, and sorts', async () => {
    const names = async (query: string) =>
      (await json(await get(`${glance}/v2/images?${query}`, demo))).images.map((i: Json) => i.name);
    expect(await names('name=cirros-like')).toEqual(['cirros-like']);
    expect(await names('name=in:cirros-like,ubuntu-22.04')).toEqual([
      'ubuntu-22.04',
      'cirros-like',
    ]);
    expect(await names('os_distro=fedora-coreos')).toEqual(['fedora-coreos-fake']);
    expect(await names('visibility=private')).toEqual([]);
    expect(await names('status=queued')).toEqual([]);
    expect(await names(`owner=${adminProjectId}&size_max=65536&sort=name:asc`)).toEqual([
      'cirros-like',
      'fedora-coreos-fake',
    ]);
    expect(await names('sort_key=size&sort_dir=desc&limit=1')).toEqual(['ubuntu-22.04']);
    expect(await names('min_disk=3')).toEqual(['ubuntu-22.04']);
  });

  it('answers bad queries with webob 400 pages', async () => {
    const res = await get(`${glance}/v2/images?sort_key=foo`, demo, accept('application/json'));
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      message:
        'Invalid sort key: foo. It must be one of the following: name, status, container_format, disk_format, size, id, created_at, updated_at.<br /><br />\n\n\n',
      code: '400 Bad Request',
      title: 'Bad Request',
    });
    const marker = await get(`${glance}/v2/images?marker=zzz`, demo, accept('application/json'));
    expect((await json(marker)).message).toBe('No image found with ID zzz<br /><br />\n\n\n');
  });
});

describe('GET /v2/images/{id}', () => {
  it('shows an image and 404s unknown ids as Glance does for each Accept', async () => {
    const list = await json(await get(`${glance}/v2/images?name=cirros-like`, demo));
    const id = list.images[0].id;
    const shown = await json(await get(`${glance}/v2/images/${id}`, demo));
    expect(shown).toEqual(list.images[0]);

    const html = await get(`${glance}/v2/images/xyz`, demo);
    expect(html.status).toBe(404);
    expect(html.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(await html.text()).toBe(
      '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n' +
        '  No image found with ID xyz<br /><br />\n\n\n\n </body>\n</html>',
    );
    const plain = await get(`${glance}/v2/images/xyz`, demo, accept('text/plain'));
    expect(plain.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(await plain.text()).toBe('404 Not Found\n\nNo image found with ID xyz\n\n   ');
    const jsonRes = await get(`${glance}/v2/images/xyz`, demo, accept('application/json'));
    expect(await json(jsonRes)).toEqual({
      message: 'No image found with ID xyz<br /><br />\n\n\n',
      code: '404 Not Found',
      title: 'Not Found',
    });
  });

  it('404s unknown paths and trailing slashes, 405s other methods with Allow', async () => {
    expect((await get(`${glance}/v2/nothing`, demo)).status).toBe(404);
    expect((await get(`${glance}/v2/images/`, demo)).status).toBe(404);
    const res = await fetch(`${glance}/v2/images`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': demo, Accept: 'application/json' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(await json(res)).toEqual({
      message: 'The method PUT is not allowed for this resource. <br /><br />\n',
      code: '405 Method Not Allowed',
      title: 'Method Not Allowed',
    });
  });

  it('keeps each region’s images apart', async () => {
    const one = await json(await get(`${glance}/v2/images?name=cirros-like`, demo));
    const two = sandbox.endpoints.RegionTwo?.image ?? '';
    const res = await get(`${two}/v2/images/${one.images[0].id}`, demo);
    expect(res.status).toBe(404);
  });
});
