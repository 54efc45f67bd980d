// What the router, floating IP and security group contract tests build on: the
// external network `public` and the project's own `private` network and subnet,
// which both clouds have from the start.
import { expect } from 'vitest';
import type { Api } from '@/lib/openstack/api';

export interface NetworkFixture {
  publicNetworkId: string;
  publicCidr: string;
  privateNetworkId: string;
  privateSubnetId: string;
  privateCidr: string;
  privateGatewayIp: string;
}

/** `admin` reads the external subnet, which members do not see. */
export async function networkFixture(
  api: Api,
  admin: Api,
  projectId: string,
): Promise<NetworkFixture> {
  const [external] = await api.network.listNetworks({ 'router:external': true });
  const [mine] = await api.network.listNetworks({ name: 'private', project_id: projectId });
  expect(external, 'an external network').toBeDefined();
  expect(mine, "the project's private network").toBeDefined();
  const [publicSubnet] = await admin.network.listSubnets({ network_id: external!.id });
  const [privateSubnet] = await api.network.listSubnets({ network_id: mine!.id });
  const gateway = await fetchGateway(api, privateSubnet!.id);
  return {
    publicNetworkId: external!.id,
    publicCidr: publicSubnet!.cidr,
    privateNetworkId: mine!.id,
    privateSubnetId: privateSubnet!.id,
    privateCidr: privateSubnet!.cidr,
    privateGatewayIp: gateway,
  };
}

async function fetchGateway(api: Api, subnetId: string): Promise<string> {
  const ports = await api.network.listPorts({
    fixed_ips: `subnet_id=${subnetId}`,
    device_owner: 'network:router_interface',
  });
  const ip = ports[0]?.fixed_ips.find((f) => f.subnet_id === subnetId)?.ip_address;
  expect(ip, "the private subnet's router interface").toBeDefined();
  return ip!;
}

/** Whether an IPv4 address lies in a CIDR. */
export function inCidr(ip: string, cidr: string): boolean {
  const toInt = (a: string) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(toInt(base) / size) * size;
  const value = toInt(ip);
  return value >= first && value < first + size;
}
