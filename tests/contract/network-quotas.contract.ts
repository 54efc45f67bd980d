// Neutron quotas: a project's own limits and defaults, the admin's update with
// Neutron's validation, and the reset (lib/openstack/network/quotas.ts).
// Only rbac_policy is changed here: no other test depends on it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { DashboardToken } from '@/lib/session-token';
import { apiFor, session } from './context';
import { failure } from './failure';

let demo: DashboardToken;
let admin: DashboardToken;
let api: Api;
let adminApi: Api;

const RESOURCES = [
  'network',
  'subnet',
  'port',
  'router',
  'floatingip',
  'security_group',
  'security_group_rule',
];

beforeAll(async () => {
  [demo, admin] = await Promise.all([session('demo'), session('admin')]);
  [api, adminApi] = await Promise.all([apiFor(demo), apiFor(admin)]);
});

describe('network quotas', () => {
  it("shows a project its limits and Neutron's defaults", async () => {
    const quota = await api.network.getNetworkQuota(demo.project.id);
    const defaults = await api.network.getDefaultNetworkQuota(demo.project.id);
    for (const key of RESOURCES) {
      expect(quota[key], key).toEqual(expect.any(Number));
      expect(defaults[key], key).toEqual(expect.any(Number));
    }
    const usage = await api.network.getNetworkQuotaUsage(demo.project.id);
    for (const key of RESOURCES) expect(usage[key]!.limit, key).toBe(quota[key]);
  });

  it('refuses a member the update with the policy rule', async () => {
    const error = await failure(
      api.network.updateNetworkQuota(demo.project.id, { rbac_policy: 5 }),
    );
    expect(error.status).toBe(403);
    expect(error.title).toBe('PolicyNotAuthorized');
    expect(error.message).toBe('rule:update_quota is disallowed by policy');
  });

  it('lets an admin change a limit, which details then report, and reset it', async () => {
    const before = (await api.network.getNetworkQuota(demo.project.id)).rbac_policy!;
    const next = before === 7 ? 8 : 7;
    try {
      const updated = await adminApi.network.updateNetworkQuota(demo.project.id, {
        rbac_policy: next,
      });
      expect(updated.rbac_policy).toBe(next);
      expect(updated.network).toEqual(expect.any(Number));
      expect((await api.network.getNetworkQuotaUsage(demo.project.id)).rbac_policy!.limit).toBe(
        next,
      );
    } finally {
      const quota = await adminApi.network.getNetworkQuota(demo.project.id);
      const defaults = await adminApi.network.getDefaultNetworkQuota(demo.project.id);
      const restored = { ...quota, rbac_policy: before };
      // Back to no row at all when that is what the project had.
      if (JSON.stringify(restored) === JSON.stringify(defaults)) {
        await adminApi.network.resetNetworkQuota(demo.project.id);
      } else {
        await adminApi.network.updateNetworkQuota(demo.project.id, { rbac_policy: before });
      }
    }
    expect((await api.network.getNetworkQuota(demo.project.id)).rbac_policy).toBe(before);
  });

  it("refuses limits below -1, non-integers and unknown resources in Neutron's words", async () => {
    const small = await failure(
      adminApi.network.updateNetworkQuota(demo.project.id, { rbac_policy: -2 }),
    );
    expect(small.status).toBe(400);
    expect(small.message).toBe(
      "Invalid input for rbac_policy. Reason: '-2' is too small - must be at least '-1'.",
    );
    const notInt = await failure(
      adminApi.network.updateNetworkQuota(demo.project.id, {
        rbac_policy: 'abc' as unknown as number,
      }),
    );
    expect(notInt.status).toBe(400);
    expect(notInt.title).toBe('InvalidInput');
    expect(notInt.message).toBe("Invalid input for operation: 'abc' is not an integer.");
    const unknown = await failure(
      adminApi.network.updateNetworkQuota(demo.project.id, { bogus: 3 }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.message).toBe("Unrecognized attribute(s) 'bogus'");
  });

  it('resets an admin project to the defaults', async (ctx) => {
    const defaults = await adminApi.network.getDefaultNetworkQuota(admin.project.id);
    const current = await adminApi.network.getNetworkQuota(admin.project.id);
    // Only reset when nothing was customised before, so no one's limits are lost.
    if (JSON.stringify(current) !== JSON.stringify(defaults)) {
      return ctx.skip('the admin project has custom limits, which a reset would lose');
    }
    await adminApi.network.updateNetworkQuota(admin.project.id, {
      rbac_policy: defaults.rbac_policy! + 1,
    });
    await adminApi.network.resetNetworkQuota(admin.project.id);
    expect(await adminApi.network.getNetworkQuota(admin.project.id)).toEqual(defaults);
  });
});
