// The Admin panels' compute calls (lib/openstack/compute/usages.ts, hypervisors.ts,
// servers with all_tenants) and the System Information calls against the target
// cloud: a demo server seen by the admin with its project and host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '@/components/overview/usage-period';
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { DashboardToken } from '@/lib/session-token';
import { bootArgs } from './boot-args';
import { demoAndAdmin, unique } from './context';
import { failure } from './failure';
import { settled, waitForServer } from './server-wait';

let demo: DashboardToken;
let api: Api;
let admin: Api;
let server: Server;
/** The server's host, an attribute only the admin sees. */
let host: string | null | undefined;
const created: string[] = [];

beforeAll(async () => {
  ({ demo, api, adminApi: admin } = await demoAndAdmin());
  const { id } = await api.compute.createServer({
    server: { name: unique('admin-vm'), ...(await bootArgs(api)) },
  });
  created.push(id!);
  server = await waitForServer(api, id!, settled('ACTIVE'), 120_000);
  host = (await admin.compute.getServer(id!))['OS-EXT-SRV-ATTR:host'];
}, 150_000);

afterAll(async () => {
  await Promise.allSettled(created.map((id) => api.compute.deleteServer(id)));
});

describe('admin instances (all_tenants=1)', () => {
  it("lists the demo project's server to the admin with its project and host", async () => {
    const page = await admin.compute.listServers({
      filters: { all_tenants: '1', name: server.name },
    });
    const seen = page.items.find((s) => s.id === server.id);
    expect(seen?.tenant_id).toBe(demo.project.id);
    expect(host).toEqual(expect.any(String));
    expect(seen?.['OS-EXT-SRV-ATTR:host']).toBe(host);
    const own = await admin.compute.listServers({ filters: { name: server.name } });
    expect(own.items.map((s) => s.id)).not.toContain(server.id);
  });

  it('names every project for the Project column', async () => {
    const projects = await admin.identity.listProjects();
    expect(projects.find((p) => p.id === demo.project.id)?.name).toBe(demo.project.name);
  });
});

describe('admin overview (os-simple-tenant-usage for all projects)', () => {
  it("counts the demo server in its project's row", async () => {
    const today = isoDate(new Date());
    const demoRow = async () =>
      (await admin.compute.listProjectUsages(`${today}T00:00:00`, `${today}T23:59:59`)).find(
        (u) => u.tenant_id === demo.project.id,
      );
    // Asked again for a while: one devcloud run (of many) did not list the new server yet.
    await expect
      .poll(
        async () => (await demoRow())?.server_usages?.find((s) => s.instance_id === server.id),
        { timeout: 30_000, interval: 2_000 },
      )
      .toMatchObject({ name: server.name, vcpus: 1, state: 'active', ended_at: null });
    expect((await demoRow())?.total_vcpus_usage).toBeGreaterThanOrEqual(0);
  });

  it('refuses a member with Nova policy text', async () => {
    const refused = await failure(
      api.compute.listProjectUsages('2026-01-01T00:00:00', '2026-01-02T00:00:00'),
    );
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      "Policy doesn't allow os_compute_api:os-simple-tenant-usage:list to be performed.",
    );
  });
});

describe('hypervisors', () => {
  it('shows the compute host with its figures and the demo server', async () => {
    const { items } = await admin.compute.listHypervisors();
    const seen = items.find((h) => h.service.host === host);
    expect(seen).toMatchObject({ state: 'up', status: 'enabled' });
    expect(seen!.vcpus_used).toBeGreaterThanOrEqual(1);
    expect(seen!.vcpus).toBeGreaterThanOrEqual(seen!.vcpus_used);
    expect(seen!.memory_mb_used).toBeGreaterThanOrEqual(512);
    expect(seen!.local_gb).toBeGreaterThan(0);
    expect(seen!.servers?.map((s) => s.uuid)).toContain(server.id);
  });

  it('refuses a member', async () => {
    const refused = await failure(api.compute.listHypervisors());
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      "Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.",
    );
  });
});

describe('system information', () => {
  it('lists the Nova services, nova-compute on the server host', async () => {
    const services = await admin.compute.listComputeServices();
    expect(services.map((s) => s.binary)).toEqual(
      expect.arrayContaining(['nova-conductor', 'nova-scheduler', 'nova-compute']),
    );
    const compute = services.find((s) => s.binary === 'nova-compute');
    expect(compute).toMatchObject({
      host,
      status: 'enabled',
      state: 'up',
    });
    const refused = await failure(api.compute.listComputeServices());
    expect(refused.message).toBe(
      "Policy doesn't allow os_compute_api:os-services:list to be performed.",
    );
  });

  it('lists the Cinder services to the admin only', async () => {
    const services = await admin.volume.listVolumeServices();
    expect(services.map((s) => s.binary).sort()).toEqual(['cinder-scheduler', 'cinder-volume']);
    expect(services.every((s) => s.state === 'up' && s.status === 'enabled')).toBe(true);
    const refused = await failure(api.volume.listVolumeServices());
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      "Policy doesn't allow volume_extension:services:index to be performed.",
    );
  });

  it('lists no Neutron agents (neither cloud runs any), to a member neither', async () => {
    expect(await admin.network.listNetworkAgents()).toEqual([]);
    expect(await api.network.listNetworkAgents()).toEqual([]);
  });
});
