// Small Neutron and Nova answers for the topology's unit tests.
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import type { NetworkDetail } from '@/lib/openstack/network/network-schemas';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';
import type { Router } from '@/lib/openstack/network/router-schemas';
import type { SubnetDetail } from '@/lib/openstack/network/subnet-schemas';
import type { TopologyData } from './topology-data';

export function network(
  id: string,
  name: string,
  extra: Partial<NetworkDetail> = {},
): NetworkDetail {
  return {
    id,
    name,
    project_id: 'p',
    admin_state_up: true,
    status: 'ACTIVE',
    shared: false,
    subnets: [],
    ...extra,
  };
}

export function subnet(id: string, networkId: string, cidr: string): SubnetDetail {
  return {
    id,
    name: id,
    network_id: networkId,
    project_id: 'p',
    ip_version: 4,
    cidr,
    gateway_ip: null,
    enable_dhcp: true,
    allocation_pools: [],
    dns_nameservers: [],
    host_routes: [],
  };
}

export function router(id: string, name: string, gateway?: string): Router {
  return {
    id,
    name,
    status: 'ACTIVE',
    admin_state_up: true,
    external_gateway_info: gateway
      ? {
          network_id: gateway,
          external_fixed_ips: [{ subnet_id: 's-pub', ip_address: '172.24.4.5' }],
        }
      : null,
    routes: [],
  };
}

export function port(
  id: string,
  networkId: string,
  owner: string,
  deviceId: string,
  ip: string,
): PortDetail {
  return {
    id,
    name: '',
    network_id: networkId,
    project_id: 'p',
    mac_address: 'fa:16:3e:00:00:01',
    admin_state_up: true,
    status: 'ACTIVE',
    device_id: deviceId,
    device_owner: owner,
    fixed_ips: [{ subnet_id: 's', ip_address: ip }],
    allowed_address_pairs: [],
    security_groups: [],
  };
}

export function server(id: string, name: string, status = 'ACTIVE', task?: string): Server {
  return {
    id,
    name,
    status,
    metadata: {},
    flavor: {},
    created: '2026-01-01T00:00:00Z',
    addresses: {},
    'OS-EXT-STS:task_state': task ?? null,
  } as Server;
}

function fip(address: string, portId: string | null): FloatingIp {
  return {
    id: `fip-${address}`,
    floating_ip_address: address,
    floating_network_id: 'pub',
    router_id: null,
    port_id: portId,
    fixed_ip_address: null,
    status: 'ACTIVE',
  };
}

export function sampleData(): TopologyData {
  return {
    networks: [
      network('pub', 'public', { 'router:external': true }),
      network('net1', 'private'),
      network('net2', 'down-net', { admin_state_up: false, status: 'DOWN' }),
    ],
    subnets: [
      subnet('s-pub', 'pub', '172.24.4.0/24'),
      subnet('s1b', 'net1', 'fd00::/64'),
      subnet('s1', 'net1', '10.0.0.0/24'),
    ],
    routers: [router('r1', 'router1', 'pub'), router('r2', 'lonely')],
    ports: [
      port('p-if', 'net1', 'network:router_interface', 'r1', '10.0.0.1'),
      port('p-dhcp', 'net1', 'network:dhcp', 'dhcp', '10.0.0.2'),
      port('p-vm', 'net1', 'compute:nova', 'vm1', '10.0.0.7'),
      port('p-vm2', 'net2', 'compute:nova', 'vm2', '192.168.0.4'),
      port('p-gone', 'net1', 'compute:nova', 'deleted-server', '10.0.0.9'),
    ],
    servers: [server('vm1', 'web'), server('vm2', 'db', 'BUILD'), server('vm3', 'alone', 'ERROR')],
    floatingIps: [fip('172.24.4.20', 'p-vm'), fip('172.24.4.21', null)],
  };
}

/** The benchmark's shape: `servers` instances spread over 10 networks behind 5 routers. */
export function largeData(servers: number): TopologyData {
  const networks = Array.from({ length: 10 }, (_, i) => network(`n${i}`, `net-${i}`));
  const routers = Array.from({ length: 5 }, (_, i) => router(`r${i}`, `router-${i}`, 'pub'));
  const vms = Array.from({ length: servers }, (_, i) => server(`s${i}`, `vm-${i}`));
  return {
    networks: [network('pub', 'public', { 'router:external': true }), ...networks],
    subnets: [
      subnet('s-pub', 'pub', '172.24.4.0/24'),
      ...networks.map((n, i) => subnet(`sub${i}`, n.id, `10.${i}.0.0/24`)),
    ],
    routers,
    ports: [
      ...routers.flatMap((r, i) => [
        port(`if${i}a`, `n${2 * i}`, 'network:router_interface', r.id, `10.${2 * i}.0.1`),
        port(`if${i}b`, `n${2 * i + 1}`, 'network:router_interface', r.id, `10.${2 * i + 1}.0.1`),
      ]),
      ...vms.map((s, i) =>
        port(
          `p${i}`,
          `n${i % 10}`,
          'compute:nova',
          s.id,
          `10.${i % 10}.${1 + Math.floor(i / 10 / 250)}.${(Math.floor(i / 10) % 250) + 2}`,
        ),
      ),
    ],
    servers: vms,
    floatingIps: [],
  };
}
