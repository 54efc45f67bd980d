// Floating IPs: allocate from the external network, list with filters and pages,
// associate with a port's fixed IP through the project's router, disassociate,
// release, and Neutron's refusals (lib/openstack/network/floating-ips.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import type { DashboardToken } from '@/lib/session-token';
import { unique, demoAndAdmin } from './context';
import { failure } from './failure';
import { inCidr, networkFixture, type NetworkFixture } from './network-fixture';
import { scratchFor, type Scratch } from './neutron-scratch';

let demo: DashboardToken;
let api: Api;
let adminApi: Api;
let net: NetworkFixture;
let scratch: Scratch;
let router1: string;
const fips: string[] = [];
const ports: string[] = [];
const networks: string[] = [];

beforeAll(async () => {
  ({ demo, api, adminApi } = await demoAndAdmin());
  scratch = scratchFor(api);
  net = await networkFixture(api, adminApi, demo.project.id);
  const [first] = (await api.network.listRouters({ filters: { name: 'router1' } })).items;
  router1 = first!.id;
});

afterAll(async () => {
  for (const id of fips) await api.network.deleteFloatingIp(id).catch(() => undefined);
  for (const id of ports) await scratch.deletePort(id);
  for (const id of networks) await scratch.deleteNetwork(id);
});

async function allocate(description?: string, portId?: string): Promise<FloatingIp> {
  const fip = await api.network.createFloatingIp({
    floatingNetworkId: net.publicNetworkId,
    description,
    portId,
  });
  fips.push(fip.id);
  return fip;
}

async function newPort() {
  const port = await scratch.createPort(net.privateNetworkId);
  ports.push(port.id);
  return port;
}

describe('floating IPs', () => {
  it('allocates an address from the external network, unassociated and DOWN', async () => {
    const fip = await allocate('contract');
    expect(fip).toMatchObject({
      floating_network_id: net.publicNetworkId,
      description: 'contract',
      port_id: null,
      fixed_ip_address: null,
      router_id: null,
      status: 'DOWN',
      project_id: demo.project.id,
    });
    expect(inCidr(fip.floating_ip_address, net.publicCidr)).toBe(true);
    expect(await api.network.getFloatingIp(fip.id)).toMatchObject({ id: fip.id });
  });

  it('lists with Neutron filters and pages', async () => {
    const a = await allocate();
    const b = await allocate();
    const byAddress = await api.network.listFloatingIps({
      filters: { floating_ip_address: a.floating_ip_address },
    });
    expect(byAddress.items.map((f) => f.id)).toEqual([a.id]);
    const first = await api.network.listFloatingIps({
      limit: 1,
      filters: { floating_network_id: net.publicNetworkId },
    });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]!.id);
    const rest = await api.network.listFloatingIps({
      limit: 100,
      marker: first.next,
      filters: { floating_network_id: net.publicNetworkId },
    });
    expect(rest.items.map((f) => f.id)).not.toContain(first.items[0]!.id);
    expect([...first.items, ...rest.items].map((f) => f.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
  });

  it("associates with a port's fixed IP through the router, then disassociates", async () => {
    const port = await newPort();
    const fip = await allocate();
    const associated = await api.network.updateFloatingIp(fip.id, { portId: port.id });
    expect(associated).toMatchObject({
      port_id: port.id,
      fixed_ip_address: port.fixed_ips[0]!.ip_address,
      router_id: router1,
      status: 'DOWN',
    });
    expect(associated.port_details).toMatchObject({ network_id: net.privateNetworkId });
    const listed = await api.network.listFloatingIps({ filters: { port_id: port.id } });
    expect(listed.items.map((f) => f.id)).toEqual([fip.id]);

    const other = await allocate();
    const taken = await failure(api.network.updateFloatingIp(other.id, { portId: port.id }));
    expect(taken.status).toBe(409);
    expect(taken.title).toBe('FloatingIPPortAlreadyAssociated');
    expect(taken.message).toBe(
      `Cannot associate floating IP ${other.floating_ip_address} (${other.id}) with port ${port.id} using fixed IP ${port.fixed_ips[0]!.ip_address}, as that fixed IP already has a floating IP on external network ${net.publicNetworkId}.`,
    );

    const released = await api.network.updateFloatingIp(fip.id, { portId: null });
    expect(released).toMatchObject({ port_id: null, fixed_ip_address: null, router_id: null });
  });

  it('allocates straight onto a port, and refuses a fixed IP the port does not have', async () => {
    const port = await newPort();
    const fip = await allocate(undefined, port.id);
    expect(fip.port_id).toBe(port.id);
    await api.network.deleteFloatingIp(fip.id);
    const error = await failure(
      api.network.createFloatingIp({
        floatingNetworkId: net.publicNetworkId,
        portId: port.id,
        fixedIpAddress: '10.0.0.3',
      }),
    );
    expect(error.status).toBe(400);
    expect(error.title).toBe('BadRequest');
    expect(error.message).toBe(
      `Bad floatingip request: Port ${port.id} does not have fixed ip 10.0.0.3.`,
    );
  });

  it('refuses a pool that is not an external network', async () => {
    const error = await failure(
      api.network.createFloatingIp({ floatingNetworkId: net.privateNetworkId }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      `Bad floatingip request: Network ${net.privateNetworkId} is not a valid external network.`,
    );
  });

  it('refuses a port whose subnet no router joins to the external network', async () => {
    const island = await scratch.createNetworkWithSubnet(unique('net'), '10.63.0.0/24');
    networks.push(island.networkId);
    const port = await scratch.createPort(island.networkId);
    ports.push(port.id);
    const fip = await allocate();
    const error = await failure(api.network.updateFloatingIp(fip.id, { portId: port.id }));
    expect(error.status).toBe(404);
    expect(error.title).toBe('ExternalGatewayForFloatingIPNotFound');
    expect(error.message).toBe(
      `External network ${net.publicNetworkId} is not reachable from subnet ${island.subnetId}.  Therefore, cannot associate Port ${port.id} with a Floating IP.`,
    );
    await scratch.deletePort(port.id);
  });

  it('refuses one more than the quota allows (admin sets it to what is in use)', async () => {
    await allocate();
    const used = (await api.network.getNetworkQuotaUsage(demo.project.id)).floatingip!.inUse;
    const before = (await api.network.getNetworkQuota(demo.project.id)).floatingip!;
    await adminApi.network.updateNetworkQuota(demo.project.id, { floatingip: used });
    try {
      const error = await failure(
        api.network.createFloatingIp({ floatingNetworkId: net.publicNetworkId }),
      );
      expect(error.status).toBe(409);
      expect(error.title).toBe('OverQuota');
      expect(error.message).toBe("Quota exceeded for resources: ['floatingip'].");
    } finally {
      await adminApi.network.updateNetworkQuota(demo.project.id, { floatingip: before });
    }
  });

  it('is disassociated, not released, when its port is deleted', async () => {
    const port = await newPort();
    const fip = await allocate(undefined, port.id);
    await scratch.deletePort(port.id);
    expect(await api.network.getFloatingIp(fip.id)).toMatchObject({
      port_id: null,
      fixed_ip_address: null,
      router_id: null,
    });
  });

  it('releases a floating IP; it is gone afterwards', async () => {
    const fip = await allocate();
    await api.network.deleteFloatingIp(fip.id);
    const error = await failure(api.network.getFloatingIp(fip.id));
    expect(error.status).toBe(404);
    expect(error.title).toBe('FloatingIPNotFound');
    expect(error.message).toBe(`Floating IP ${fip.id} could not be found`);
  });
});
