// The Containers panel's equivalent commands, run for real against the devcloud:
// what a student copies from the pane must do what the form did.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  copyObjectEquivalents,
  createContainerEquivalents,
  createFolderEquivalents,
  deleteContainerEquivalents,
  deleteFolderEquivalents,
  deleteObjectEquivalents,
  downloadObjectEquivalents,
  setAccessEquivalents,
  uploadObjectEquivalents,
} from './containers-equivalents';

let ws: Workspace;

async function containerNames(): Promise<string[]> {
  return (await shell(ws, 'openstack container list -f value -c Name')).split('\n').filter(Boolean);
}

async function objectNames(container: string): Promise<string[]> {
  return (await shell(ws, `openstack object list -f value -c Name ${container}`))
    .split('\n')
    .filter(Boolean);
}

async function readAcl(container: string): Promise<string> {
  return (await shell(ws, `openstack container show -f json ${container}`)).includes('.r:*')
    ? 'public'
    : 'private';
}

beforeAll(async () => {
  ws = await workspace();
  await writeFile(path.join(ws.dir, 'hello.txt'), 'hello swift\n');
});

afterAll(async () => {
  const leftovers = (await containerNames()).filter((n) => n.startsWith('eq-'));
  for (const name of leftovers) await shell(ws, `openstack container delete --recursive ${name}`);
});

describe('Containers equivalents (CLI)', () => {
  it('create public, upload, folder, save, copy, make private, delete recursively', async () => {
    const name = unique('cli');
    await shell(ws, createContainerEquivalents(name, true).cli);
    expect(await containerNames()).toContain(name);
    expect(await readAcl(name)).toBe('public');
    await shell(ws, uploadObjectEquivalents(name, 'docs/hello.txt', 'hello.txt').cli);
    await shell(ws, createFolderEquivalents(name, 'empty').cli);
    expect(await objectNames(name)).toEqual(expect.arrayContaining(['docs/hello.txt', 'empty/']));
    const saved = downloadObjectEquivalents(name, 'docs/hello.txt').cli;
    await shell(ws, `mkdir -p out && cd out && ${saved}`);
    expect(await shell(ws, 'cat out/hello.txt')).toBe('hello swift\n');
    await shell(ws, setAccessEquivalents(name, false).cli);
    expect(await readAcl(name)).toBe('private');
    await shell(ws, deleteObjectEquivalents(name, ['empty/']).cli);
    expect(await objectNames(name)).not.toContain('empty/');
    await shell(ws, deleteFolderEquivalents(name, 'docs/').cli);
    expect(await objectNames(name)).toEqual([]);
    await shell(ws, deleteContainerEquivalents([name], true).cli);
    expect(await containerNames()).not.toContain(name);
  });

  it('swift copy copies on the server', async () => {
    const name = unique('copy');
    await shell(ws, createContainerEquivalents(name, false).cli);
    await shell(ws, uploadObjectEquivalents(name, 'a.txt', 'hello.txt').cli);
    const to = (object: string) =>
      copyObjectEquivalents({ container: name, name: 'a.txt' }, { container: name, name: object });
    await shell(ws, to('b/c.txt').cli);
    await python(ws, to('d.txt').sdk);
    expect(await objectNames(name)).toEqual(expect.arrayContaining(['b/c.txt', 'd.txt']));
    expect(await shell(ws, `openstack object show -f value -c content-length ${name} d.txt`)).toBe(
      '12\n',
    );
    await shell(ws, deleteContainerEquivalents([name], true).cli);
  });
});

async function policyOf(container: string): Promise<string> {
  return shell(ws, `openstack container show -f value -c storage_policy ${container}`);
}

describe('Containers equivalents (storage policy)', () => {
  // The devcloud's Swift has one policy: naming it explicitly still runs the same lines.
  it('swift post -H and storage_policy= create the container in the named policy', async () => {
    const cli = unique('pol');
    await shell(ws, createContainerEquivalents(cli, true, 'Policy-0').cli);
    expect(await policyOf(cli)).toBe('Policy-0\n');
    expect(await readAcl(cli)).toBe('public');
    const sdk = unique('pol');
    await python(ws, createContainerEquivalents(sdk, false, 'Policy-0').sdk);
    expect(await policyOf(sdk)).toBe('Policy-0\n');
    await shell(ws, deleteContainerEquivalents([cli, sdk], false).cli);
    expect(await containerNames()).not.toContain(cli);
  });
});

describe('Containers equivalents (openstacksdk)', () => {
  it('create, upload, download, delete', async () => {
    const name = unique('sdk');
    await python(ws, createContainerEquivalents(name, true).sdk);
    expect(await readAcl(name)).toBe('public');
    await python(ws, uploadObjectEquivalents(name, 'x/greeting.txt', 'hello.txt').sdk);
    await python(ws, createFolderEquivalents(name, 'folder').sdk);
    expect(await objectNames(name)).toEqual(expect.arrayContaining(['x/greeting.txt', 'folder/']));
    await python(ws, downloadObjectEquivalents(name, 'x/greeting.txt').sdk);
    expect(await shell(ws, 'cat greeting.txt')).toBe('hello swift\n');
    await python(ws, deleteFolderEquivalents(name, 'folder/').sdk);
    expect(await objectNames(name)).toEqual(['x/greeting.txt']);
    await python(ws, setAccessEquivalents(name, false).sdk);
    expect(await readAcl(name)).toBe('private');
    await python(ws, deleteContainerEquivalents([name], true).sdk);
    expect(await containerNames()).not.toContain(name);
  });
});

describe('Containers equivalents (HOT)', () => {
  it('OS::Swift::Container makes a public container, purged with the stack', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot');
    const stack = unique('stack');
    await stackCreate(ws, stack, createContainerEquivalents(name, true).hot);
    try {
      expect(await containerNames()).toContain(name);
      expect(await readAcl(name)).toBe('public');
      await shell(ws, uploadObjectEquivalents(name, 'f.txt', 'hello.txt').cli);
    } finally {
      await stackDelete(ws, stack);
    }
    expect(await containerNames()).not.toContain(name);
  });
});
