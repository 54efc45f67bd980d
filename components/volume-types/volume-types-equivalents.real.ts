// The Volume Types panel's equivalent commands, run for real against the devcloud
// as admin. Only in `npm run test:real` (tests/real/vitest.config.mts).
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
  createVolumeTypeEquivalents,
  deleteVolumeTypeEquivalents,
  extraSpecsEquivalents,
} from './volume-types-equivalents';

let admin: Workspace;

interface ShownType {
  id: string;
  name: string;
  description: string | null;
  is_public: boolean;
  properties: Record<string, string> | string;
}

async function types(): Promise<{ ID: string; Name: string }[]> {
  return JSON.parse(await shell(admin, 'openstack volume type list --long -f json')) as {
    ID: string;
    Name: string;
  }[];
}

async function show(id: string): Promise<ShownType> {
  return JSON.parse(await shell(admin, `openstack volume type show -f json ${id}`)) as ShownType;
}

/** The client prints properties as a dict or as "k='v', …" text, by version. */
function properties(shown: ShownType): Record<string, string> {
  if (typeof shown.properties !== 'string') return shown.properties ?? {};
  return Object.fromEntries(
    [...shown.properties.matchAll(/([^=, ]+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!]),
  );
}

beforeAll(async () => {
  admin = await workspace('admin');
});

afterAll(async () => {
  const left = (await types()).filter((t) => t.Name.startsWith('eq-'));
  if (left.length)
    await shell(admin, `openstack volume type delete ${left.map((t) => t.ID).join(' ')}`);
});

describe('Volume Types equivalents (admin)', () => {
  it('the CLI creates a private type, sets and unsets extra specs, deletes it', async () => {
    const name = unique('cli');
    await shell(admin, createVolumeTypeEquivalents(name, 'fast disks', false).cli);
    const id = (await types()).find((t) => t.Name === name)?.ID;
    expect(id, name).toBeTruthy();
    expect(await show(id!)).toMatchObject({ name, description: 'fast disks', is_public: false });
    await shell(admin, extraSpecsEquivalents(id!, { a: '1', 'b:c': 'x y' }, [], {}).cli);
    expect(properties(await show(id!))).toEqual({ a: '1', 'b:c': 'x y' });
    await shell(admin, extraSpecsEquivalents(id!, { a: '2' }, ['b:c'], { a: '2' }).cli);
    expect(properties(await show(id!))).toEqual({ a: '2' });
    await shell(admin, deleteVolumeTypeEquivalents([id!]).cli);
    expect((await types()).map((t) => t.ID)).not.toContain(id);
  });

  it('the openstacksdk snippets create, change and delete it', async () => {
    const name = unique('sdk');
    const id = (await python(admin, createVolumeTypeEquivalents(name, '', true).sdk)).trim();
    expect(await show(id)).toMatchObject({ name, is_public: true });
    await python(admin, extraSpecsEquivalents(id, { k: 'v', gone: 'x' }, [], {}).sdk);
    await python(admin, extraSpecsEquivalents(id, {}, ['gone'], { k: 'v' }).sdk);
    expect(properties(await show(id))).toEqual({ k: 'v' });
    await python(admin, deleteVolumeTypeEquivalents([id]).sdk);
    expect((await types()).map((t) => t.ID)).not.toContain(id);
  });

  it('the Heat template creates a private type; deleting the stack removes it', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(admin, stack, createVolumeTypeEquivalents(name, 'from heat', false).hot);
      const id = (await types()).find((t) => t.Name === name)?.ID;
      expect(await show(id!)).toMatchObject({ description: 'from heat', is_public: false });
    } finally {
      await stackDelete(admin, stack);
    }
    expect((await types()).map((t) => t.Name)).not.toContain(name);
  });
});
