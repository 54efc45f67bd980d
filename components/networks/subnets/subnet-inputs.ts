// Form input of Create Subnet, Edit Subnet and the subnet steps of Create
// Network (api-ref: network v2, "Subnets"): the checks Horizon and Neutron make,
// each message at its field, and the request body built from the form.
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import {
  contains,
  formatAddress,
  formatCidr,
  parseAddress,
  parseCidr,
  type Address,
  type Cidr,
} from '@/lib/net/ip-address';
import type {
  AllocationPool,
  HostRoute,
  SubnetCreateInput,
  SubnetUpdateInput,
} from '@/lib/openstack/network/subnet-schemas';
import { cidrProblem } from '../cidr-problem';

export type FieldErrors = Record<string, string>;

/** Neutron's defaults: max_dns_nameservers and max_subnet_host_routes. */
export const MAX_DNS_SERVERS = 5;
export const MAX_HOST_ROUTES = 20;
export const NAME_MAX = 255;

export const IPV6_MODES = [
  { value: '', label: 'No options specified' },
  { value: 'slaac', label: 'SLAAC: Address discovered from OpenStack Router' },
  { value: 'dhcpv6-stateful', label: 'DHCPv6 stateful: Address discovered from OpenStack DHCP' },
  {
    value: 'dhcpv6-stateless',
    label:
      'DHCPv6 stateless: Address discovered from OpenStack Router and additional information from OpenStack DHCP',
  },
] as const;
type Ipv6Mode = Exclude<(typeof IPV6_MODES)[number]['value'], ''>;

export const text = (values: Readonly<FormValues>, key: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};
export const flag = (values: Readonly<FormValues>, key: string): boolean => values[key] === true;

export const lines = (value: string): { line: string; n: number }[] =>
  value
    .split('\n')
    .map((line, index) => ({ line: line.trim(), n: index + 1 }))
    .filter(({ line }) => line !== '');

export function nameProblem(value: string, label: string): string | undefined {
  return value.length > NAME_MAX ? `${label} must be ${NAME_MAX} characters or fewer.` : undefined;
}

function versionOf(values: Readonly<FormValues>): 4 | 6 {
  return text(values, 'ip_version') === '6' ? 6 : 4;
}

/** The subnet step: name, network address, IP version, gateway. */
export function subnetBaseErrors(values: Readonly<FormValues>, editing = false): FieldErrors {
  const errors: FieldErrors = {};
  const name = nameProblem(text(values, 'subnet_name'), 'Subnet Name');
  if (name) errors.subnet_name = name;
  const cidrText = text(values, 'cidr');
  const version = versionOf(values);
  let cidr: Cidr | undefined;
  if (!editing) {
    if (!cidrText) errors.cidr = 'Network Address is required.';
    else {
      const problem = cidrProblem(cidrText);
      cidr = parseCidr(cidrText);
      if (problem) errors.cidr = problem;
      else if (cidr && cidr.version !== version)
        errors.cidr = `Network Address is an IPv${cidr.version} network but IP Version is IPv${version}.`;
      else if (cidr && cidr.prefix === (version === 4 ? 32 : 128))
        errors.cidr = `The subnet in the Network Address is too small (/${cidr.prefix}).`;
    }
  } else cidr = parseCidr(cidrText);
  if (!flag(values, 'no_gateway')) {
    const gatewayText = text(values, 'gateway_ip');
    if (gatewayText) {
      const gateway = parseAddress(gatewayText);
      if (!gateway) errors.gateway_ip = `Gateway IP: "${gatewayText}" is not an IP address.`;
      else if (gateway.version !== version)
        errors.gateway_ip = `Gateway IP is an IPv${gateway.version} address but the subnet is IPv${version}.`;
      else if (cidr && !errors.cidr && !contains(cidr, gateway))
        errors.gateway_ip = `Gateway IP ${gatewayText} is outside the network ${formatCidr(cidr)}.`;
    }
  }
  return errors;
}

interface ParsedPool {
  n: number;
  start: Address;
  end: Address;
}

/** The subnet details: DHCP, pools, DNS name servers, host routes, IPv6 modes. */
export function subnetDetailErrors(values: Readonly<FormValues>): FieldErrors {
  const errors: FieldErrors = {};
  const version = versionOf(values);
  const cidr = parseCidr(text(values, 'cidr'));
  const usableCidr = cidr && cidr.version === version && !cidrProblem(text(values, 'cidr'));

  const pools: ParsedPool[] = [];
  for (const { line, n } of lines(text(values, 'allocation_pools'))) {
    const parts = line.split(',').map((p) => p.trim());
    const where = `Allocation Pools line ${n}`;
    const [start, end] = parts.map((p) => parseAddress(p));
    if (parts.length !== 2 || !start || !end) {
      errors.allocation_pools = `${where}: write it as start,end with two IP addresses, e.g. 192.168.0.10,192.168.0.100.`;
      break;
    }
    if (start.version !== version || end.version !== version) {
      errors.allocation_pools = `${where}: the addresses must be IPv${version}, like the subnet.`;
      break;
    }
    if (usableCidr && (!contains(cidr, start) || !contains(cidr, end))) {
      errors.allocation_pools = `${where}: ${parts[contains(cidr, start) ? 1 : 0]} is outside the network ${formatCidr(cidr)}.`;
      break;
    }
    if (start.value > end.value) {
      errors.allocation_pools = `${where}: the start address comes after the end address.`;
      break;
    }
    const overlap = pools.find((p) => start.value <= p.end.value && p.start.value <= end.value);
    if (overlap) {
      errors.allocation_pools = `Allocation Pools lines ${overlap.n} and ${n} overlap.`;
      break;
    }
    pools.push({ n, start, end });
  }
  if (!errors.allocation_pools && !flag(values, 'no_gateway')) {
    const gateway = parseAddress(text(values, 'gateway_ip'));
    const inPool =
      gateway && pools.find((p) => gateway.value >= p.start.value && gateway.value <= p.end.value);
    if (inPool)
      errors.allocation_pools = `Allocation Pools line ${inPool.n}: the pool holds the gateway ${text(values, 'gateway_ip')}; leave the gateway out of the pools.`;
  }

  const servers = lines(text(values, 'dns_nameservers'));
  for (const { line, n } of servers) {
    if (!parseAddress(line)) {
      errors.dns_nameservers = `DNS Name Servers line ${n}: "${line}" is not an IP address.`;
      break;
    }
  }
  if (!errors.dns_nameservers && servers.length > MAX_DNS_SERVERS)
    errors.dns_nameservers = `At most ${MAX_DNS_SERVERS} DNS name servers are allowed.`;

  const routes = lines(text(values, 'host_routes'));
  for (const { line, n } of routes) {
    const where = `Host Routes line ${n}`;
    const parts = line.split(',').map((p) => p.trim());
    if (parts.length !== 2) {
      errors.host_routes = `${where}: write it as destination CIDR,nexthop, e.g. 192.168.200.0/24,10.56.1.254.`;
      break;
    }
    const problem = cidrProblem(parts[0]!, `${where}: the destination`);
    if (problem) {
      errors.host_routes = problem;
      break;
    }
    const nexthop = parseAddress(parts[1]!);
    if (!nexthop) {
      errors.host_routes = `${where}: the nexthop "${parts[1]}" is not an IP address.`;
      break;
    }
    if (nexthop.version !== parseCidr(parts[0]!)!.version) {
      errors.host_routes = `${where}: the destination and the nexthop must be the same IP version.`;
      break;
    }
  }
  if (!errors.host_routes && routes.length > MAX_HOST_ROUTES)
    errors.host_routes = `At most ${MAX_HOST_ROUTES} host routes are allowed.`;

  const mode = text(values, 'ipv6_mode');
  if (version === 6 && mode && !IPV6_MODES.some((m) => m.value === mode))
    errors.ipv6_mode = 'Choose an IPv6 address configuration mode.';
  return errors;
}

export function parsePools(value: string): AllocationPool[] {
  return lines(value).map(({ line }) => {
    const [start = '', end = ''] = line.split(',').map((p) => p.trim());
    return { start: canonical(start), end: canonical(end) };
  });
}

export function parseRoutes(value: string): HostRoute[] {
  return lines(value).map(({ line }) => {
    const [destination = '', nexthop = ''] = line.split(',').map((p) => p.trim());
    return { destination, nexthop: canonical(nexthop) };
  });
}

export function parseServers(value: string): string[] {
  return lines(value).map(({ line }) => line);
}

/** An address as Neutron stores it (IPv6 compressed, lower case). */
function canonical(address: string): string {
  const parsed = parseAddress(address);
  return parsed ? formatAddress(parsed.version, parsed.value) : address;
}

/** The create request from the form (pools, servers and routes only when given). */
export function subnetCreateRequest(
  values: Readonly<FormValues>,
  networkId: string,
): SubnetCreateInput {
  const version = versionOf(values);
  const pools = parsePools(text(values, 'allocation_pools'));
  const servers = parseServers(text(values, 'dns_nameservers'));
  const routes = parseRoutes(text(values, 'host_routes'));
  const mode = text(values, 'ipv6_mode') as Ipv6Mode | '';
  const gateway = text(values, 'gateway_ip');
  return {
    network_id: networkId,
    name: text(values, 'subnet_name'),
    cidr: text(values, 'cidr'),
    ip_version: version,
    ...(flag(values, 'no_gateway') ? { gateway_ip: null } : gateway ? { gateway_ip: gateway } : {}),
    enable_dhcp: flag(values, 'enable_dhcp'),
    ...(pools.length ? { allocation_pools: pools } : {}),
    ...(servers.length ? { dns_nameservers: servers } : {}),
    ...(routes.length ? { host_routes: routes } : {}),
    ...(version === 6 && mode ? { ipv6_address_mode: mode, ipv6_ra_mode: mode } : {}),
  };
}

/**
 * The update request: what the form shows is what the subnet gets (emptied
 * pools, servers or routes are removed); an empty gateway keeps the current one.
 */
export function subnetUpdateRequest(values: Readonly<FormValues>): SubnetUpdateInput {
  const gateway = text(values, 'gateway_ip');
  return {
    name: text(values, 'subnet_name'),
    ...(flag(values, 'no_gateway') ? { gateway_ip: null } : gateway ? { gateway_ip: gateway } : {}),
    enable_dhcp: flag(values, 'enable_dhcp'),
    allocation_pools: parsePools(text(values, 'allocation_pools')),
    dns_nameservers: parseServers(text(values, 'dns_nameservers')),
    host_routes: parseRoutes(text(values, 'host_routes')),
  };
}

function addAll(ctx: z.core.$RefinementCtx, errors: FieldErrors) {
  for (const [path, message] of Object.entries(errors))
    ctx.addIssue({ code: 'custom', path: [path], message });
}

const formValues = z.record(z.string(), z.unknown());
const asValues = (v: Record<string, unknown>) => v as FormValues;

/** Create Subnet (one form): every subnet field; output is the request without network_id. */
export const createSubnetInput = formValues
  .superRefine((v, ctx) => {
    addAll(ctx, { ...subnetBaseErrors(asValues(v)), ...subnetDetailErrors(asValues(v)) });
  })
  .transform((v) => asValues(v));

/** Edit Subnet: CIDR and IP version are fixed (carried in the values, not editable). */
export const editSubnetInput = formValues
  .superRefine((v, ctx) => {
    addAll(ctx, { ...subnetBaseErrors(asValues(v), true), ...subnetDetailErrors(asValues(v)) });
  })
  .transform((v) => subnetUpdateRequest(asValues(v)));

/** The wizard's Subnet step: checked only when Create Subnet is ticked. */
export const subnetStepInput = formValues
  .superRefine((v, ctx) => {
    if (v.with_subnet === true) addAll(ctx, subnetBaseErrors(asValues(v)));
  })
  .transform(() => ({}));

/** The wizard's Subnet Details step; its output carries the whole subnet's form values. */
export const subnetDetailsStepInput = formValues
  .superRefine((v, ctx) => {
    if (v.with_subnet === true) addAll(ctx, subnetDetailErrors(asValues(v)));
  })
  .transform((v) => ({ subnetValues: v.with_subnet === true ? asValues(v) : undefined }));

/** Form values of an existing subnet, for Edit Subnet. */
export function subnetFormValues(subnet: {
  name: string;
  cidr: string;
  ip_version: 4 | 6;
  gateway_ip: string | null;
  enable_dhcp: boolean;
  allocation_pools: AllocationPool[];
  dns_nameservers: string[];
  host_routes: HostRoute[];
}): FormValues {
  return {
    subnet_name: subnet.name,
    cidr: subnet.cidr,
    ip_version: String(subnet.ip_version),
    gateway_ip: subnet.gateway_ip ?? '',
    no_gateway: subnet.gateway_ip === null,
    enable_dhcp: subnet.enable_dhcp,
    allocation_pools: subnet.allocation_pools.map((p) => `${p.start},${p.end}`).join('\n'),
    dns_nameservers: subnet.dns_nameservers.join('\n'),
    host_routes: subnet.host_routes.map((r) => `${r.destination},${r.nexthop}`).join('\n'),
    ipv6_mode: '',
  };
}

export const SUBNET_DEFAULTS: FormValues = {
  subnet_name: '',
  cidr: '',
  ip_version: '4',
  gateway_ip: '',
  no_gateway: false,
  enable_dhcp: true,
  allocation_pools: '',
  dns_nameservers: '',
  host_routes: '',
  ipv6_mode: '',
};
