import { pickAddress } from './ipam';
import { createPort, usedAddresses } from './port-store';
import { standardAttrs } from './records';
import { emptyNetworkRegion } from './schema';
import { ensureDefaultSecurityGroup } from './security-group-store';
import { projectByName } from '../identity/lookup';
import { DEFAULT_DOMAIN_ID } from '../identity/seed';
import type { NetworkRecord, NetworkRegionState, SubnetRecord } from './schema';
import type { SandboxState } from '../state';

// The devcloud's network layout, in every region: the admin project's external
// flat network `public` (172.24.4.0/24, no DHCP), and for every project a
// `private` VXLAN network 10.0.0.0/24, a `router1` from it to public and the
// default security group. Seeded once per project, so a state file keeps changes.

function addNetwork(
  region: NetworkRegionState,
  fields: Omit<NetworkRecord, keyof ReturnType<typeof standardAttrs>> & { projectId: string },
  now: number,
): NetworkRecord {
  const network: NetworkRecord = {
    ...standardAttrs(fields.projectId, now),
    ...fields,
    revision: 2,
  };
  region.networks.push(network);
  return network;
}

function addSubnet(
  region: NetworkRegionState,
  network: NetworkRecord,
  fields: Pick<SubnetRecord, 'name' | 'cidr' | 'gatewayIp' | 'enableDhcp' | 'allocationPools'>,
  now: number,
): SubnetRecord {
  const subnet: SubnetRecord = {
    ...standardAttrs(network.projectId, now),
    ...fields,
    networkId: network.id,
    ipVersion: 4,
    dnsNameservers: [],
    hostRoutes: [],
    ipv6AddressMode: null,
    ipv6RaMode: null,
  };
  region.subnets.push(subnet);
  return subnet;
}

function ensurePublic(region: NetworkRegionState, adminProjectId: string, now: number) {
  const existing = region.networks.find((n) => n.external && n.name === 'public');
  if (existing) return existing;
  const network = addNetwork(
    region,
    {
      projectId: adminProjectId,
      name: 'public',
      adminStateUp: true,
      status: 'ACTIVE',
      shared: false,
      external: true,
      isDefault: false,
      mtu: 1500,
      portSecurityEnabled: true,
      providerNetworkType: 'flat',
      providerPhysicalNetwork: 'public',
      providerSegmentationId: null,
    },
    now,
  );
  addSubnet(
    region,
    network,
    {
      name: 'public-subnet',
      cidr: '172.24.4.0/24',
      gatewayIp: '172.24.4.1',
      enableDhcp: false,
      allocationPools: [{ start: '172.24.4.10', end: '172.24.4.250' }],
    },
    now,
  );
  return network;
}

function seedProject(
  region: NetworkRegionState,
  projectId: string,
  publicNet: NetworkRecord,
  now: number,
): void {
  ensureDefaultSecurityGroup(region, projectId, now);
  const segment = region.networks.filter((n) => n.providerNetworkType === 'vxlan').length + 1;
  const network = addNetwork(
    region,
    {
      projectId,
      name: 'private',
      adminStateUp: true,
      status: 'ACTIVE',
      shared: false,
      external: false,
      isDefault: false,
      mtu: 1450,
      portSecurityEnabled: true,
      providerNetworkType: 'vxlan',
      providerPhysicalNetwork: null,
      providerSegmentationId: segment,
    },
    now,
  );
  const subnet = addSubnet(
    region,
    network,
    {
      name: 'private-subnet',
      cidr: '10.0.0.0/24',
      gatewayIp: '10.0.0.1',
      enableDhcp: true,
      allocationPools: [{ start: '10.0.0.2', end: '10.0.0.254' }],
    },
    now,
  );
  const publicSubnet = region.subnets.find((s) => s.networkId === publicNet.id);
  const gatewayIp = publicSubnet
    ? pickAddress(publicSubnet, usedAddresses(region, publicSubnet.id))
    : null;
  const router = {
    ...standardAttrs(projectId, now),
    name: 'router1',
    adminStateUp: true,
    status: 'ACTIVE',
    revision: 4,
    routes: [],
    gateway: {
      networkId: publicNet.id,
      enableSnat: true,
      externalFixedIps:
        publicSubnet && gatewayIp ? [{ subnetId: publicSubnet.id, ipAddress: gatewayIp }] : [],
    },
  };
  region.routers.push(router);
  // The router's own ports: no L3 agent runs, so they stay DOWN, as in the devcloud.
  createPort(
    region,
    {
      projectId: '',
      network: publicNet,
      fixedIps: router.gateway.externalFixedIps.map((ip) => ({ ...ip })),
      portSecurityEnabled: false,
      deviceId: router.id,
      deviceOwner: 'network:router_gateway',
    },
    now,
  );
  createPort(
    region,
    {
      projectId,
      network,
      fixedIps: [{ subnetId: subnet.id, ipAddress: '10.0.0.1' }],
      portSecurityEnabled: false,
      deviceId: router.id,
      deviceOwner: 'network:router_interface',
    },
    now,
  );
}

/** Seeds each region: `public` once, then every project not seeded before. */
export function seedNetworkRegions(
  state: SandboxState,
  regions: readonly string[],
  now: number,
): void {
  const admin = projectByName(state.identity, 'admin', DEFAULT_DOMAIN_ID);
  if (!admin) return;
  for (const regionId of regions) {
    const region = (state.network[regionId] ??= emptyNetworkRegion());
    const publicNet = ensurePublic(region, admin.id, now);
    for (const project of state.identity.projects) {
      if (region.seededProjects.includes(project.id)) continue;
      seedProject(region, project.id, publicNet, now);
      region.seededProjects.push(project.id);
    }
  }
}
