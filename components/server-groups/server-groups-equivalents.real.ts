// The Server Groups panel's equivalent commands, run for real against the
// devcloud as demo. Only in `npm run test:real` (tests/real/vitest.config.mts).
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
  createServerGroupEquivalents,
  deleteServerGroupEquivalents,
} from './server-groups-equivalents';

let demo: Workspace;

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

beforeAll(async () => {
  demo = await workspace('demo');
});

afterAll(async () => {
  const groupsLeft = (await groups(demo)).filter((g) => g.Name.startsWith('eq-'));
  if (groupsLeft.length)
    await shell(demo, `openstack server group delete ${groupsLeft.map((g) => g.ID).join(' ')}`);
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

  it('the Heat template creates it; deleting the stack removes it', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
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
