// Project → Network → Networks: the equivalent commands of networks, subnets and
// ports. Run for real against the devcloud by networks-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { NetworkInput } from '@/lib/openstack/network/network-schemas';
import type { PortCreateInput, PortUpdateInput } from '@/lib/openstack/network/port-schemas';
import type { SubnetCreateInput, SubnetUpdateInput } from '@/lib/openstack/network/subnet-schemas';

type Py = string | number | boolean | null | readonly Py[] | { readonly [key: string]: Py };

/** Request fragments (pools, pairs) as plain literal data, without absent keys. */
const plain = (value: object): Py => JSON.parse(JSON.stringify(value)) as Py;

/** A Python literal. */
function pyLiteral(value: Py): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return py(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${py(k)}: ${pyLiteral(v)}`)
    .join(', ')}}`;
}

/** A HOT flow-style value. */
function hotLiteral(value: Py): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return yaml(value);
  if (Array.isArray(value)) return `[${value.map(hotLiteral).join(', ')}]`;
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${hotLiteral(v)}`)
    .join(', ')} }`;
}

/** `name = conn.network.<call>(\n    key=value,\n)` */
function sdkCall(target: string, call: string, args: [string, Py | { raw: string }][]): string[] {
  return [
    `${target} = conn.network.${call}(`,
    ...args.map(
      ([k, v]) =>
        `    ${k}=${typeof v === 'object' && v !== null && 'raw' in v ? v.raw : pyLiteral(v as Py)},`,
    ),
    ')',
  ];
}

function hotProps(props: [string, Py | { raw: string } | undefined][]): string[] {
  return props
    .filter((p): p is [string, Py | { raw: string }] => p[1] !== undefined)
    .map(
      ([k, v]) =>
        `      ${k}: ${typeof v === 'object' && v !== null && 'raw' in v ? v.raw : hotLiteral(v as Py)}`,
    );
}

/** One command, its options on continuation lines when there are several. */
function command(words: string, options: string[], last: string): string {
  if (options.length <= 1) return [words, ...options, last].join(' ');
  return [words, ...options.map((o) => `  ${o}`), `  ${last}`].join(' \\\n');
}

// ── Networks ────────────────────────────────────────────────────────────────

function networkCliOptions(n: NetworkInput): string[] {
  return [
    ...(n.admin_state_up === false ? ['--disable'] : []),
    ...(n.shared === true ? ['--share'] : []),
    ...(n.mtu !== undefined ? [`--mtu ${n.mtu}`] : []),
    ...(n.availability_zone_hints ?? []).map((az) => `--availability-zone-hint ${sh(az)}`),
  ];
}

function networkSdkArgs(n: NetworkInput): [string, Py][] {
  return [
    ['name', n.name ?? ''],
    ['is_admin_state_up', n.admin_state_up !== false],
    ...(n.shared !== undefined ? [['is_shared', n.shared] as [string, Py]] : []),
    ...(n.mtu !== undefined ? [['mtu', n.mtu] as [string, Py]] : []),
    ...(n.availability_zone_hints?.length
      ? [['availability_zone_hints', n.availability_zone_hints] as [string, Py]]
      : []),
  ];
}

function networkHot(resource: string, n: NetworkInput): string[] {
  return [
    `  ${resource}:`,
    '    type: OS::Neutron::Net',
    '    properties:',
    ...hotProps([
      ['name', n.name ?? ''],
      ['admin_state_up', n.admin_state_up !== false],
      ['shared', n.shared],
      [
        'availability_zone_hints',
        n.availability_zone_hints?.length ? n.availability_zone_hints : undefined,
      ],
      ['value_specs', n.mtu !== undefined ? { mtu: n.mtu } : undefined],
    ]),
  ];
}

// ── Subnets ─────────────────────────────────────────────────────────────────

type SubnetFields = Omit<SubnetCreateInput, 'network_id'>;

function subnetCliOptions(s: SubnetUpdateInput & Partial<SubnetFields>, update: boolean): string[] {
  const options: string[] = [];
  if (update && s.name !== undefined) options.push(`--name ${sh(s.name)}`);
  if (s.cidr !== undefined) options.push(`--subnet-range ${sh(s.cidr || '<cidr>')}`);
  if (s.ip_version === 6) options.push('--ip-version 6');
  if (s.gateway_ip === null) options.push('--gateway none');
  else if (s.gateway_ip) options.push(`--gateway ${sh(s.gateway_ip)}`);
  if (s.enable_dhcp !== undefined && (update || !s.enable_dhcp))
    options.push(s.enable_dhcp ? '--dhcp' : '--no-dhcp');
  // On `subnet set` the lists are added to what is there; --no-… first replaces them.
  if (update && s.allocation_pools) options.push('--no-allocation-pool');
  for (const p of s.allocation_pools ?? [])
    options.push(`--allocation-pool start=${sh(p.start)},end=${sh(p.end)}`);
  if (update && s.dns_nameservers) options.push('--no-dns-nameservers');
  for (const d of s.dns_nameservers ?? []) options.push(`--dns-nameserver ${sh(d)}`);
  if (update && s.host_routes) options.push('--no-host-route');
  for (const r of s.host_routes ?? [])
    options.push(`--host-route destination=${sh(r.destination)},gateway=${sh(r.nexthop)}`);
  if (s.ipv6_ra_mode) options.push(`--ipv6-ra-mode ${s.ipv6_ra_mode}`);
  if (s.ipv6_address_mode) options.push(`--ipv6-address-mode ${s.ipv6_address_mode}`);
  return options;
}

function subnetSdkArgs(s: SubnetUpdateInput & Partial<SubnetFields>): [string, Py][] {
  const args: [string, Py | undefined][] = [
    ['name', s.name],
    ['ip_version', s.ip_version],
    ['cidr', s.cidr === undefined ? undefined : s.cidr || '<cidr>'],
    ['gateway_ip', s.gateway_ip],
    ['is_dhcp_enabled', s.enable_dhcp],
    ['allocation_pools', s.allocation_pools && plain(s.allocation_pools)],
    ['dns_nameservers', s.dns_nameservers],
    ['host_routes', s.host_routes && plain(s.host_routes)],
    ['ipv6_ra_mode', s.ipv6_ra_mode],
    ['ipv6_address_mode', s.ipv6_address_mode],
  ];
  return args.filter((a): a is [string, Py] => a[1] !== undefined);
}

function subnetHot(resource: string, network: { raw: string }, s: SubnetFields): string[] {
  return [
    `  ${resource}:`,
    '    type: OS::Neutron::Subnet',
    '    properties:',
    ...hotProps([
      ['network', network],
      ['name', s.name ?? ''],
      ['cidr', s.cidr || '<cidr>'],
      ['ip_version', s.ip_version],
      // Heat reads null as "no gateway"; leaving it out lets Neutron pick the first address.
      ['gateway_ip', s.gateway_ip === null ? null : s.gateway_ip || undefined],
      ['enable_dhcp', s.enable_dhcp],
      ['allocation_pools', s.allocation_pools?.length ? plain(s.allocation_pools) : undefined],
      ['dns_nameservers', s.dns_nameservers?.length ? s.dns_nameservers : undefined],
      ['host_routes', s.host_routes?.length ? plain(s.host_routes) : undefined],
      ['ipv6_ra_mode', s.ipv6_ra_mode],
      ['ipv6_address_mode', s.ipv6_address_mode],
    ]),
  ];
}

/** Create Network (and its first subnet, when the wizard makes one). */
export function createNetworkEquivalents(
  network: NetworkInput,
  subnet?: SubnetFields,
): Equivalents {
  const name = network.name ?? '';
  const net = hotName(name, 'network');
  const sub = subnet ? hotName(subnet.name ?? '', 'subnet') : '';
  const subResource = sub === net ? `${sub}_subnet` : sub;
  const create = `openstack network create${subnet ? ' -f value -c id' : ''}`;
  const networkLine = command(create, networkCliOptions(network), sh(name));
  return {
    cli: subnet
      ? [
          `network_id=$(${networkLine})`,
          command(
            'openstack subnet create',
            ['--network "$network_id"', ...subnetCliOptions(subnet, false)],
            sh(subnet.name ?? ''),
          ),
        ].join('\n')
      : networkLine,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...sdkCall('network', 'create_network', networkSdkArgs(network)),
      ...(subnet
        ? sdkCall('subnet', 'create_subnet', [
            ['network_id', { raw: 'network.id' }],
            ...subnetSdkArgs(subnet),
          ])
        : []),
      'print(network.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      ...networkHot(net, network),
      ...(subnet ? subnetHot(subResource, { raw: `{ get_resource: ${net} }` }, subnet) : []),
      '',
      'outputs:',
      '  network_id:',
      `    value: { get_resource: ${net} }`,
    ].join('\n'),
  };
}

/** A note for HOT on edits and deletes: a stack changes what it made by stack update. */
function stackChange(type: string, what: string): string {
  return [
    `# A ${type} made by a stack is ${what} through the stack:`,
    '# change (or remove) its resource in the template, then',
    '# openstack stack update --template <template.yaml> <stack>',
  ].join('\n');
}

export function updateNetworkEquivalents(id: string, update: NetworkInput): Equivalents {
  const options = [
    ...(update.name !== undefined ? [`--name ${sh(update.name)}`] : []),
    update.admin_state_up === false ? '--disable' : '--enable',
    ...(update.shared === undefined ? [] : [update.shared ? '--share' : '--no-share']),
  ];
  return {
    cli: command('openstack network set', options, sh(id)),
    sdk: [
      ...SDK_CONNECT_LINES,
      'network = conn.network.update_network(',
      `    ${py(id)},`,
      ...networkSdkArgs(update).map(([k, v]) => `    ${k}=${pyLiteral(v)},`),
      ')',
    ].join('\n'),
    hot: [
      stackChange('network', 'edited'),
      '',
      HOT_VERSION,
      '',
      'resources:',
      ...networkHot(hotName(update.name ?? '', 'network'), update),
    ].join('\n'),
  };
}

export function deleteNetworkEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack network delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.network.delete_network(${py(id)})`)].join(
      '\n',
    ),
    hot: stackChange('network', 'deleted'),
  };
}

export function createSubnetEquivalents(subnet: SubnetCreateInput): Equivalents {
  const { network_id: networkId, ...fields } = subnet;
  return {
    cli: command(
      'openstack subnet create',
      [`--network ${sh(networkId)}`, ...subnetCliOptions(fields, false)],
      sh(fields.name ?? ''),
    ),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...sdkCall('subnet', 'create_subnet', [['network_id', networkId], ...subnetSdkArgs(fields)]),
      'print(subnet.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      ...subnetHot(hotName(fields.name ?? '', 'subnet'), { raw: yaml(networkId) }, fields),
    ].join('\n'),
  };
}

export function updateSubnetEquivalents(id: string, update: SubnetUpdateInput): Equivalents {
  return {
    cli: command('openstack subnet set', subnetCliOptions(update, true), sh(id)),
    sdk: [
      ...SDK_CONNECT_LINES,
      `subnet = conn.network.update_subnet(`,
      `    ${py(id)},`,
      ...subnetSdkArgs(update).map(([k, v]) => `    ${k}=${pyLiteral(v)},`),
      ')',
    ].join('\n'),
    hot: stackChange('subnet', 'edited'),
  };
}

export function deleteSubnetEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack subnet delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.network.delete_subnet(${py(id)})`)].join(
      '\n',
    ),
    hot: stackChange('subnet', 'deleted'),
  };
}

// ── Ports ───────────────────────────────────────────────────────────────────

function fixedIpCli(f: { subnet_id?: string; ip_address?: string }): string {
  const parts = [
    ...(f.subnet_id ? [`subnet=${f.subnet_id}`] : []),
    ...(f.ip_address ? [`ip-address=${f.ip_address}`] : []),
  ];
  return `--fixed-ip ${sh(parts.join(','))}`;
}

function portSecurityCli(p: PortUpdateInput, update: boolean): string[] {
  const options: string[] = [];
  if (p.port_security_enabled !== undefined)
    options.push(p.port_security_enabled ? '--enable-port-security' : '--disable-port-security');
  if (p.security_groups) {
    // On `port set` groups are added to the port's; --no-security-group first replaces them.
    if (update || p.security_groups.length === 0) options.push('--no-security-group');
    for (const g of p.security_groups) options.push(`--security-group ${sh(g)}`);
  }
  return options;
}

function pairsCli(p: PortUpdateInput, update: boolean): string[] {
  const options: string[] = [];
  if (update && p.allowed_address_pairs) options.push('--no-allowed-address');
  for (const a of p.allowed_address_pairs ?? [])
    options.push(
      `--allowed-address ${sh(`ip-address=${a.ip_address}${a.mac_address ? `,mac-address=${a.mac_address}` : ''}`)}`,
    );
  return options;
}

function portSdkArgs(p: PortUpdateInput): [string, Py][] {
  const args: [string, Py | undefined][] = [
    ['name', p.name],
    ['is_admin_state_up', p.admin_state_up],
    ['device_id', p.device_id],
    ['device_owner', p.device_owner],
    ['fixed_ips', p.fixed_ips && plain(p.fixed_ips)],
    ['mac_address', p.mac_address],
    ['is_port_security_enabled', p.port_security_enabled],
    ['security_group_ids', p.security_groups],
    ['allowed_address_pairs', p.allowed_address_pairs && plain(p.allowed_address_pairs)],
  ];
  return args.filter((a): a is [string, Py] => a[1] !== undefined);
}

export function createPortEquivalents(port: PortCreateInput): Equivalents {
  const options = [
    `--network ${sh(port.network_id)}`,
    ...(port.admin_state_up === false ? ['--disable'] : []),
    ...(port.device_id ? [`--device ${sh(port.device_id)}`] : []),
    ...(port.device_owner ? [`--device-owner ${sh(port.device_owner)}`] : []),
    ...(port.fixed_ips ?? []).map(fixedIpCli),
    ...(port.mac_address ? [`--mac-address ${sh(port.mac_address)}`] : []),
    ...portSecurityCli(port, false),
    ...pairsCli(port, false),
  ];
  const resource = hotName(port.name ?? '', 'port');
  return {
    cli: command('openstack port create', options, sh(port.name ?? '')),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...sdkCall('port', 'create_port', [['network_id', port.network_id], ...portSdkArgs(port)]),
      'print(port.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Neutron::Port',
      '    properties:',
      ...hotProps([
        ['network', port.network_id],
        ['name', port.name ?? ''],
        ['admin_state_up', port.admin_state_up],
        ['device_id', port.device_id],
        ['device_owner', port.device_owner],
        [
          'fixed_ips',
          port.fixed_ips?.map((f) => ({
            ...(f.subnet_id ? { subnet: f.subnet_id } : {}),
            ...(f.ip_address ? { ip_address: f.ip_address } : {}),
          })),
        ],
        ['mac_address', port.mac_address],
        ['port_security_enabled', port.port_security_enabled],
        ['security_groups', port.security_groups],
        [
          'allowed_address_pairs',
          port.allowed_address_pairs?.length ? plain(port.allowed_address_pairs) : undefined,
        ],
      ]),
      '',
      'outputs:',
      '  port_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function updatePortEquivalents(id: string, update: PortUpdateInput): Equivalents {
  const options = [
    ...(update.name !== undefined ? [`--name ${sh(update.name)}`] : []),
    ...(update.admin_state_up === undefined
      ? []
      : [update.admin_state_up ? '--enable' : '--disable']),
    ...portSecurityCli(update, true),
    ...pairsCli(update, true),
  ];
  return {
    cli: command('openstack port set', options, sh(id)),
    sdk: [
      ...SDK_CONNECT_LINES,
      'port = conn.network.update_port(',
      `    ${py(id)},`,
      ...portSdkArgs(update).map(([k, v]) => `    ${k}=${pyLiteral(v)},`),
      ')',
    ].join('\n'),
    hot: stackChange('port', 'edited'),
  };
}

export function deletePortEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack port delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.network.delete_port(${py(id)})`)].join(
      '\n',
    ),
    hot: stackChange('port', 'deleted'),
  };
}
