// Placement's resource providers, inventories and usages (lib/openstack/placement)
// against the target cloud: what Admin → Hypervisors reads, and what a member is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, session } from './context';
import { failure } from './failure';

let admin: Api;
let member: Api;

beforeAll(async () => {
  admin = await apiFor(await session('admin'));
  member = await apiFor(await session('demo'));
});

describe('placement', () => {
  it('lists the compute node as a provider with VCPU, MEMORY_MB and DISK_GB inventories and usages', async () => {
    const providers = await admin.placement.listResourceProviders();
    expect(providers.length).toBeGreaterThan(0);
    const hypervisors = (await admin.compute.listHypervisors()).items;
    const names = providers.map((p) => p.name);
    for (const h of hypervisors) expect(names).toContain(h.hypervisor_hostname);
    const node = providers.find((p) => p.name === hypervisors[0]?.hypervisor_hostname);
    expect(node).toMatchObject({
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      generation: expect.any(Number),
    });
    const figures = await admin.placement.listProviderFigures();
    const mine = figures.find((f) => f.provider.uuid === node?.uuid);
    for (const rc of ['VCPU', 'MEMORY_MB', 'DISK_GB']) {
      expect(mine?.inventories[rc]).toEqual({
        total: expect.any(Number),
        reserved: expect.any(Number),
        allocation_ratio: expect.any(Number),
        min_unit: 1,
        max_unit: expect.any(Number),
        step_size: 1,
      });
      expect(mine?.inventories[rc]?.total).toBeGreaterThan(0);
    }
    // Usages name the classes the provider has allocations of (none when it is idle).
    for (const [rc, used] of Object.entries(mine?.usages ?? {})) {
      expect(['VCPU', 'MEMORY_MB', 'DISK_GB']).toContain(rc);
      expect(used).toBeGreaterThanOrEqual(0);
    }
  });

  it('answers an unknown provider 404 and a member 403, in Placement’s words', async () => {
    const missing = await failure(
      admin.placement.getInventories('00000000-0000-4000-8000-000000000000'),
    );
    expect(missing.status).toBe(404);
    expect(missing.message).toContain(
      'No resource provider with uuid 00000000-0000-4000-8000-000000000000 found',
    );
    const refused = await failure(member.placement.listResourceProviders());
    expect(refused.status).toBe(403);
    expect(refused.message).toContain('placement:resource_providers:list');
  });
});
