import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
beforeAll(async () => {
  cloud = await novaCloud();
});
afterAll(() => cloud.sandbox.close());

const ids = (body: Json) => body.flavors.map((f: Json) => f.id);

describe('flavors', () => {
  it('seeds the m1 set and shows it per microversion', async () => {
    const list = await cloud.ok(cloud.demo, 'GET', '/flavors');
    expect(list.flavors.map((f: Json) => f.name)).toEqual([
      'm1.tiny',
      'm1.small',
      'm1.medium',
      'm1.large',
      'm1.xlarge',
    ]);
    expect(Object.keys(list.flavors[0])).toEqual(['id', 'name', 'links', 'description']);
    const old = await cloud.ok(cloud.demo, 'GET', '/flavors/1', undefined, '2.1');
    expect(old.flavor).toEqual({
      id: '1',
      name: 'm1.tiny',
      ram: 512,
      disk: 1,
      swap: '',
      'OS-FLV-EXT-DATA:ephemeral': 0,
      'OS-FLV-DISABLED:disabled': false,
      vcpus: 1,
      'os-flavor-access:is_public': true,
      rxtx_factor: 1,
      links: [
        { rel: 'self', href: `${cloud.compute}/flavors/1` },
        { rel: 'bookmark', href: `${new URL(cloud.compute).origin}/flavors/1` },
      ],
    });
    const now = (await cloud.ok(cloud.demo, 'GET', '/flavors/5')).flavor;
    expect(now).toMatchObject({
      vcpus: 8,
      ram: 16384,
      disk: 160,
      swap: 0,
      description: null,
      extra_specs: {},
    });
    const missing = await cloud.nova(cloud.demo, 'GET', '/flavors/99');
    expect(await json(missing)).toEqual(fault(404, 'Flavor 99 could not be found.'));
  });

  it('filters by minDisk/minRam, sorts and pages', async () => {
    expect(ids(await cloud.ok(cloud.demo, 'GET', '/flavors?minDisk=40'))).toEqual(['3', '4', '5']);
    expect(ids(await cloud.ok(cloud.demo, 'GET', '/flavors?minRam=8192'))).toEqual(['4', '5']);
    expect(
      ids(await cloud.ok(cloud.demo, 'GET', '/flavors?sort_key=memory_mb&sort_dir=desc')),
    ).toEqual(['5', '4', '3', '2', '1']);
    const page = await cloud.ok(cloud.demo, 'GET', '/flavors/detail?limit=2');
    expect(ids(page)).toEqual(['1', '2']);
    expect(page.flavors_links).toEqual([
      { rel: 'next', href: `${cloud.compute}/flavors/detail?limit=2&marker=2` },
    ]);
    expect(ids(await cloud.ok(cloud.demo, 'GET', '/flavors?marker=4'))).toEqual(['5']);
    const bad = await cloud.nova(cloud.demo, 'GET', '/flavors?minDisk=big');
    expect(await json(bad)).toEqual(fault(400, 'Invalid minDisk filter [big]'));
  });

  it('lets only admins create and delete, with Nova’s policy text', async () => {
    const body = { flavor: { name: 'c1.test', id: 'c1', vcpus: 2, ram: 1024, disk: 10 } };
    const denied = await cloud.nova(cloud.demo, 'POST', '/flavors', body);
    expect({ status: denied.status, body: await json(denied) }).toEqual({
      status: 403,
      body: fault(
        403,
        "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.",
      ),
    });
    const created = await cloud.ok(cloud.admin, 'POST', '/flavors', body);
    expect(created.flavor).toMatchObject({
      id: 'c1',
      name: 'c1.test',
      'os-flavor-access:is_public': true,
    });
    const dup = await cloud.nova(cloud.admin, 'POST', '/flavors', body);
    expect(await json(dup)).toEqual(fault(409, 'Flavor with name c1.test already exists.'));
    const auto = await cloud.ok(cloud.admin, 'POST', '/flavors', {
      flavor: { name: 'auto-id', vcpus: 1, ram: 64, disk: 0 },
    });
    expect(auto.flavor.id).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await cloud.nova(cloud.demo, 'DELETE', '/flavors/c1');
    expect((await json(refused)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-flavor-manage:delete to be performed.",
    );
    expect((await cloud.nova(cloud.admin, 'DELETE', '/flavors/c1')).status).toBe(202);
    expect((await cloud.nova(cloud.demo, 'GET', '/flavors/c1')).status).toBe(404);
  });

  it('keeps extra specs', async () => {
    const path = '/flavors/3/os-extra_specs';
    expect(await cloud.ok(cloud.demo, 'GET', path)).toEqual({ extra_specs: {} });
    const set = await cloud.ok(cloud.admin, 'POST', path, {
      extra_specs: { 'hw:cpu_policy': 'shared', 'quota:disk_read_iops_sec': 100 },
    });
    expect(set).toEqual({
      extra_specs: { 'hw:cpu_policy': 'shared', 'quota:disk_read_iops_sec': '100' },
    });
    expect(await cloud.ok(cloud.demo, 'GET', `${path}/hw:cpu_policy`)).toEqual({
      'hw:cpu_policy': 'shared',
    });
    expect(
      await cloud.ok(cloud.admin, 'PUT', `${path}/hw:cpu_policy`, { 'hw:cpu_policy': 'dedicated' }),
    ).toEqual({
      'hw:cpu_policy': 'dedicated',
    });
    const mismatch = await cloud.nova(cloud.admin, 'PUT', `${path}/hw:cpu_policy`, { other: 'x' });
    expect(await json(mismatch)).toEqual(fault(400, 'Request body and URI mismatch'));
    const denied = await cloud.nova(cloud.demo, 'POST', path, { extra_specs: { a: 'b' } });
    expect((await json(denied)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-flavor-extra-specs:create to be performed.",
    );
    const invalid = await cloud.nova(cloud.admin, 'POST', path, {
      extra_specs: { 'hw:cpu_policy': 'sometimes' },
    });
    expect(await json(invalid)).toEqual(
      fault(400, "Validation failed; 'sometimes' is not one of: dedicated, shared, mixed."),
    );
    const unknown = await cloud.nova(cloud.admin, 'POST', path, {
      extra_specs: { 'hw:colour': 'red' },
    });
    expect((await json(unknown)).badRequest.message).toBe(
      "Validation failed; extra spec 'hw:colour' does not appear to be a valid extra spec.",
    );
    const before = await cloud.nova(
      cloud.admin,
      'POST',
      path,
      { extra_specs: { 'hw:colour': 'red' } },
      '2.85',
    );
    expect(before.status).toBe(200);
    await cloud.nova(cloud.admin, 'DELETE', `${path}/hw:colour`);
    expect((await cloud.nova(cloud.admin, 'DELETE', `${path}/hw:cpu_policy`)).status).toBe(200);
    const gone = await cloud.nova(cloud.demo, 'GET', `${path}/hw:cpu_policy`);
    expect(await json(gone)).toEqual(
      fault(404, 'Flavor 3 has no extra specs with key hw:cpu_policy.'),
    );
    const embedded = (await cloud.boot(cloud.demo, { flavorRef: '3' })).flavor;
    expect(embedded.extra_specs).toEqual({ 'quota:disk_read_iops_sec': '100' });
  });

  it('shares private flavors through os-flavor-access', async () => {
    await cloud.ok(cloud.admin, 'POST', '/flavors', {
      flavor: {
        name: 'private',
        id: 'p1',
        vcpus: 1,
        ram: 128,
        disk: 1,
        'os-flavor-access:is_public': false,
      },
    });
    expect(ids(await cloud.ok(cloud.demo, 'GET', '/flavors'))).not.toContain('p1');
    expect((await cloud.nova(cloud.demo, 'GET', '/flavors/p1')).status).toBe(404);
    expect(ids(await cloud.ok(cloud.admin, 'GET', '/flavors?is_public=none'))).toContain('p1');
    expect(ids(await cloud.ok(cloud.admin, 'GET', '/flavors?is_public=false'))).toEqual(['p1']);
    const demoProject = await cloud.projectId('demo');
    const added = await cloud.ok(cloud.admin, 'POST', '/flavors/p1/action', {
      addTenantAccess: { tenant: demoProject },
    });
    expect(added).toEqual({ flavor_access: [{ flavor_id: 'p1', tenant_id: demoProject }] });
    expect(ids(await cloud.ok(cloud.demo, 'GET', '/flavors'))).toContain('p1');
    const again = await cloud.nova(cloud.admin, 'POST', '/flavors/p1/action', {
      addTenantAccess: { tenant: demoProject },
    });
    expect(await json(again)).toEqual(
      fault(
        409,
        `Flavor access already exists for flavor p1 and project ${demoProject} combination.`,
      ),
    );
    const publicOne = await cloud.nova(cloud.admin, 'GET', '/flavors/1/os-flavor-access');
    expect(await json(publicOne)).toEqual(
      fault(404, 'Access list not available for public flavors.'),
    );
    const toPublic = await cloud.nova(cloud.admin, 'POST', '/flavors/1/action', {
      addTenantAccess: { tenant: demoProject },
    });
    expect(await json(toPublic)).toEqual(fault(409, 'Can not add access to a public flavor.'));
    await cloud.ok(cloud.admin, 'POST', '/flavors/p1/action', {
      removeTenantAccess: { tenant: demoProject },
    });
    expect(await cloud.ok(cloud.admin, 'GET', '/flavors/p1/os-flavor-access')).toEqual({
      flavor_access: [],
    });
    const removed = await cloud.nova(cloud.admin, 'POST', '/flavors/p1/action', {
      removeTenantAccess: { tenant: demoProject },
    });
    expect(await json(removed)).toEqual(
      fault(404, `Flavor access not found for p1 / ${demoProject} combination.`),
    );
  });
});
