import { describe, expect, it } from 'vitest';
import type { Hypervisor } from '@/lib/openstack/compute/hypervisors';
import { hypervisorTotals, instanceCount, placementTotals } from './hypervisor-summary';

const hv = (over: Partial<Hypervisor>): Hypervisor => ({
  id: 'h',
  hypervisor_hostname: 'h',
  hypervisor_type: 'fake',
  state: 'up',
  status: 'enabled',
  service: { id: 's', host: 'h' },
  vcpus: 8,
  vcpus_used: 2,
  memory_mb: 4096,
  memory_mb_used: 1024,
  local_gb: 100,
  local_gb_used: 10,
  ...over,
});

describe('hypervisor summary', () => {
  it('adds up used and total over the hypervisors', () => {
    const totals = hypervisorTotals([hv({}), hv({ vcpus: 4, vcpus_used: 4, local_gb_used: 0 })]);
    expect(totals).toEqual({
      vcpus: { used: 6, total: 12 },
      memoryMb: { used: 2048, total: 8192 },
      localGb: { used: 10, total: 200 },
    });
  });

  it('counts instances from the servers list, else running_vms', () => {
    expect(instanceCount(hv({ servers: [{ uuid: 'a', name: 'a' }], running_vms: 5 }))).toBe(1);
    expect(instanceCount(hv({ running_vms: 3 }))).toBe(3);
    expect(instanceCount(hv({}))).toBe(0);
  });
});

describe('placementTotals', () => {
  it('adds usages, and capacity as (total - reserved) × allocation ratio', () => {
    const inv = (total: number, reserved: number, allocation_ratio: number) => ({
      total,
      reserved,
      allocation_ratio,
    });
    expect(
      placementTotals([
        {
          inventories: {
            VCPU: inv(8, 0, 4),
            MEMORY_MB: inv(4096, 512, 1),
            DISK_GB: inv(100, 0, 1),
          },
          usages: { VCPU: 3, MEMORY_MB: 1024, DISK_GB: 20 },
        },
        { inventories: { VCPU: inv(2, 1, 1.5) }, usages: { VCPU: 1 } },
      ]),
    ).toEqual({
      vcpus: { used: 4, total: 33 },
      memoryMb: { used: 1024, total: 3584 },
      localGb: { used: 20, total: 100 },
    });
    expect(placementTotals([])).toEqual({
      vcpus: { used: 0, total: 0 },
      memoryMb: { used: 0, total: 0 },
      localGb: { used: 0, total: 0 },
    });
  });
});
