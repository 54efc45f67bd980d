// Nova flavors, extra specs and flavor access (lib/openstack/compute/flavors.ts) and
// Keystone's project list (lib/openstack/keystone-browser.ts): admin calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { DashboardToken } from '@/lib/session-token';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let admin: Api;
let demo: Api;
let demoToken: DashboardToken;
const created: string[] = [];

beforeAll(async () => {
  demoToken = await session('demo');
  [admin, demo] = await Promise.all([apiFor(await session('admin')), apiFor(demoToken)]);
});

afterAll(async () => {
  await Promise.allSettled(created.map((id) => admin.compute.deleteFlavor(id)));
});

async function privateFlavor() {
  const name = unique('flv');
  const flavor = await admin.compute.createFlavor({
    name,
    id: name,
    vcpus: 2,
    ram: 1024,
    disk: 5,
    'OS-FLV-EXT-DATA:ephemeral': 1,
    swap: 256,
    rxtx_factor: 1.5,
    'os-flavor-access:is_public': false,
  });
  created.push(flavor.id);
  return flavor;
}

describe('compute flavors (admin)', () => {
  it('creates a private flavor with every field; admins list it with is_public=None', async () => {
    const flavor = await privateFlavor();
    expect(flavor).toMatchObject({
      id: flavor.name,
      vcpus: 2,
      ram: 1024,
      disk: 5,
      'OS-FLV-EXT-DATA:ephemeral': 1,
      swap: 256,
      rxtx_factor: 1.5,
      'os-flavor-access:is_public': false,
      extra_specs: {},
    });
    const all = await admin.compute.listFlavors({ filters: { is_public: 'None' }, limit: 1000 });
    expect(all.items.map((f) => f.id)).toContain(flavor.id);
    const publicOnly = await admin.compute.listFlavors({ limit: 1000 });
    expect(publicOnly.items.map((f) => f.id)).not.toContain(flavor.id);
    expect((await demo.compute.listFlavors({ limit: 1000 })).items.map((f) => f.id)).not.toContain(
      flavor.id,
    );
  });

  it('generates an id when none is given, and pages with markers', async () => {
    const flavor = await admin.compute.createFlavor({
      name: unique('auto'),
      vcpus: 1,
      ram: 64,
      disk: 0,
    });
    created.push(flavor.id);
    expect(flavor.id).toMatch(/^[0-9a-f-]{36}$/);
    const first = await admin.compute.listFlavors({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]?.id);
    const second = await admin.compute.listFlavors({ limit: 1, marker: first.next });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it("refuses a duplicate name with 409 and Nova's text", async () => {
    const flavor = await privateFlavor();
    const error = await failure(
      admin.compute.createFlavor({ name: flavor.name, vcpus: 1, ram: 64, disk: 0 }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe(`Flavor with name ${flavor.name} already exists.`);
  });

  it('sets, reads and removes extra specs', async () => {
    const flavor = await privateFlavor();
    const set = await admin.compute.setExtraSpecs(flavor.id, {
      'hw:cpu_policy': 'dedicated',
      'quota:disk_read_bytes_sec': '10240000',
    });
    expect(set).toEqual({ 'hw:cpu_policy': 'dedicated', 'quota:disk_read_bytes_sec': '10240000' });
    await admin.compute.deleteExtraSpec(flavor.id, 'hw:cpu_policy');
    expect(await admin.compute.getExtraSpecs(flavor.id)).toEqual({
      'quota:disk_read_bytes_sec': '10240000',
    });
    expect((await admin.compute.getFlavor(flavor.id)).extra_specs).toEqual({
      'quota:disk_read_bytes_sec': '10240000',
    });
    const bad = await failure(
      admin.compute.setExtraSpecs(flavor.id, { 'hw:cpu_policy': 'sometimes' }),
    );
    expect(bad.status).toBe(400);
  });

  it('grants a project access to a private flavor and takes it back', async () => {
    const flavor = await privateFlavor();
    const projectId = demoToken.project.id;
    await admin.compute.setFlavorAccess(flavor.id, projectId, true);
    expect(await admin.compute.listFlavorAccess(flavor.id)).toEqual([projectId]);
    expect((await demo.compute.listFlavors({ limit: 1000 })).items.map((f) => f.id)).toContain(
      flavor.id,
    );
    await admin.compute.setFlavorAccess(flavor.id, projectId, false);
    expect(await admin.compute.listFlavorAccess(flavor.id)).toEqual([]);
  });

  it('refuses access lists on a public flavor with 409', async () => {
    const flavor = await admin.compute.createFlavor({
      name: unique('pub'),
      vcpus: 1,
      ram: 64,
      disk: 0,
    });
    created.push(flavor.id);
    const error = await failure(
      admin.compute.setFlavorAccess(flavor.id, demoToken.project.id, true),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe('Can not add access to a public flavor.');
  });

  it('deletes a flavor; it is then not found', async () => {
    const flavor = await privateFlavor();
    await admin.compute.deleteFlavor(flavor.id);
    const error = await failure(admin.compute.getFlavor(flavor.id));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`Flavor ${flavor.id} could not be found.`);
  });
});

describe('flavors for members', () => {
  it("refuses create and delete with Nova's policy text", async () => {
    const create = await failure(
      demo.compute.createFlavor({ name: unique('member'), vcpus: 1, ram: 64, disk: 0 }),
    );
    expect(create.status).toBe(403);
    expect(create.message).toBe(
      "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.",
    );
    const flavor = (await demo.compute.listFlavors({ limit: 1 })).items[0];
    expect(flavor).toBeDefined();
    const del = await failure(demo.compute.deleteFlavor(flavor!.id));
    expect(del.status).toBe(403);
    expect(del.message).toBe(
      "Policy doesn't allow os_compute_api:os-flavor-manage:delete to be performed.",
    );
  });
});

describe('identity projects (for Modify Access)', () => {
  it('lists every project to an admin, sorted by name', async () => {
    const projects = await admin.identity.listProjects();
    const names = projects.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['admin', 'demo']));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("refuses a member with Keystone's text", async () => {
    const error = await failure(demo.identity.listProjects());
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      'You are not authorized to perform the requested action: identity:list_projects.',
    );
  });
});
