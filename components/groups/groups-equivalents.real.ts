// The Groups panel's equivalent commands, run for real against the devcloud as
// admin. Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import {
  createGroupEquivalents,
  deleteGroupEquivalents,
  groupMembersEquivalents,
} from './groups-equivalents';

let admin: Workspace;
// A member of this file's own: Keystone revokes a user's tokens when the user leaves a
// group, which would fail the demo user's calls in the files running beside this one.
const member = unique('member');
let memberId = '';

async function groups(): Promise<{ ID: string; Name: string }[]> {
  return JSON.parse(await shell(admin, 'openstack group list -f json')) as {
    ID: string;
    Name: string;
  }[];
}

async function members(id: string): Promise<string[]> {
  const rows = JSON.parse(await shell(admin, `openstack user list --group ${id} -f json`)) as {
    Name: string;
  }[];
  return rows.map((r) => r.Name);
}

beforeAll(async () => {
  admin = await workspace('admin');
  const made = JSON.parse(
    await shell(admin, `openstack user create --domain default ${member} -f json`),
  ) as { id: string };
  memberId = made.id;
});

afterAll(async () => {
  const left = (await groups()).filter((g) => g.Name.startsWith('eq-'));
  if (left.length) await shell(admin, `openstack group delete ${left.map((g) => g.ID).join(' ')}`);
  if (memberId) await shell(admin, `openstack user delete ${memberId}`);
});

describe('Groups equivalents (admin)', () => {
  it('the CLI creates a group, adds and removes a member, deletes it', async () => {
    const name = unique('cli');
    await shell(admin, createGroupEquivalents(name, 'made by eq').cli);
    const id = (await groups()).find((g) => g.Name === name)?.ID;
    expect(id, name).toBeTruthy();
    await shell(admin, groupMembersEquivalents(id!, [member], []).cli);
    expect(await members(id!)).toEqual([member]);
    await shell(admin, groupMembersEquivalents(id!, [], [member]).cli);
    expect(await members(id!)).toEqual([]);
    await shell(admin, deleteGroupEquivalents([id!]).cli);
    expect((await groups()).map((g) => g.ID)).not.toContain(id);
  });

  it('the openstacksdk snippets do the same', async () => {
    const name = unique('sdk');
    const id = (await python(admin, createGroupEquivalents(name, '').sdk)).trim();
    await python(admin, groupMembersEquivalents(id, [memberId], []).sdk);
    expect(await members(id)).toEqual([member]);
    await python(admin, groupMembersEquivalents(id, [], [memberId]).sdk);
    expect(await members(id)).toEqual([]);
    await python(admin, deleteGroupEquivalents([id]).sdk);
    expect((await groups()).map((g) => g.ID)).not.toContain(id);
  });

  it('the Heat template creates the group; deleting the stack removes it', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(admin, stack, createGroupEquivalents(name, 'from heat').hot);
      expect((await groups()).map((g) => g.Name)).toContain(name);
    } finally {
      await stackDelete(admin, stack);
    }
    expect((await groups()).map((g) => g.Name)).not.toContain(name);
  });
});
