// The Flavors panel's equivalent commands, run for real against the devcloud as
// admin (Nova's policy). Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
  NO_SANDBOX_HEAT,
  skipOnSandbox,
} from '@/tests/real/clients';
import {
  createFlavorEquivalents,
  deleteFlavorEquivalents,
  modifyAccessEquivalents,
  updateMetadataEquivalents,
  type FlavorPreview,
} from './flavors-equivalents';

let admin: Workspace;
let demoProject: string;

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
  admin = await workspace('admin');
  demoProject = (await shell(admin, 'openstack project show -f value -c id demo')).trim();
});

afterAll(async () => {
  const leftovers = (await flavorNames()).filter((n) => n.startsWith('eq-'));
  if (leftovers.length) await shell(admin, `openstack flavor delete ${leftovers.join(' ')}`);
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

  it('the Heat template creates it; deleting the stack removes it', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
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
