import { networkSubnets } from './port-store';
import { normalizeCidr } from './rule-validation';
import { groupRules } from './security-group-store';
import type { NetworkViewer } from './policy';
import type {
  FloatingIpRecord,
  NetworkRecord,
  NetworkRegionState,
  PortRecord,
  RouterRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
  SubnetRecord,
} from './schema';

// Resource dicts in the key order the devcloud's Neutron (ML2, Zed) returns them.
// provider:* and binding:* details are admin-only attributes.

export type View = Record<string, unknown>;

/** Neutron's timestamps: seconds and a Z. */
export function neutronTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function tail(record: {
  tags: string[];
  createdAt: number;
  updatedAt: number;
  revision: number;
  projectId: string;
}): View {
  return {
    tags: [...record.tags],
    created_at: neutronTime(record.createdAt),
    updated_at: neutronTime(record.updatedAt),
    revision_number: record.revision,
    project_id: record.projectId,
  };
}

export function networkView(
  network: NetworkRecord,
  region: NetworkRegionState,
  viewer: NetworkViewer,
): View {
  const view: View = {
    id: network.id,
    name: network.name,
    tenant_id: network.projectId,
    admin_state_up: network.adminStateUp,
    mtu: network.mtu,
    status: network.status,
    subnets: networkSubnets(region, network.id)
      .map((s) => s.id)
      .sort(),
    shared: network.shared,
    availability_zone_hints: [],
    availability_zones: [],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    'router:external': network.external,
    description: network.description,
    port_security_enabled: network.portSecurityEnabled,
  };
  if (network.external) view.is_default = network.isDefault;
  Object.assign(view, tail(network));
  if (viewer.isAdmin) {
    view['provider:network_type'] = network.providerNetworkType;
    view['provider:physical_network'] = network.providerPhysicalNetwork;
    view['provider:segmentation_id'] = network.providerSegmentationId;
  }
  return view;
}

export function subnetView(subnet: SubnetRecord): View {
  return {
    id: subnet.id,
    name: subnet.name,
    tenant_id: subnet.projectId,
    network_id: subnet.networkId,
    ip_version: subnet.ipVersion,
    subnetpool_id: null,
    enable_dhcp: subnet.enableDhcp,
    ipv6_ra_mode: subnet.ipv6RaMode,
    ipv6_address_mode: subnet.ipv6AddressMode,
    gateway_ip: subnet.gatewayIp,
    cidr: subnet.cidr,
    allocation_pools: subnet.allocationPools.map((p) => ({ ...p })),
    host_routes: subnet.hostRoutes.map((r) => ({ ...r })),
    dns_nameservers: [...subnet.dnsNameservers],
    description: subnet.description,
    service_types: [],
    ...tail(subnet),
  };
}

export function portView(port: PortRecord, viewer: NetworkViewer): View {
  const view: View = {
    id: port.id,
    name: port.name,
    network_id: port.networkId,
    tenant_id: port.projectId,
    mac_address: port.macAddress,
    admin_state_up: port.adminStateUp,
    status: port.status,
    device_id: port.deviceId,
    device_owner: port.deviceOwner,
    fixed_ips: port.fixedIps.map((ip) => ({ subnet_id: ip.subnetId, ip_address: ip.ipAddress })),
    allowed_address_pairs: port.allowedAddressPairs.map((p) => ({
      mac_address: p.macAddress,
      ip_address: p.ipAddress,
    })),
    extra_dhcp_opts: [],
    security_groups: [...port.securityGroups],
    description: port.description,
    'binding:vnic_type': 'normal',
  };
  if (viewer.isAdmin) {
    const bound = port.bindingVifType !== 'unbound';
    view['binding:profile'] = {};
    view['binding:host_id'] = port.bindingHostId;
    view['binding:vif_type'] = port.bindingVifType;
    view['binding:vif_details'] = bound
      ? { port_filter: true, bound_drivers: { '0': 'test' } }
      : {};
  }
  view.port_security_enabled = port.portSecurityEnabled;
  return Object.assign(view, tail(port));
}

export function ruleView(rule: SecurityGroupRuleRecord): View {
  const cidr = rule.remoteIpPrefix;
  return {
    id: rule.id,
    tenant_id: rule.projectId,
    security_group_id: rule.securityGroupId,
    ethertype: rule.ethertype,
    direction: rule.direction,
    protocol: rule.protocol,
    port_range_min: rule.portRangeMin,
    port_range_max: rule.portRangeMax,
    remote_ip_prefix: cidr,
    remote_address_group_id: null,
    normalized_cidr: cidr === null || cidr.includes(':') ? cidr : normalizeCidr(cidr),
    remote_group_id: rule.remoteGroupId,
    standard_attr_id: rule.standardAttrId,
    description: rule.ruleDescription,
    ...tail(rule),
  };
}

export function securityGroupView(group: SecurityGroupRecord, region: NetworkRegionState): View {
  const view: View = {
    id: group.id,
    name: group.name,
    stateful: group.stateful,
    tenant_id: group.projectId,
    description: group.description,
    shared: false,
    ...tail(group),
  };
  // Read only for the groups a page returns: a list builds every group's view
  // before filtering and paging, and thousands of rules made that slow.
  let rules: View[] | undefined;
  Object.defineProperty(view, 'security_group_rules', {
    enumerable: true,
    get: () =>
      (rules ??= groupRules(region, group.id)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map(ruleView)),
  });
  return view;
}

export function routerView(router: RouterRecord): View {
  return {
    id: router.id,
    name: router.name,
    tenant_id: router.projectId,
    admin_state_up: router.adminStateUp,
    status: router.status,
    external_gateway_info: router.gateway && {
      network_id: router.gateway.networkId,
      external_fixed_ips: router.gateway.externalFixedIps.map((ip) => ({
        subnet_id: ip.subnetId,
        ip_address: ip.ipAddress,
      })),
      enable_snat: router.gateway.enableSnat,
    },
    description: router.description,
    availability_zones: [],
    availability_zone_hints: [],
    routes: router.routes.map((r) => ({ destination: r.destination, nexthop: r.nexthop })),
    flavor_id: null,
    ...tail(router),
  };
}

export function floatingIpView(fip: FloatingIpRecord, region: NetworkRegionState): View {
  const port = fip.portId ? region.ports.find((p) => p.id === fip.portId) : undefined;
  return {
    id: fip.id,
    tenant_id: fip.projectId,
    floating_ip_address: fip.floatingIpAddress,
    floating_network_id: fip.floatingNetworkId,
    router_id: fip.routerId,
    port_id: fip.portId,
    fixed_ip_address: fip.fixedIpAddress,
    status: fip.status,
    description: fip.description,
    port_details: port
      ? {
          name: port.name,
          network_id: port.networkId,
          mac_address: port.macAddress,
          admin_state_up: port.adminStateUp,
          status: port.status,
          device_id: port.deviceId,
          device_owner: port.deviceOwner,
        }
      : null,
    ...tail(fip),
  };
}
