// The Projects panel's equivalent commands, run for real against the devcloud as
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
  createProjectEquivalents,
  deleteProjectEquivalents,
  enableProjectEquivalents,
  quotaEquivalents,
} from './projects-equivalents';

let admin: Workspace;

interface ShownProject {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

async function projects(): Promise<{ ID: string; Name: string }[]> {
  return JSON.parse(await shell(admin, 'openstack project list -f json')) as {
    ID: string;
    Name: string;
  }[];
}

async function show(id: string): Promise<ShownProject> {
  return JSON.parse(await shell(admin, `openstack project show -f json ${id}`)) as ShownProject;
}

beforeAll(async () => {
  admin = await workspace('admin');
});

afterAll(async () => {
  const left = (await projects()).filter((p) => p.Name.startsWith('eq-'));
  if (left.length)
    await shell(admin, `openstack project delete ${left.map((p) => p.ID).join(' ')}`);
});

const project = (name: string, enabled = true) => ({
  name,
  description: 'made by eq',
  domain: 'default',
  enabled,
});

describe('Projects equivalents (admin)', () => {
  it('the CLI creates a disabled project, enables it, sets its quotas, deletes it', async () => {
    const name = unique('cli');
    await shell(admin, createProjectEquivalents(project(name, false)).cli);
    const id = (await projects()).find((p) => p.Name === name)?.ID;
    expect(id, name).toBeTruthy();
    expect(await show(id!)).toMatchObject({ name, description: 'made by eq', enabled: false });
    await shell(admin, enableProjectEquivalents([id!], true).cli);
    expect((await show(id!)).enabled).toBe(true);
    await shell(admin, quotaEquivalents(id!, { instances: 3, volumes: 2, network: 4 }).cli);
    const quota = JSON.parse(await shell(admin, `openstack quota show -f json ${id!}`)) as Record<
      string,
      unknown
    >;
    expect(quota).toMatchObject({ instances: 3, volumes: 2, networks: 4 });
    await shell(admin, deleteProjectEquivalents([id!]).cli);
    expect((await projects()).map((p) => p.ID)).not.toContain(id);
  });

  it('the openstacksdk snippets create it, set its quotas and delete it', async () => {
    const name = unique('sdk');
    const id = (await python(admin, createProjectEquivalents(project(name)).sdk)).trim();
    expect(await show(id)).toMatchObject({ name, enabled: true });
    await python(admin, quotaEquivalents(id, { cores: 5, gigabytes: 7, router: 2 }).sdk);
    const quota = JSON.parse(await shell(admin, `openstack quota show -f json ${id}`)) as Record<
      string,
      unknown
    >;
    expect(quota).toMatchObject({ cores: 5, gigabytes: 7, routers: 2 });
    await python(admin, deleteProjectEquivalents([id]).sdk);
    expect((await projects()).map((p) => p.ID)).not.toContain(id);
  });

  it('the Heat template creates the project; deleting the stack removes it', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(admin, stack, createProjectEquivalents(project(name)).hot);
      const id = (await projects()).find((p) => p.Name === name)?.ID;
      expect(await show(id!)).toMatchObject({ description: 'made by eq', enabled: true });
    } finally {
      await stackDelete(admin, stack);
    }
    expect((await projects()).map((p) => p.Name)).not.toContain(name);
  });
});
