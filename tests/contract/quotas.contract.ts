// What the Overview reads: Nova, Cinder and Neutron quota usage, limits and
// os-simple-tenant-usage (lib/openstack/compute/quotas.ts, volume/, network/).
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPeriod, usageQuery } from '@/components/overview/usage-period';
import type { Api } from '@/lib/openstack/api';
import { isMissingService } from '@/lib/openstack/errors';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';
import type { DashboardToken } from '@/lib/session-token';
import { bootArgs } from './boot-args';
import { apiFor, isSandbox, session, unique } from './context';
import { failure } from './failure';

let demo: DashboardToken;
let admin: DashboardToken;
let api: Api;

beforeAll(async () => {
  [demo, admin] = await Promise.all([session('demo'), session('admin')]);
  api = await apiFor(demo);
});

function expectUsage(usage: Record<string, QuotaUsage>, keys: string[]) {
  for (const key of keys) {
    expect(usage[key], key).toEqual({ limit: expect.any(Number), inUse: expect.any(Number) });
    expect(usage[key]!.inUse, key).toBeGreaterThanOrEqual(0);
  }
}

/** A service the cloud lacks answers the dashboard's "no such service" 404. */
async function expectUsageOrMissing(
  load: () => Promise<Record<string, QuotaUsage>>,
  keys: string[],
) {
  try {
    expectUsage(await load(), keys);
  } catch (error) {
    // Only the sandbox may lack a service; the devcloud has them all.
    if (!isMissingService(error) || !isSandbox()) throw error;
  }
}

describe('quota usage for the Limit Summary', () => {
  it('Nova: instances, cores and ram with limit and in_use', async () => {
    const usage = await api.compute.getComputeQuotaUsage(demo.project.id);
    expectUsage(usage, ['instances', 'cores', 'ram', 'key_pairs', 'server_groups']);
    const limits = await api.compute.getLimits();
    expect(limits.maxTotalInstances).toBe(usage.instances!.limit);
    expect(limits.maxTotalCores).toBe(usage.cores!.limit);
    expect(limits.maxTotalRAMSize).toBe(usage.ram!.limit);
  });

  it('Nova counts what the project makes: a new server group is in use at once', async () => {
    const before = await api.compute.getComputeQuotaUsage(demo.project.id);
    const group = await api.compute.createServerGroup({
      name: unique('quota'),
      policy: 'affinity',
    });
    try {
      const after = await api.compute.getComputeQuotaUsage(demo.project.id);
      expect(after.server_groups!.inUse).toBe(before.server_groups!.inUse + 1);
    } finally {
      await api.compute.deleteServerGroup(group.id);
    }
  });

  it('Cinder: volumes, snapshots and gigabytes (or the service is missing)', async () => {
    await expectUsageOrMissing(
      () => api.volume.getVolumeQuotaUsage(demo.project.id),
      ['volumes', 'snapshots', 'gigabytes'],
    );
  });

  it('Neutron: floating IPs, security groups and rules, networks, ports, routers', async () => {
    await expectUsageOrMissing(
      () => api.network.getNetworkQuotaUsage(demo.project.id),
      ['floatingip', 'security_group', 'security_group_rule', 'network', 'port', 'router'],
    );
  });

  it("refuses a member another project's quotas with Nova's policy text", async () => {
    const error = await failure(api.compute.getComputeQuotaUsage(admin.project.id));
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      "Policy doesn't allow os_compute_api:os-quota-sets:detail to be performed.",
    );
  });
});

describe('os-simple-tenant-usage for the Usage Summary', () => {
  it('answers the period with totals and server usages', async () => {
    // A server of our own, so the usage has at least one row to check.
    const { id } = await api.compute.createServer({
      server: { name: unique('usage'), ...(await bootArgs(api)) },
    });
    try {
      await expectPeriodUsage(id!);
    } finally {
      await api.compute.deleteServer(id!);
    }
  }, 120_000);

  async function expectPeriodUsage(serverId: string) {
    const { start, end } = usageQuery(defaultPeriod());
    let usage = await api.compute.getProjectUsage(demo.project.id, start, end);
    for (let tries = 0; !usage.server_usages?.some((u) => u.instance_id === serverId); tries++) {
      if (tries > 60) throw new Error('the new server never showed in the usage');
      await new Promise((r) => setTimeout(r, 1000));
      usage = await api.compute.getProjectUsage(demo.project.id, start, end);
    }
    for (const server of usage.server_usages ?? []) {
      expect(server).toMatchObject({
        instance_id: expect.any(String),
        vcpus: expect.any(Number),
        memory_mb: expect.any(Number),
        local_gb: expect.any(Number),
        hours: expect.any(Number),
      });
    }
    expect(usage.total_vcpus_usage).toEqual(expect.any(Number));
    expect(usage.start).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00/);
  }

  it('refuses a period that ends before it starts', async () => {
    const error = await failure(
      api.compute.getProjectUsage(demo.project.id, '2026-02-01T00:00:00', '2026-01-01T00:00:00'),
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'Invalid start time. The start time cannot occur after the end time.',
    );
  });
});
