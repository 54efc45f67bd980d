import { badRequest, NeutronError, notFound, overQuota, policyNotAuthorized } from './errors';
import { canonicalIp, formatCidr } from './ip-address';
import { networkVisible, subnetVisible } from './policy';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { standardAttrs, touch } from './records';
import { resourceBody, type AttrSpec } from './request-body';
import {
  checkDhcpCidr,
  checkGatewayOutsidePools,
  checkGatewayValid,
  checkIpv6Modes,
  checkNoOverlap,
  checkPools,
  defaultGateway,
  defaultPools,
  isAutoAddress,
  subnetCidr,
  type Pool,
} from './subnet-rules';
import { subnetView } from './views';
import type { NetworkCall } from './call';
import type { SubnetRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Subnet create, update and delete (api-ref network v2 "Subnets"): gateway and
// allocation pools (defaults and checks), DNS name servers, host routes, IPv6
// modes, DHCP; a subnet with allocations other than DHCP's or SLAAC's is in use.

const rw = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: true });
const createOnly = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: false });
const readOnly: AttrSpec = { kind: 'any', post: false, put: false };

const SUBNET_ATTRS: Record<string, AttrSpec> = {
  id: readOnly,
  name: rw('string'),
  ip_version: { kind: 'ip-version', post: true, put: false, required: true },
  network_id: { kind: 'uuid', post: true, put: false, required: true },
  subnetpool_id: createOnly('any'),
  prefixlen: createOnly('any'),
  cidr: createOnly('string'),
  gateway_ip: rw('ip-or-null'),
  allocation_pools: rw('pools'),
  dns_nameservers: rw('nameservers'),
  host_routes: rw('host-routes'),
  tenant_id: createOnly('string'),
  project_id: createOnly('string'),
  enable_dhcp: rw('to-bool'),
  ipv6_ra_mode: createOnly('ipv6-mode'),
  ipv6_address_mode: createOnly('ipv6-mode'),
  description: rw('string'),
  service_types: rw('any'),
  segment_id: rw('any'),
  use_default_subnetpool: createOnly('to-bool'),
};

type Route = { destination: string; nexthop: string };

const canonicalOrNull = (value: unknown) => (typeof value === 'string' ? canonicalIp(value) : null);
const canonicalPool = (p: Pool): Pool => ({ start: canonicalIp(p.start), end: canonicalIp(p.end) });

function findSubnet(call: NetworkCall): SubnetRecord {
  const id = call.req.params.id ?? '';
  const subnet = call.region.subnets.find((s) => s.id === id);
  if (!subnet || !subnetVisible(call.viewer, subnet, call.region)) throw notFound('subnet', id);
  return subnet;
}

function checkOwner(call: NetworkCall, subnet: SubnetRecord, action: string): void {
  if (!call.viewer.isAdmin && subnet.projectId !== call.viewer.projectId) {
    throw policyNotAuthorized(action);
  }
}

function touchNetwork(call: NetworkCall, networkId: string): void {
  const network = call.region.networks.find((n) => n.id === networkId);
  if (network) touch(network, call.now);
}

export function createSubnetHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'subnet', SUBNET_ATTRS, true);
  const projectId = targetProject(call, body);
  if (typeof body.cidr !== 'string') {
    throw badRequest('subnets', 'a subnetpool must be specified in the absence of a cidr');
  }
  if (wouldExceed(call.region, projectId, 'subnet')) throw overQuota(['subnet']);
  const networkId = String(body.network_id);
  const network = call.region.networks.find((n) => n.id === networkId);
  if (!network || !networkVisible(call.viewer, network)) throw notFound('network', networkId);
  if (!call.viewer.isAdmin && network.projectId !== projectId) {
    throw new NeutronError(
      403,
      'HTTPForbidden',
      `Tenant ${projectId} not allowed to create subnet on this network`,
    );
  }
  const ipVersion = body.ip_version as 4 | 6;
  const cidr = subnetCidr(body.cidr, ipVersion);
  const addressMode = (body.ipv6_address_mode as string | null | undefined) ?? null;
  const raMode = (body.ipv6_ra_mode as string | null | undefined) ?? null;
  checkIpv6Modes(ipVersion, addressMode, raMode);
  const enableDhcp = (body.enable_dhcp as boolean | undefined) ?? true;
  if (enableDhcp) checkDhcpCidr(cidr);
  const cidrText = formatCidr(cidr);
  const siblings = call.region.subnets.filter((s) => s.networkId === network.id);
  checkNoOverlap(
    cidr,
    cidrText,
    network.id,
    siblings.map((s) => s.cidr),
  );
  const gatewayIp =
    body.gateway_ip === undefined ? defaultGateway(cidr) : canonicalOrNull(body.gateway_ip);
  checkGatewayValid(cidr, gatewayIp);
  const requestedPools = body.allocation_pools as Pool[] | undefined;
  let pools: Pool[];
  if (requestedPools === undefined) {
    pools = defaultPools(cidr, gatewayIp);
  } else {
    checkPools(cidr, requestedPools);
    checkGatewayOutsidePools(gatewayIp, requestedPools);
    pools = requestedPools.map(canonicalPool);
  }
  const subnet: SubnetRecord = {
    ...standardAttrs(projectId, call.now, (body.description as string | undefined) ?? ''),
    name: (body.name as string | undefined) ?? '',
    networkId: network.id,
    ipVersion,
    cidr: cidrText,
    gatewayIp,
    enableDhcp,
    allocationPools: pools,
    dnsNameservers: [...((body.dns_nameservers as string[] | undefined) ?? [])],
    hostRoutes: ((body.host_routes as Route[] | undefined) ?? []).map((r) => ({
      destination: r.destination,
      nexthop: r.nexthop,
    })),
    ipv6AddressMode: addressMode,
    ipv6RaMode: raMode,
  };
  call.region.subnets.push(subnet);
  touchNetwork(call, network.id);
  call.changed();
  return { status: 201, body: { subnet: subnetView(subnet) } };
}

export function updateSubnetHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'subnet', SUBNET_ATTRS, false);
  const subnet = findSubnet(call);
  checkOwner(call, subnet, 'update_subnet');
  const cidr = subnetCidr(subnet.cidr, subnet.ipVersion);
  const pools = (body.allocation_pools as Pool[] | undefined) ?? subnet.allocationPools;
  const gatewayIp =
    body.gateway_ip === undefined ? subnet.gatewayIp : canonicalOrNull(body.gateway_ip);
  if (body.enable_dhcp === true && !subnet.enableDhcp) checkDhcpCidr(cidr);
  checkGatewayValid(cidr, gatewayIp);
  if (body.allocation_pools !== undefined) checkPools(cidr, pools);
  if (body.allocation_pools !== undefined || body.gateway_ip !== undefined) {
    checkGatewayOutsidePools(gatewayIp, pools);
  }
  if (body.name !== undefined) subnet.name = body.name as string;
  if (body.description !== undefined) subnet.description = body.description as string;
  if (body.enable_dhcp !== undefined) subnet.enableDhcp = body.enable_dhcp as boolean;
  if (body.dns_nameservers !== undefined) {
    subnet.dnsNameservers = [...(body.dns_nameservers as string[])];
  }
  if (body.host_routes !== undefined) {
    subnet.hostRoutes = (body.host_routes as Route[]).map((r) => ({
      destination: r.destination,
      nexthop: r.nexthop,
    }));
  }
  subnet.gatewayIp = gatewayIp;
  subnet.allocationPools = pools.map(canonicalPool);
  touch(subnet, call.now);
  call.changed();
  return { status: 200, body: { subnet: subnetView(subnet) } };
}

export function deleteSubnetHandler(call: NetworkCall): SandboxResponse {
  const subnet = findSubnet(call);
  checkOwner(call, subnet, 'delete_subnet');
  const region = call.region;
  const holders = region.ports.filter((p) => p.fixedIps.some((ip) => ip.subnetId === subnet.id));
  // DHCP ports and SLAAC addresses (not on a router) go with the subnet.
  const blocking = holders.filter(
    (p) =>
      p.deviceOwner !== 'network:dhcp' &&
      !(isAutoAddress(subnet) && !p.deviceOwner.startsWith('network:router')),
  );
  if (blocking.length > 0) {
    throw new NeutronError(
      409,
      'SubnetInUse',
      `Unable to complete operation on subnet ${subnet.id}: One or more ports have an IP allocation from this subnet.`,
    );
  }
  for (const port of holders) {
    port.fixedIps = port.fixedIps.filter((ip) => ip.subnetId !== subnet.id);
  }
  region.subnets = region.subnets.filter((s) => s.id !== subnet.id);
  touchNetwork(call, subnet.networkId);
  call.changed();
  return { status: 204 };
}
