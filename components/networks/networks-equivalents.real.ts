// The Networks panel's equivalent commands, run for real against the devcloud as
// demo: what a student copies from the pane must do what the form did.
// Only in `npm run test:real` (tests/real/vitest.config.mts).
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
  createNetworkEquivalents,
  createPortEquivalents,
  createSubnetEquivalents,
  deleteNetworkEquivalents,
  deletePortEquivalents,
  deleteSubnetEquivalents,
  updateNetworkEquivalents,
  updatePortEquivalents,
  updateSubnetEquivalents,
} from './networks-equivalents';

let demo: Workspace;

interface ShownNetwork {
  id: string;
  name: string;
  admin_state_up: boolean;
  mtu: number;
  subnets: string[];
}
interface ShownSubnet {
  id: string;
  name: string;
  cidr: string;
  ip_version: number;
  gateway_ip: string | null;
  enable_dhcp: boolean;
  allocation_pools: { start: string; end: string }[];
  dns_nameservers: string[];
  host_routes: { destination: string; nexthop: string }[];
}
interface ShownPort {
  id: string;
  name: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  port_security_enabled: boolean;
  security_group_ids: string[];
  allowed_address_pairs: { ip_address: string; mac_address: string }[];
}

/** Neutron through the CLI, as JSON; `openstack … show` names some fields its own way. */
async function show<T>(kind: 'network' | 'subnet' | 'port', id: string): Promise<T> {
  return JSON.parse(await shell(demo, `openstack ${kind} show -f json ${id}`)) as T;
}

async function networkIdsNamed(name: string): Promise<string[]> {
  const rows = JSON.parse(await shell(demo, `openstack network list --name ${name} -f json`)) as {
    ID: string;
  }[];
  return rows.map((r) => r.ID);
}

/** The CLI shows lists of dicts in its own text; read the API's JSON instead. */
async function apiSubnet(id: string): Promise<ShownSubnet> {
  const code = [
    'import json, openstack',
    'conn = openstack.connect(cloud="openstack")',
    `print(json.dumps(conn.network.get("/subnets/${id}").json()["subnet"]))`,
  ].join('\n');
  return JSON.parse(await python(demo, code)) as ShownSubnet;
}

async function apiPort(id: string): Promise<ShownPort & { security_groups: string[] }> {
  const code = [
    'import json, openstack',
    'conn = openstack.connect(cloud="openstack")',
    `print(json.dumps(conn.network.get("/ports/${id}").json()["port"]))`,
  ].join('\n');
  return JSON.parse(await python(demo, code)) as ShownPort & { security_groups: string[] };
}

async function defaultGroup(): Promise<string> {
  const rows = JSON.parse(await shell(demo, 'openstack security group list -f json')) as {
    ID: string;
    Name: string;
  }[];
  return rows.find((r) => r.Name === 'default')!.ID;
}

beforeAll(async () => {
  demo = await workspace('demo');
});

afterAll(async () => {
  const rows = JSON.parse(await shell(demo, 'openstack network list -f json')) as {
    ID: string;
    Name: string;
  }[];
  for (const row of rows.filter((r) => r.Name.startsWith('eq-net-'))) {
    const ports = JSON.parse(
      await shell(demo, `openstack port list --network ${row.ID} -f json`),
    ) as { ID: string }[];
    if (ports.length)
      await shell(demo, `openstack port delete ${ports.map((p) => p.ID).join(' ')} || true`);
    await shell(demo, `openstack network delete ${row.ID} || true`);
  }
});

const subnetFields = (name: string, net: string) => ({
  name,
  cidr: `${net}.0/24`,
  ip_version: 4 as const,
  gateway_ip: `${net}.1`,
  enable_dhcp: true,
  allocation_pools: [{ start: `${net}.10`, end: `${net}.100` }],
  dns_nameservers: ['8.8.8.8'],
  host_routes: [{ destination: '192.168.200.0/24', nexthop: `${net}.254` }],
});

function randomNet(): string {
  return `10.${100 + Math.floor(Math.random() * 150)}.${Math.floor(Math.random() * 250)}`;
}

describe('Create Network equivalents (demo)', () => {
  it('the CLI makes the network and its subnet; set, port create/set and delete work as shown', async () => {
    const name = unique('net-cli');
    const net = randomNet();
    await shell(
      demo,
      createNetworkEquivalents(
        { name, admin_state_up: true, mtu: 1400 },
        subnetFields(`${name}-sub`, net),
      ).cli,
    );
    const [id] = await networkIdsNamed(name);
    expect(id, name).toBeTruthy();
    const network = await show<ShownNetwork>('network', id!);
    expect(network).toMatchObject({ name, admin_state_up: true, mtu: 1400 });
    expect(network.subnets).toHaveLength(1);
    const subnetId = network.subnets[0]!;
    expect(await apiSubnet(subnetId)).toMatchObject({
      name: `${name}-sub`,
      cidr: `${net}.0/24`,
      gateway_ip: `${net}.1`,
      enable_dhcp: true,
      allocation_pools: [{ start: `${net}.10`, end: `${net}.100` }],
      dns_nameservers: ['8.8.8.8'],
      host_routes: [{ destination: '192.168.200.0/24', nexthop: `${net}.254` }],
    });

    await shell(
      demo,
      updateNetworkEquivalents(id!, { name: `${name}-2`, admin_state_up: false }).cli,
    );
    expect(await show<ShownNetwork>('network', id!)).toMatchObject({
      name: `${name}-2`,
      admin_state_up: false,
    });

    await shell(
      demo,
      updateSubnetEquivalents(subnetId, {
        name: `${name}-sub2`,
        gateway_ip: null,
        enable_dhcp: false,
        allocation_pools: [{ start: `${net}.20`, end: `${net}.30` }],
        dns_nameservers: [],
        host_routes: [],
      }).cli,
    );
    expect(await apiSubnet(subnetId)).toMatchObject({
      name: `${name}-sub2`,
      gateway_ip: null,
      enable_dhcp: false,
      allocation_pools: [{ start: `${net}.20`, end: `${net}.30` }],
      dns_nameservers: [],
      host_routes: [],
    });

    const group = await defaultGroup();
    await shell(
      demo,
      createPortEquivalents({
        network_id: id!,
        name: `${name}-port`,
        admin_state_up: true,
        fixed_ips: [{ ip_address: `${net}.25` }],
        port_security_enabled: true,
        security_groups: [group],
        allowed_address_pairs: [{ ip_address: `${net}.0/24` }],
      }).cli,
    );
    const portRows = JSON.parse(
      await shell(demo, `openstack port list --network ${id} -f json`),
    ) as { ID: string; Name: string }[];
    const portId = portRows.find((p) => p.Name === `${name}-port`)!.ID;
    const port = await apiPort(portId);
    expect(port.fixed_ips.map((f) => f.ip_address)).toEqual([`${net}.25`]);
    expect(port.security_groups).toEqual([group]);
    expect(port.allowed_address_pairs.map((p) => p.ip_address)).toEqual([`${net}.0/24`]);

    await shell(
      demo,
      updatePortEquivalents(portId, {
        name: `${name}-port2`,
        admin_state_up: true,
        port_security_enabled: false,
        security_groups: [],
        allowed_address_pairs: [],
      }).cli,
    );
    expect(await apiPort(portId)).toMatchObject({
      name: `${name}-port2`,
      port_security_enabled: false,
      security_groups: [],
      allowed_address_pairs: [],
    });

    // Neutron refuses the network while the port is on it, as the panel shows.
    await expect(shell(demo, deleteNetworkEquivalents([id!]).cli)).rejects.toThrow(
      /ports still in use|in use/i,
    );
    await shell(demo, deletePortEquivalents([portId]).cli);
    await shell(demo, deleteSubnetEquivalents([subnetId]).cli);
    await shell(demo, deleteNetworkEquivalents([id!]).cli);
    expect(await networkIdsNamed(`${name}-2`)).toEqual([]);
  });

  it('the openstacksdk snippets make, change and delete the network, subnet and port', async () => {
    const name = unique('net-sdk');
    const net = randomNet();
    const id = (
      await python(
        demo,
        createNetworkEquivalents(
          { name, admin_state_up: true },
          { ...subnetFields(`${name}-sub`, net), gateway_ip: null },
        ).sdk,
      )
    ).trim();
    const network = await show<ShownNetwork>('network', id);
    expect(network.name).toBe(name);
    const subnet = await apiSubnet(network.subnets[0]!);
    expect(subnet).toMatchObject({ gateway_ip: null, dns_nameservers: ['8.8.8.8'] });
    expect(subnet.host_routes).toEqual([
      { destination: '192.168.200.0/24', nexthop: `${net}.254` },
    ]);

    const second = (
      await python(
        demo,
        createSubnetEquivalents({
          network_id: id,
          name: `${name}-v6`,
          cidr: 'fd00:1234::/64',
          ip_version: 6,
          enable_dhcp: true,
          ipv6_address_mode: 'slaac',
          ipv6_ra_mode: 'slaac',
        }).sdk,
      )
    ).trim();
    expect(await apiSubnet(second)).toMatchObject({ ip_version: 6, cidr: 'fd00:1234::/64' });
    await python(demo, updateSubnetEquivalents(second, { name: `${name}-v6b` }).sdk);
    expect((await apiSubnet(second)).name).toBe(`${name}-v6b`);
    await python(demo, deleteSubnetEquivalents([second]).sdk);

    await python(demo, updateNetworkEquivalents(id, { name, admin_state_up: false }).sdk);
    expect((await show<ShownNetwork>('network', id)).admin_state_up).toBe(false);

    const portId = (
      await python(
        demo,
        createPortEquivalents({
          network_id: id,
          name: `${name}-port`,
          fixed_ips: [{ subnet_id: subnet.id }],
          mac_address: 'fa:16:3e:12:34:56',
          port_security_enabled: true,
          security_groups: [await defaultGroup()],
          allowed_address_pairs: [{ ip_address: `${net}.77`, mac_address: 'fa:16:3e:00:00:77' }],
        }).sdk,
      )
    ).trim();
    const port = await apiPort(portId);
    expect(port.fixed_ips[0]!.subnet_id).toBe(subnet.id);
    expect(port.allowed_address_pairs).toEqual([
      { ip_address: `${net}.77`, mac_address: 'fa:16:3e:00:00:77' },
    ]);
    await python(
      demo,
      updatePortEquivalents(portId, { name: `${name}-p2`, allowed_address_pairs: [] }).sdk,
    );
    expect(await apiPort(portId)).toMatchObject({ name: `${name}-p2`, allowed_address_pairs: [] });
    await python(demo, deletePortEquivalents([portId]).sdk);
    await python(demo, deleteNetworkEquivalents([id]).sdk);
    expect(await networkIdsNamed(name)).toEqual([]);
  });

  it('the Heat templates make the network with its subnet, and a port; deleting the stacks removes them', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('net-hot');
    const net = randomNet();
    const stack = `${name}-stack`;
    const portStack = `${name}-port-stack`;
    try {
      await stackCreate(
        demo,
        stack,
        createNetworkEquivalents(
          { name, admin_state_up: true, mtu: 1400 },
          subnetFields(`${name}-sub`, net),
        ).hot,
      );
      const [id] = await networkIdsNamed(name);
      const network = await show<ShownNetwork>('network', id!);
      expect(network.mtu).toBe(1400);
      expect(await apiSubnet(network.subnets[0]!)).toMatchObject({
        cidr: `${net}.0/24`,
        allocation_pools: [{ start: `${net}.10`, end: `${net}.100` }],
        host_routes: [{ destination: '192.168.200.0/24', nexthop: `${net}.254` }],
      });
      await stackCreate(
        demo,
        portStack,
        createPortEquivalents({
          network_id: id!,
          name: `${name}-port`,
          admin_state_up: true,
          fixed_ips: [{ subnet_id: network.subnets[0]!, ip_address: `${net}.40` }],
          port_security_enabled: true,
          security_groups: [await defaultGroup()],
          allowed_address_pairs: [{ ip_address: `${net}.0/24` }],
        }).hot,
      );
      const ports = JSON.parse(
        await shell(demo, `openstack port list --network ${id} -f json`),
      ) as { ID: string; Name: string }[];
      const portId = ports.find((p) => p.Name === `${name}-port`)!.ID;
      expect((await apiPort(portId)).fixed_ips.map((f) => f.ip_address)).toEqual([`${net}.40`]);
    } finally {
      await stackDelete(demo, portStack);
      await stackDelete(demo, stack);
    }
    expect(await networkIdsNamed(name)).toEqual([]);
  });
});
