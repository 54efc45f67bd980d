// The Roles panel's equivalent commands, run for real against the devcloud as admin.
// Only in `npm run test:real` (tests/real/vitest.config.mts).
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
import { createRoleEquivalents, deleteRoleEquivalents } from './roles-equivalents';

let admin: Workspace;

async function roles(): Promise<{ ID: string; Name: string }[]> {
  return JSON.parse(await shell(admin, 'openstack role list -f json')) as {
    ID: string;
    Name: string;
  }[];
}

beforeAll(async () => {
  admin = await workspace('admin');
});

afterAll(async () => {
  const left = (await roles()).filter((r) => r.Name.startsWith('eq-'));
  if (left.length) await shell(admin, `openstack role delete ${left.map((r) => r.ID).join(' ')}`);
});

describe('Roles equivalents (admin)', () => {
  it('the CLI and the openstacksdk snippets create and delete a role', async () => {
    const cli = unique('cli');
    await shell(admin, createRoleEquivalents(cli).cli);
    const id = (await roles()).find((r) => r.Name === cli)?.ID;
    expect(id, cli).toBeTruthy();
    await shell(admin, deleteRoleEquivalents([id!]).cli);
    const sdk = unique('sdk');
    const sdkId = (await python(admin, createRoleEquivalents(sdk).sdk)).trim();
    expect((await roles()).find((r) => r.ID === sdkId)?.Name).toBe(sdk);
    await python(admin, deleteRoleEquivalents([sdkId]).sdk);
    expect((await roles()).map((r) => r.ID)).not.toContain(id);
    expect((await roles()).map((r) => r.ID)).not.toContain(sdkId);
  });

  it('the Heat template creates the role; deleting the stack removes it', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(admin, stack, createRoleEquivalents(name).hot);
      expect((await roles()).map((r) => r.Name)).toContain(name);
    } finally {
      await stackDelete(admin, stack);
    }
    expect((await roles()).map((r) => r.Name)).not.toContain(name);
  });
});
