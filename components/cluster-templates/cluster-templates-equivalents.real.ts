// The Cluster Templates panel's equivalent commands, run for real against the
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
  createTemplateEquivalents,
  deleteTemplateEquivalents,
  updateTemplateEquivalents,
} from './cluster-templates-equivalents';

let demo: Workspace;

interface Row {
  uuid: string;
  name: string;
}

async function templates(): Promise<Row[]> {
  return JSON.parse(await shell(demo, 'openstack coe cluster template list -f json')) as Row[];
}

async function show(id: string) {
  return JSON.parse(await shell(demo, `openstack coe cluster template show -f json ${id}`)) as {
    name: string;
    image_id: string;
    labels: Record<string, string>;
    network_driver: string;
    dns_nameserver: string;
  };
}

const request = (name: string) => ({
  name,
  coe: 'kubernetes',
  imageId: 'fedora-coreos-fake',
  externalNetworkId: 'public',
  flavorId: 'm1.small',
  networkDriver: 'flannel',
  dnsNameserver: '8.8.8.8',
  labels: { kube_tag: 'v1.27.3' },
});

beforeAll(async () => {
  demo = await workspace('demo');
});

afterAll(async () => {
  const left = (await templates()).filter((t) => t.name.startsWith('eq-'));
  if (left.length)
    await shell(demo, `openstack coe cluster template delete ${left.map((t) => t.uuid).join(' ')}`);
});

describe('Cluster Template equivalents (demo)', () => {
  it('the CLI creates the template the form would, updates it and deletes it', async () => {
    const name = unique('cli-ct');
    await shell(demo, createTemplateEquivalents(request(name)).cli);
    const id = (await templates()).find((t) => t.name === name)?.uuid;
    expect(id, name).toBeTruthy();
    expect(await show(id!)).toMatchObject({
      name,
      network_driver: 'flannel',
      dns_nameserver: '8.8.8.8',
      labels: { kube_tag: 'v1.27.3' },
    });
    await shell(demo, updateTemplateEquivalents(id!, `${name}-2`, { role: 'x' }).cli);
    expect(await show(id!)).toMatchObject({ name: `${name}-2`, labels: { role: 'x' } });
    await shell(demo, deleteTemplateEquivalents([id!]).cli);
    expect((await templates()).map((t) => t.uuid)).not.toContain(id);
  });

  it('the openstacksdk snippet creates it; the delete snippet removes it', async () => {
    const name = unique('sdk-ct');
    const id = (await python(demo, createTemplateEquivalents(request(name)).sdk)).trim();
    expect(await show(id)).toMatchObject({ name, labels: { kube_tag: 'v1.27.3' } });
    await python(demo, deleteTemplateEquivalents([id]).sdk);
    expect((await templates()).map((t) => t.uuid)).not.toContain(id);
  });

  it('the Heat template creates it; deleting the stack removes it', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot-ct');
    const stack = `${name}-stack`;
    try {
      await stackCreate(demo, stack, createTemplateEquivalents(request(name)).hot);
      const id = (await templates()).find((t) => t.name === name)?.uuid;
      expect(await show(id!)).toMatchObject({ name, network_driver: 'flannel' });
    } finally {
      await stackDelete(demo, stack);
    }
    expect((await templates()).map((t) => t.name)).not.toContain(name);
  });
});
