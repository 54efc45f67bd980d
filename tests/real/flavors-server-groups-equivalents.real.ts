// The Flavors and Server Groups panels' equivalent commands, run for real against
// the devcloud: flavors as admin (Nova's policy), server groups as demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFlavorEquivalents,
  deleteFlavorEquivalents,
  modifyAccessEquivalents,
  updateMetadataEquivalents,
  type FlavorPreview,
} from '@/components/flavors/flavors-equivalents';
import {
  createServerGroupEquivalents,
  deleteServerGroupEquivalents,
} from '@/components/server-groups/server-groups-equivalents';
import { python, shell, stackCreate, stackDelete, workspace, type Workspace } from './clients';

let admin: Workspace;
let demo: Workspace;
let demoProject: string;

function unique(prefix: string): string {
  return `eq-${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

interface ShownFlavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  swap: number;
  rxtx_factor: number;
  'OS-FLV-EXT-DATA:ephemeral': number;
  'os-flavor-access:is_public': boolean;
  properties?: Record<string, string>;
  access_project_ids?: string[];
}

async function showFlavor(nameOrId: string): Promise<ShownFlavor> {
  return JSON.parse(await shell(admin, `openstack flavor show -f json ${nameOrId}`)) as ShownFlavor;
}

async function flavorNames(): Promise<string[]> {
  return (await shell(admin, 'openstack flavor list --all -f value -c Name'))
    .split('\n')
    .filter(Boolean);
}

async function groups(ws: Workspace): Promise<{ ID: string; Name: string; Policy: string }[]> {
  return JSON.parse(
    await shell(ws, 'openstack --os-compute-api-version 2.64 server group list -f json'),
  ) as { ID: string; Name: string; Policy: string }[];
}

async function showGroup(id: string) {
  return JSON.parse(
    await shell(demo, `openstack --os-compute-api-version 2.64 server group show -f json ${id}`),
  ) as { name: string; policy: string; rules: Record<string, number>; members: string[] };
}

const flavor = (name: string, change: Partial<FlavorPreview> = {}): FlavorPreview => ({
  name,
  vcpus: '2',
  ram: '1024',
  disk: '5',
  ephemeral: '1',
  swap: '256',
  rxtxFactor: '1.5',
  isPublic: false,
  ...change,
});

beforeAll(async () => {
  [admin, demo] = await Promise.all([workspace('admin'), workspace('demo')]);
  demoProject = (await shell(admin, 'openstack project show -f value -c id demo')).trim();
});

afterAll(async () => {
  const leftovers = (await flavorNames()).filter((n) => n.startsWith('eq-'));
  if (leftovers.length) await shell(admin, `openstack flavor delete ${leftovers.join(' ')}`);
  const groupsLeft = (await groups(demo)).filter((g) => g.Name.startsWith('eq-'));
  if (groupsLeft.length)
    await shell(demo, `openstack server group delete ${groupsLeft.map((g) => g.ID).join(' ')}`);
});

describe('Create Flavor equivalents (admin)', () => {
  it('the CLI creates it; set/unset metadata and access; delete', async () => {
    const name = unique('cli');
    await shell(admin, createFlavorEquivalents(flavor(name, { id: name })).cli);
    expect(await showFlavor(name)).toMatchObject({
      id: name,
      vcpus: 2,
      ram: 1024,
      disk: 5,
      swap: 256,
      rxtx_factor: 1.5,
      'OS-FLV-EXT-DATA:ephemeral': 1,
      'os-flavor-access:is_public': false,
    });

    await shell(
      admin,
      updateMetadataEquivalents(name, { 'hw:cpu_policy': 'dedicated', a: 'b' }, []).cli,
    );
    await shell(admin, updateMetadataEquivalents(name, { a: 'c' }, ['hw:cpu_policy']).cli);
    expect((await showFlavor(name)).properties).toEqual({ a: 'c' });

    await shell(admin, modifyAccessEquivalents(name, [demoProject], [], [demoProject]).cli);
    expect((await showFlavor(name)).access_project_ids).toEqual([demoProject]);
    await shell(admin, modifyAccessEquivalents(name, [], [demoProject], []).cli);
    expect((await showFlavor(name)).access_project_ids).toEqual([]);

    await shell(admin, deleteFlavorEquivalents([name]).cli);
    expect(await flavorNames()).not.toContain(name);
  });

  it('the openstacksdk snippets create it with a generated id, change and delete it', async () => {
    const name = unique('sdk');
    const id = (await python(admin, createFlavorEquivalents(flavor(name)).sdk)).trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await showFlavor(id)).toMatchObject({ name, vcpus: 2, swap: 256, rxtx_factor: 1.5 });

    await python(admin, updateMetadataEquivalents(id, { k: 'v', gone: 'x' }, []).sdk);
    await python(admin, updateMetadataEquivalents(id, {}, ['gone']).sdk);
    expect((await showFlavor(id)).properties).toEqual({ k: 'v' });

    await python(admin, modifyAccessEquivalents(id, [demoProject], [], [demoProject]).sdk);
    expect((await showFlavor(id)).access_project_ids).toEqual([demoProject]);
    await python(admin, modifyAccessEquivalents(id, [], [demoProject], []).sdk);
    expect((await showFlavor(id)).access_project_ids).toEqual([]);

    await python(admin, deleteFlavorEquivalents([id]).sdk);
    expect(await flavorNames()).not.toContain(name);
  });

  it('the Heat template creates it; deleting the stack removes it', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(
        admin,
        stack,
        createFlavorEquivalents(flavor(name, { isPublic: true })).hot,
      );
      expect(await showFlavor(name)).toMatchObject({
        vcpus: 2,
        ram: 1024,
        swap: 256,
        'os-flavor-access:is_public': true,
      });
    } finally {
      await stackDelete(admin, stack);
    }
    expect(await flavorNames()).not.toContain(name);
  });
});

describe('Create Server Group equivalents (demo)', () => {
  it('the CLI creates each kind of group, with the microversion it needs', async () => {
    const cases: [string, number | undefined][] = [
      ['affinity', undefined],
      ['soft-anti-affinity', undefined],
      ['anti-affinity', 2],
    ];
    for (const [policy, max] of cases) {
      const name = unique(`cli-${policy}`);
      await shell(demo, createServerGroupEquivalents(name, policy, max).cli);
      const id = (await groups(demo)).find((g) => g.Name === name)?.ID;
      expect(id, name).toBeTruthy();
      const shown = await showGroup(id!);
      expect(shown).toMatchObject({ name, policy, members: [] });
      expect(shown.rules).toEqual(max ? { max_server_per_host: max } : {});
      await shell(demo, deleteServerGroupEquivalents([id!]).cli);
    }
    expect((await groups(demo)).map((g) => g.Name).filter((n) => n.startsWith('eq-cli'))).toEqual(
      [],
    );
  });

  it('the openstacksdk snippet creates it with its rule; the delete snippet removes it', async () => {
    const name = unique('sdk');
    const id = (
      await python(demo, createServerGroupEquivalents(name, 'anti-affinity', 3).sdk)
    ).trim();
    expect(await showGroup(id)).toMatchObject({
      name,
      policy: 'anti-affinity',
      rules: { max_server_per_host: 3 },
    });
    await python(demo, deleteServerGroupEquivalents([id]).sdk);
    expect((await groups(demo)).map((g) => g.ID)).not.toContain(id);
  });

  it('the Heat template creates it; deleting the stack removes it', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(demo, stack, createServerGroupEquivalents(name, 'anti-affinity', 2).hot);
      const id = (await groups(demo)).find((g) => g.Name === name)?.ID;
      expect(await showGroup(id!)).toMatchObject({
        policy: 'anti-affinity',
        rules: { max_server_per_host: 2 },
      });
    } finally {
      await stackDelete(demo, stack);
    }
    expect((await groups(demo)).map((g) => g.Name)).not.toContain(name);
  });
});
