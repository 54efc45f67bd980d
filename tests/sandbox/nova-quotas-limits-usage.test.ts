import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
let student: string;
let project: string;

beforeAll(async () => {
  cloud = await novaCloud({ students: 2 });
  student = await login(cloud.sandbox.authUrl, 'student01');
  project = await cloud.projectId('student01');
});
afterAll(() => cloud.sandbox.close());

describe('os-quota-sets', () => {
  it('shows Zed defaults, fewer resources at later microversions', async () => {
    const old = await cloud.ok(student, 'GET', `/os-quota-sets/${project}`, undefined, '2.1');
    expect(old.quota_set).toEqual({
      id: project,
      cores: 20,
      fixed_ips: -1,
      floating_ips: -1,
      injected_file_content_bytes: 10240,
      injected_file_path_bytes: 255,
      injected_files: 5,
      instances: 10,
      key_pairs: 100,
      metadata_items: 128,
      ram: 51200,
      security_group_rules: -1,
      security_groups: -1,
      server_group_members: 10,
      server_groups: 10,
    });
    const now = await cloud.ok(student, 'GET', `/os-quota-sets/${project}`);
    expect(Object.keys(now.quota_set)).toEqual([
      'id',
      'cores',
      'instances',
      'key_pairs',
      'metadata_items',
      'ram',
      'server_group_members',
      'server_groups',
    ]);
    const other = await cloud.projectId('student02');
    const denied = await cloud.nova(student, 'GET', `/os-quota-sets/${other}`);
    expect(await json(denied)).toEqual(
      fault(403, "Policy doesn't allow os_compute_api:os-quota-sets:show to be performed."),
    );
  });

  it('counts usage in detail and enforces an admin-set limit', async () => {
    const server = await cloud.boot(student, { flavorRef: '2' });
    const detail = await cloud.ok(student, 'GET', `/os-quota-sets/${project}/detail`);
    expect(detail.quota_set.instances).toEqual({ limit: 10, in_use: 1, reserved: 0 });
    expect(detail.quota_set.ram).toEqual({ limit: 51200, in_use: 2048, reserved: 0 });
    const denied = await cloud.nova(student, 'PUT', `/os-quota-sets/${project}`, {
      quota_set: { instances: 1 },
    });
    expect((await json(denied)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-quota-sets:update to be performed.",
    );
    const tooLow = await cloud.nova(cloud.admin, 'PUT', `/os-quota-sets/${project}`, {
      quota_set: { instances: 0 },
    });
    expect(await json(tooLow)).toEqual(
      fault(
        400,
        'Quota limit 0 for instances must be greater than or equal to already used and reserved 1.',
      ),
    );
    const set = await cloud.ok(cloud.admin, 'PUT', `/os-quota-sets/${project}`, {
      quota_set: { instances: 1, cores: 4 },
    });
    expect(set.quota_set).toMatchObject({ instances: 1, cores: 4 });
    expect(set.quota_set.id).toBeUndefined();
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const over = await cloud.nova(student, 'POST', '/servers', {
      server: { name: 'one-too-many', imageRef: image, flavorRef: '1', networks: 'none' },
    });
    expect({ status: over.status, body: await json(over) }).toEqual({
      status: 403,
      body: fault(
        403,
        'Quota exceeded for instances: Requested 1, but already used 1 of 1 instances',
      ),
    });
    const resize = await cloud.nova(student, 'POST', `/servers/${server.id}/action`, {
      resize: { flavorRef: '5' },
    });
    expect(await json(resize)).toEqual(
      fault(403, 'Quota exceeded for cores: Requested 7, but already used 1 of 4 cores'),
    );
    expect((await cloud.nova(cloud.admin, 'DELETE', `/os-quota-sets/${project}`)).status).toBe(202);
    const reverted = await cloud.ok(student, 'GET', `/os-quota-sets/${project}`);
    expect(reverted.quota_set.instances).toBe(10);
    const defaults = await cloud.ok(student, 'GET', `/os-quota-sets/${project}/defaults`);
    expect(defaults.quota_set.cores).toBe(20);
    await cloud.ok(student, 'DELETE', `/servers/${server.id}`);
  });
});

describe('limits', () => {
  it('reports absolute limits and usage per microversion', async () => {
    const { limits } = await cloud.ok(cloud.demo, 'GET', '/limits');
    expect(limits.rate).toEqual([]);
    expect(Object.keys(limits.absolute)).toEqual([
      'maxTotalInstances',
      'maxTotalCores',
      'maxTotalRAMSize',
      'maxServerMeta',
      'maxTotalKeypairs',
      'maxServerGroups',
      'maxServerGroupMembers',
      'totalRAMUsed',
      'totalCoresUsed',
      'totalInstancesUsed',
      'totalServerGroupsUsed',
    ]);
    const old = (await cloud.ok(cloud.demo, 'GET', '/limits', undefined, '2.1')).limits.absolute;
    expect(old).toMatchObject({
      maxImageMeta: 128,
      maxPersonality: 5,
      maxSecurityGroups: -1,
      totalFloatingIpsUsed: 0,
    });
    await cloud.boot(cloud.demo, { flavorRef: '3' });
    const after = (await cloud.ok(cloud.demo, 'GET', '/limits')).limits.absolute;
    expect(after).toMatchObject({ totalInstancesUsed: 1, totalCoresUsed: 2, totalRAMUsed: 4096 });
  });
});

describe('os-simple-tenant-usage', () => {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 19);

  it('sums hours per server for a project, with server usages', async () => {
    const server = await cloud.boot(student, { name: 'billed' });
    await new Promise((r) => setTimeout(r, 30));
    // One start for the request and the expectation: two calls to day() can fall either side of a second.
    const start = day(-1);
    const usage = await cloud.ok(
      student,
      'GET',
      `/os-simple-tenant-usage/${project}?start=${start}&end=${day(1)}`,
    );
    const t = usage.tenant_usage;
    expect(t.tenant_id).toBe(project);
    const mine = t.server_usages.find((u: Json) => u.instance_id === server.id);
    expect(mine).toMatchObject({
      flavor: 'm1.tiny',
      name: 'billed',
      memory_mb: 512,
      local_gb: 1,
      vcpus: 1,
      state: 'active',
      ended_at: null,
    });
    expect(mine.hours).toBeGreaterThan(0);
    expect(t.total_hours).toBeCloseTo(
      t.server_usages.reduce((n: number, u: Json) => n + u.hours, 0),
      10,
    );
    expect(t.start).toBe(`${start}.000000`);
    expect(t.stop).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    const empty = await cloud.ok(
      student,
      'GET',
      `/os-simple-tenant-usage/${project}?start=2020-01-01T00:00:00&end=2020-01-02T00:00:00`,
    );
    expect(empty).toEqual({ tenant_usage: {} });
    const detailedShow = await cloud.nova(
      student,
      'GET',
      `/os-simple-tenant-usage/${project}?start=${day(-1)}&detailed=1`,
    );
    expect(await json(detailedShow)).toEqual(
      fault(400, "Additional properties are not allowed ('detailed' was unexpected)"),
    );
    const backwards = await cloud.nova(
      student,
      'GET',
      `/os-simple-tenant-usage/${project}?start=${day(1)}&end=${day(-1)}`,
    );
    expect(await json(backwards)).toEqual(
      fault(400, 'Invalid start time. The start time cannot occur after the end time.'),
    );
  });

  it('lists every project for admins, detailed on request, paged from 2.40', async () => {
    const denied = await cloud.nova(student, 'GET', '/os-simple-tenant-usage');
    expect((await json(denied)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-simple-tenant-usage:list to be performed.",
    );
    const plain = await cloud.ok(
      cloud.admin,
      'GET',
      `/os-simple-tenant-usage?start=${day(-1)}&end=${day(1)}`,
    );
    expect(plain.tenant_usages.length).toBeGreaterThan(0);
    expect(plain.tenant_usages[0].server_usages).toBeUndefined();
    const detailed = await cloud.ok(
      cloud.admin,
      'GET',
      `/os-simple-tenant-usage?start=${day(-1)}&end=${day(1)}&detailed=1`,
    );
    expect(detailed.tenant_usages[0].server_usages.length).toBeGreaterThan(0);
    const paged = await cloud.ok(
      cloud.admin,
      'GET',
      `/os-simple-tenant-usage?start=${day(-1)}&end=${day(1)}&limit=1`,
    );
    expect(paged.tenant_usages_links[0].href).toMatch(
      /os-simple-tenant-usage\?end=.*&limit=1&start=.*&marker=[0-9a-f-]{36}$/,
    );
  });
});

describe('os-availability-zone', () => {
  it('lists the nova zone; the detail with hosts is for admins', async () => {
    expect(await cloud.ok(cloud.demo, 'GET', '/os-availability-zone')).toEqual({
      availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }],
    });
    const denied = await cloud.nova(cloud.demo, 'GET', '/os-availability-zone/detail');
    expect(await json(denied)).toEqual(
      fault(
        403,
        "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed.",
      ),
    );
    const detail = await cloud.ok(cloud.admin, 'GET', '/os-availability-zone/detail');
    expect(detail.availabilityZoneInfo.map((z: Json) => z.zoneName)).toEqual(['internal', 'nova']);
    expect(detail.availabilityZoneInfo[1].hosts['sandbox-compute']['nova-compute']).toMatchObject({
      available: true,
      active: true,
    });
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const elsewhere = await cloud.nova(cloud.demo, 'POST', '/servers', {
      server: {
        name: 'x',
        imageRef: image,
        flavorRef: '1',
        networks: 'none',
        availability_zone: 'moon',
      },
    });
    expect(await json(elsewhere)).toEqual(
      fault(400, 'The requested availability zone is not available'),
    );
  });
});
