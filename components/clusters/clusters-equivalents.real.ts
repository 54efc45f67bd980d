// The Clusters panel's create and delete equivalents, run for real against the
// devcloud as demo: Magnum accepts the cluster (it never completes there) and
// deletes it. Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  uniqueName as unique,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import { createClusterEquivalents, deleteClusterEquivalents } from './clusters-equivalents';

let demo: Workspace;
let template = '';

interface Row {
  uuid: string;
  name: string;
  status: string;
}

async function clusters(): Promise<Row[]> {
  return JSON.parse(await shell(demo, 'openstack coe cluster list -f json')) as Row[];
}

async function gone(id: string) {
  await expect
    .poll(async () => (await clusters()).map((c) => c.uuid), { timeout: 150_000, interval: 3_000 })
    .not.toContain(id);
}

/**
 * Magnum forgets a cluster deleted before its conductor has made the Heat stack, and the
 * stack is left behind holding security groups against the quota: wait for it first.
 */
async function stackMade(id: string) {
  await expect
    .poll(
      async () => {
        const c = JSON.parse(
          await shell(demo, `openstack coe cluster show ${id} -f json -c stack_id -c status`),
        ) as { stack_id?: string | null; status?: string };
        return Boolean(c.stack_id) || c.status !== 'CREATE_IN_PROGRESS';
      },
      { timeout: 60_000, interval: 2_000 },
    )
    .toBe(true);
}

beforeAll(async () => {
  demo = await workspace('demo');
  const name = unique('cl-t');
  await shell(
    demo,
    `openstack coe cluster template create ${name} --coe kubernetes --image fedora-coreos-fake --external-network public --flavor m1.small`,
  );
  template = name;
}, 60_000);

afterAll(async () => {
  const left = (await clusters()).filter((c) => c.name.startsWith('eq-'));
  for (const c of left) {
    await stackMade(c.uuid);
    await shell(demo, `openstack coe cluster delete ${c.uuid}`);
  }
  for (const c of left) await gone(c.uuid);
  if (template) await shell(demo, `openstack coe cluster template delete ${template}`);
}, 300_000);

describe('Create Cluster equivalents (demo)', () => {
  it('the CLI line is accepted (the cluster is listed) and the delete line removes it', async () => {
    const name = unique('cli-cl').replace(/[^A-Za-z0-9_.-]/g, '-');
    await shell(
      demo,
      createClusterEquivalents(
        {
          name,
          clusterTemplateId: template,
          masterCount: 1,
          nodeCount: 1,
          labels: { a: 'b' },
          mergeLabels: true,
          // The Network step's choices, with demo's seeded network and subnet.
          fixedNetwork: 'private',
          fixedSubnet: 'private-subnet',
          floatingIpEnabled: false,
          masterLbEnabled: false,
        },
        template,
      ).cli,
    );
    const row = (await clusters()).find((c) => c.name === name);
    expect(row?.status).toMatch(/^CREATE_/);
    const shown = JSON.parse(
      await shell(
        demo,
        `openstack coe cluster show ${row!.uuid} -f json -c fixed_network -c fixed_subnet -c floating_ip_enabled -c master_lb_enabled`,
      ),
    ) as Record<string, unknown>;
    expect(shown).toEqual({
      fixed_network: 'private',
      fixed_subnet: 'private-subnet',
      floating_ip_enabled: false,
      master_lb_enabled: false,
    });
    await stackMade(row!.uuid);
    await shell(demo, deleteClusterEquivalents([row!.uuid]).cli);
    await gone(row!.uuid);
  }, 200_000);

  it('the openstacksdk snippet is accepted; its delete snippet removes it', async () => {
    const name = unique('sdk-cl').replace(/[^A-Za-z0-9_.-]/g, '-');
    const id = (
      await python(
        demo,
        createClusterEquivalents(
          {
            name,
            clusterTemplateId: template,
            nodeCount: 1,
            fixedNetwork: 'private',
            floatingIpEnabled: true,
            masterLbEnabled: false,
          },
          template,
        ).sdk,
      )
    ).trim();
    expect((await clusters()).map((c) => c.uuid)).toContain(id);
    await stackMade(id);
    await python(demo, deleteClusterEquivalents([id]).sdk);
    await gone(id);
  }, 200_000);
});
