// Hypervisors → "Hypervisor Summary": used and total vCPUs, RAM and local disk
// over every hypervisor, as Horizon's three charts add them up.
import type { Hypervisor } from '@/lib/openstack/compute/hypervisors';

export interface HypervisorTotals {
  vcpus: { used: number; total: number };
  memoryMb: { used: number; total: number };
  localGb: { used: number; total: number };
}

export function hypervisorTotals(hypervisors: Hypervisor[]): HypervisorTotals {
  const sum = (pick: (h: Hypervisor) => number) => hypervisors.reduce((n, h) => n + pick(h), 0);
  return {
    vcpus: { used: sum((h) => h.vcpus_used), total: sum((h) => h.vcpus) },
    memoryMb: { used: sum((h) => h.memory_mb_used), total: sum((h) => h.memory_mb) },
    localGb: { used: sum((h) => h.local_gb_used), total: sum((h) => h.local_gb) },
  };
}

/** Instances on the hypervisor: its servers (2.53+), else running_vms. */
export function instanceCount(h: Hypervisor): number {
  return h.servers?.length ?? h.running_vms ?? 0;
}

/** What Placement holds for one provider (lib/openstack/placement). */
export interface PlacementFigures {
  inventories: Record<
    string,
    { total: number; reserved: number; allocation_ratio: number } | undefined
  >;
  usages: Record<string, number | undefined>;
}

/**
 * The same summary from Placement: used is the providers' usages, total their
 * capacity, (total - reserved) × allocation_ratio, as Placement counts it.
 */
export function placementTotals(providers: PlacementFigures[]): HypervisorTotals {
  const figure = (rc: string) => {
    let used = 0;
    let total = 0;
    for (const p of providers) {
      const inv = p.inventories[rc];
      if (inv) total += Math.floor((inv.total - inv.reserved) * inv.allocation_ratio);
      used += p.usages[rc] ?? 0;
    }
    return { used, total };
  };
  return { vcpus: figure('VCPU'), memoryMb: figure('MEMORY_MB'), localGb: figure('DISK_GB') };
}
