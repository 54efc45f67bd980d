import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, faultOf, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
let cirros: string;

beforeAll(async () => {
  cloud = await novaCloud({ bootMs: 300 });
  cirros = await cloud.imageId('cirros-0.6.2-x86_64-disk');
});
afterAll(() => cloud.sandbox.close());

const create = (server: Json, version = '2.93', token = cloud.demo, extra: Json = {}) =>
  cloud.nova(token, 'POST', '/servers', { server, ...extra }, version);

const minimal = (extra: Json = {}) => ({ name: 'vm', imageRef: cirros, flavorRef: '1', ...extra });

describe('POST /servers', () => {
  it('answers 202 with the id, links, a password and a Location', async () => {
    const res = await create(minimal({ networks: 'auto' }));
    expect(res.status).toBe(202);
    const { server } = await json(res);
    expect(Object.keys(server)).toEqual([
      'id',
      'links',
      'OS-DCF:diskConfig',
      'security_groups',
      'adminPass',
    ]);
    expect(server.security_groups).toEqual([{ name: 'default' }]);
    expect(server.adminPass).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(res.headers.get('location')).toBe(`${cloud.compute}/servers/${server.id}`);
    expect(server.links[1].href).toBe(`${new URL(cloud.compute).origin}/servers/${server.id}`);
  });

  it('boots through BUILD task states to ACTIVE with an address on the private network', async () => {
    const { server } = await json(await create(minimal({ networks: 'auto' })));
    const first = (await cloud.ok(cloud.demo, 'GET', `/servers/${server.id}`)).server;
    expect(first.status).toBe('BUILD');
    expect(first['OS-EXT-STS:vm_state']).toBe('building');
    expect(first.addresses).toEqual({});
    expect(first['OS-SRV-USG:launched_at']).toBeNull();
    const active = await cloud.waitForStatus(cloud.demo, server.id, 'ACTIVE');
    expect(active['OS-EXT-STS:power_state']).toBe(1);
    expect(active['OS-EXT-AZ:availability_zone']).toBe('nova');
    expect(active['OS-SRV-USG:launched_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000$/);
    expect(active.hostId).toMatch(/^[0-9a-f]{56}$/);
    const [address] = active.addresses.private;
    expect(address.addr).toMatch(/^10\.0\.0\.\d+$/);
    expect(address['OS-EXT-IPS:type']).toBe('fixed');
    expect(address['OS-EXT-IPS-MAC:mac_addr']).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });

  it('requires networks from 2.37 and takes none/auto', async () => {
    const res = await create(minimal());
    expect(res.status).toBe(400);
    expect((await json(res)).badRequest.message).toMatch(
      /^Invalid input for field\/attribute server\. Value: .*'networks' is a required property$/,
    );
    expect((await create(minimal(), '2.36')).status).toBe(202);
    const none = await json(await create(minimal({ networks: 'none' })));
    const active = await cloud.waitForStatus(cloud.demo, none.server.id, 'ACTIVE');
    expect(active.addresses).toEqual({});
    const bad = await create(minimal({ networks: 'some' }));
    expect((await json(bad)).badRequest.message).toBe(
      "Invalid input for field/attribute networks. Value: some. 'some' is not valid under any of the given schemas",
    );
  });

  it('refuses a flavor too small for the image at the API, as Nova does', async () => {
    const ubuntu = await cloud.imageId('ubuntu-22.04');
    const res = await create({ name: 'big', imageRef: ubuntu, flavorRef: '1', networks: 'none' });
    expect(res.status).toBe(400);
    expect((await json(res)).badRequest.message).toMatch(
      /^Flavor's disk is (too small for requested image|smaller than the minimum size specified in image metadata)\. Flavor disk is 1073741824 bytes, /,
    );
  });

  it('goes to ERROR with "No valid host was found." when no host can take the flavor', async () => {
    await cloud.ok(cloud.admin, 'POST', '/flavors', {
      flavor: { name: 'huge', id: 'huge', vcpus: 1000, ram: 512, disk: 1 },
    });
    const adminProject = await cloud.projectId('admin');
    await cloud.ok(cloud.admin, 'PUT', `/os-quota-sets/${adminProject}`, {
      quota_set: { cores: -1 },
    });
    const res = await create(minimal({ flavorRef: 'huge', networks: 'none' }), '2.93', cloud.admin);
    const { server } = await json(res);
    expect(res.status, JSON.stringify(server)).toBe(202);
    const failed = await cloud.waitForStatus(cloud.admin, server.id, 'ERROR');
    expect(failed.fault).toMatchObject({ code: 500, message: 'No valid host was found. ' });
    expect(failed.fault.created).toMatch(/Z$/);
    expect(failed.fault.details).toContain('NoValidHost');
    expect(failed['OS-EXT-STS:vm_state']).toBe('error');
    expect(await cloud.ok(cloud.admin, 'DELETE', `/servers/${server.id}`)).toEqual({});
  });

  it('names servers -1, -2 for min_count/max_count and can answer with the reservation id', async () => {
    const res = await create(
      minimal({ name: 'multi', networks: 'none', min_count: 2, max_count: 2 }),
    );
    expect(res.status).toBe(202);
    const list = await cloud.ok(cloud.demo, 'GET', '/servers?name=^multi-');
    expect(list.servers.map((s: Json) => s.name).sort()).toEqual(['multi-1', 'multi-2']);
    const reserved = await create(
      minimal({ name: 'resv', networks: 'none', return_reservation_id: true }),
    );
    expect(await json(reserved)).toEqual({
      reservation_id: expect.stringMatching(/^r-[0-9a-z]{8}$/),
    });
    const bad = await create(minimal({ networks: 'none', min_count: 3, max_count: 2 }));
    expect(await faultOf(bad)).toEqual({
      status: 400,
      body: fault(400, 'min_count must be <= max_count'),
    });
  });

  it("enforces the instances quota with Nova's 403 text", async () => {
    const res = await create(minimal({ networks: 'none', min_count: 11 }));
    expect(res.status).toBe(403);
    expect((await json(res)).forbidden.message).toMatch(
      /^Quota exceeded for instances: Requested 11, but already used \d+ of 10 instances$/,
    );
  });

  it('checks user_data, key_name, image and flavor', async () => {
    const long = Buffer.alloc(70 * 1024, 'a').toString('base64');
    const tooLong = await json(await create(minimal({ networks: 'none', user_data: long })));
    expect(tooLong.badRequest.message).toMatch(
      /^Invalid input for field\/attribute user_data\. .* is too long$/,
    );
    const notBase64 = await json(await create(minimal({ networks: 'none', user_data: 'abc' })));
    expect(notBase64.badRequest.message).toBe(
      "Invalid input for field/attribute user_data. Value: abc. 'abc' is not a 'base64'",
    );
    expect(await json(await create(minimal({ networks: 'none', key_name: 'nope' })))).toEqual(
      fault(400, 'Invalid key_name provided.'),
    );
    expect(
      await json(
        await create(
          minimal({ networks: 'none', imageRef: '6f1a3c52-7e1b-4c0e-9d5a-2b8f0c4d1e77' }),
        ),
      ),
    ).toEqual(fault(400, 'Can not find requested image'));
    expect(await json(await create(minimal({ networks: 'none', flavorRef: '99' })))).toEqual(
      fault(400, 'Flavor 99 could not be found.'),
    );
  });

  it('boots from a new volume: no image, the volume listed as attached', async () => {
    const res = await create({
      name: 'bfv',
      flavorRef: '1',
      networks: 'none',
      block_device_mapping_v2: [
        {
          boot_index: 0,
          uuid: cirros,
          source_type: 'image',
          destination_type: 'volume',
          volume_size: 1,
          delete_on_termination: true,
        },
      ],
    });
    expect(res.status).toBe(202);
    const server = await cloud.waitForStatus(cloud.demo, (await json(res)).server.id, 'ACTIVE');
    expect(server.image).toBe('');
    expect(server['os-extended-volumes:volumes_attached']).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), delete_on_termination: true },
    ]);
    const missingSize = await create({
      name: 'bfv',
      flavorRef: '1',
      networks: 'none',
      block_device_mapping_v2: [
        { boot_index: 0, uuid: cirros, source_type: 'image', destination_type: 'volume' },
      ],
    });
    expect((await json(missingSize)).badRequest.message).toContain('need to have a non-zero size');
  });
});

describe('GET /servers/{id} per microversion and role', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await cloud.boot(cloud.demo, { name: 'shown', description: 'about it', metadata: { a: 'b' } })
    ).id;
  });

  it('shows the flavor as a link before 2.47 and embedded from 2.47', async () => {
    const old = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`, undefined, '2.46')).server;
    expect(old.flavor).toEqual({
      id: '1',
      links: [{ rel: 'bookmark', href: `${new URL(cloud.compute).origin}/flavors/1` }],
    });
    const now = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
    expect(now.flavor).toEqual({
      vcpus: 1,
      ram: 512,
      disk: 1,
      ephemeral: 0,
      swap: 0,
      original_name: 'm1.tiny',
      extra_specs: {},
    });
  });

  it('adds fields by microversion and OS-EXT-SRV-ATTR for admins only', async () => {
    const v21 = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`, undefined, '2.1')).server;
    expect(v21.description).toBeUndefined();
    expect(v21.locked).toBeUndefined();
    expect(v21.tags).toBeUndefined();
    expect(v21['OS-EXT-SRV-ATTR:host']).toBeUndefined();
    const demo = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
    expect(demo).toMatchObject({
      description: 'about it',
      locked: false,
      locked_reason: null,
      tags: [],
      metadata: { a: 'b' },
      server_groups: [],
      'OS-EXT-SRV-ATTR:hostname': 'shown',
      'OS-EXT-AZ:availability_zone': 'nova',
    });
    expect(demo.host_status).toBeUndefined();
    const admin = (await cloud.ok(cloud.admin, 'GET', `/servers/${id}`)).server;
    expect(admin).toMatchObject({
      'OS-EXT-SRV-ATTR:host': 'sandbox-compute',
      'OS-EXT-SRV-ATTR:instance_name': expect.stringMatching(/^instance-[0-9a-f]{8}$/),
      'OS-EXT-SRV-ATTR:reservation_id': expect.stringMatching(/^r-/),
      'OS-EXT-SRV-ATTR:launch_index': 0,
      host_status: 'UP',
    });
  });

  it('updates name and description; 404s for other projects', async () => {
    const updated = await cloud.ok(cloud.demo, 'PUT', `/servers/${id}`, {
      server: { name: 'renamed', description: null },
    });
    expect(updated.server).toMatchObject({ name: 'renamed', description: null });
    const other = await cloud.nova(
      await (await import('./helpers')).login(cloud.sandbox.authUrl, 'admin', 'admin', 'admin'),
      'GET',
      `/servers/${id}`,
    );
    expect(other.status).toBe(200);
    const res = await cloud.nova(
      cloud.demo,
      'GET',
      '/servers/00000000-0000-4000-8000-000000000000',
    );
    expect(await faultOf(res)).toEqual({
      status: 404,
      body: fault(404, 'Instance 00000000-0000-4000-8000-000000000000 could not be found.'),
    });
  });

  it('deletes: deleting, then gone', async () => {
    const server = await cloud.boot(cloud.demo, { name: 'doomed' });
    expect((await cloud.nova(cloud.demo, 'DELETE', `/servers/${server.id}`)).status).toBe(204);
    const during = (await cloud.ok(cloud.demo, 'GET', `/servers/${server.id}`)).server;
    expect(during['OS-EXT-STS:task_state']).toBe('deleting');
    for (let i = 0; i < 100; i += 1) {
      if ((await cloud.nova(cloud.demo, 'GET', `/servers/${server.id}`)).status === 404) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await cloud.nova(cloud.demo, 'GET', `/servers/${server.id}`)).status).toBe(404);
  });
});
