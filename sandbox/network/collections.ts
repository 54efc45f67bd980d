import { invalidInput } from './errors';
import type { CollectionSpec } from './list-query';
import type { View } from './views';

// What each collection may be filtered and sorted by (neutron-lib's attribute maps:
// is_filter / is_sort_key), with tenant_id and project_id as aliases.

const STANDARD = {
  id: 'string',
  tenant_id: 'string',
  project_id: 'string',
  description: 'string',
  revision_number: 'int',
} as const;

const SORT_STANDARD = ['id', 'tenant_id', 'project_id', 'created_at', 'updated_at'];

export const NETWORKS: CollectionSpec = {
  resource: 'network',
  collection: 'networks',
  filters: {
    ...STANDARD,
    name: 'string',
    admin_state_up: 'bool',
    status: 'string',
    shared: 'bool',
    'router:external': 'bool',
    mtu: 'int',
    port_security_enabled: 'bool',
    is_default: 'bool',
    'provider:network_type': 'string',
    'provider:physical_network': 'string',
    'provider:segmentation_id': 'int',
  },
  sortKeys: [
    ...SORT_STANDARD,
    'name',
    'admin_state_up',
    'status',
    'shared',
    'router:external',
    'mtu',
  ],
};

export const SUBNETS: CollectionSpec = {
  resource: 'subnet',
  collection: 'subnets',
  filters: {
    ...STANDARD,
    name: 'string',
    network_id: 'string',
    ip_version: 'int',
    cidr: 'string',
    gateway_ip: 'string',
    enable_dhcp: 'bool',
    subnetpool_id: 'string',
    ipv6_ra_mode: 'string',
    ipv6_address_mode: 'string',
  },
  sortKeys: [
    ...SORT_STANDARD,
    'name',
    'network_id',
    'ip_version',
    'cidr',
    'gateway_ip',
    'enable_dhcp',
  ],
};

/** fixed_ips=ip_address=…, subnet_id=…, ip_address_substr=… (one allocation must match all). */
function fixedIpsMatcher(values: string[]): (view: View) => boolean {
  const wanted: Record<string, string[]> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const key = eq < 0 ? '' : value.slice(0, eq).trim();
    if (!key) throw invalidInput(`'${value}' is not of the form <key>=[value]`);
    (wanted[key] ??= []).push(value.slice(eq + 1).trim());
  }
  return (view) =>
    (view.fixed_ips as { subnet_id: string; ip_address: string }[]).some(
      (ip) =>
        (!wanted.ip_address || wanted.ip_address.includes(ip.ip_address)) &&
        (!wanted.subnet_id || wanted.subnet_id.includes(ip.subnet_id)) &&
        (!wanted.ip_address_substr ||
          wanted.ip_address_substr.some((s) => ip.ip_address.includes(s))),
    );
}

export const PORTS: CollectionSpec = {
  resource: 'port',
  collection: 'ports',
  filters: {
    ...STANDARD,
    name: 'string',
    network_id: 'string',
    mac_address: 'string',
    admin_state_up: 'bool',
    status: 'string',
    device_id: 'string',
    device_owner: 'string',
    port_security_enabled: 'bool',
    'binding:host_id': 'string',
    'binding:vnic_type': 'string',
  },
  matchers: {
    fixed_ips: fixedIpsMatcher,
    security_groups: (values) => (view) =>
      (view.security_groups as string[]).some((id) => values.includes(id)),
  },
  sortKeys: [
    ...SORT_STANDARD,
    'name',
    'network_id',
    'mac_address',
    'admin_state_up',
    'status',
    'device_id',
    'device_owner',
  ],
};

export const SECURITY_GROUPS: CollectionSpec = {
  resource: 'security_group',
  collection: 'security_groups',
  filters: { ...STANDARD, name: 'string', stateful: 'bool', shared: 'bool' },
  sortKeys: [...SORT_STANDARD, 'name'],
};

export const SECURITY_GROUP_RULES: CollectionSpec = {
  resource: 'security_group_rule',
  collection: 'security_group_rules',
  filters: {
    ...STANDARD,
    security_group_id: 'string',
    direction: 'string',
    ethertype: 'string',
    protocol: 'string',
    port_range_min: 'int',
    port_range_max: 'int',
    remote_ip_prefix: 'string',
    remote_group_id: 'string',
    remote_address_group_id: 'string',
    normalized_cidr: 'string',
  },
  sortKeys: [
    ...SORT_STANDARD,
    'security_group_id',
    'direction',
    'ethertype',
    'protocol',
    'port_range_min',
    'port_range_max',
    'remote_ip_prefix',
    'remote_group_id',
  ],
};

export const ROUTERS: CollectionSpec = {
  resource: 'router',
  collection: 'routers',
  filters: { ...STANDARD, name: 'string', admin_state_up: 'bool', status: 'string' },
  sortKeys: [...SORT_STANDARD, 'name', 'admin_state_up', 'status'],
};

export const FLOATING_IPS: CollectionSpec = {
  resource: 'floatingip',
  collection: 'floatingips',
  filters: {
    ...STANDARD,
    floating_ip_address: 'string',
    floating_network_id: 'string',
    router_id: 'string',
    port_id: 'string',
    fixed_ip_address: 'string',
    status: 'string',
  },
  sortKeys: [
    ...SORT_STANDARD,
    'floating_ip_address',
    'floating_network_id',
    'router_id',
    'port_id',
    'fixed_ip_address',
    'status',
  ],
};
