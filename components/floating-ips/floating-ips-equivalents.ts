// The CLI, openstacksdk and HOT text of the Floating IPs actions (api-ref network
// v2, "Floating IPs (floatingips)"); the SDK's network proxy names them create_ip,
// update_ip, delete_ip and find_ip (which also finds by floating_ip_address).
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export interface AllocateEquivalentsInput {
  /** The pool (external network) by name or ID. */
  pool: string;
  description: string;
  floatingIpAddress: string;
}

export function allocateFloatingIpEquivalents(input: AllocateEquivalentsInput): Equivalents {
  const { pool, description, floatingIpAddress } = input;
  const cli = [
    'openstack floating ip create',
    description ? `--description ${sh(description)}` : '',
    floatingIpAddress ? `--floating-ip-address ${sh(floatingIpAddress)}` : '',
    sh(pool),
  ];
  const args = [
    'floating_network_id=net.id',
    description ? `description=${py(description)}` : '',
    floatingIpAddress ? `floating_ip_address=${py(floatingIpAddress)}` : '',
  ].filter(Boolean);
  const hot = [
    HOT_VERSION,
    'resources:',
    '  floating_ip:',
    '    type: OS::Neutron::FloatingIP',
    '    properties:',
    `      floating_network: ${yaml(pool)}`,
    ...(floatingIpAddress ? [`      floating_ip_address: ${yaml(floatingIpAddress)}`] : []),
    ...(description ? ['      value_specs:', `        description: ${yaml(description)}`] : []),
    'outputs:',
    '  address:',
    '    value: { get_attr: [floating_ip, floating_ip_address] }',
  ];
  return {
    cli: cli.filter(Boolean).join(' '),
    sdk: [
      ...SDK_CONNECT_LINES,
      `net = conn.network.find_network(${py(pool)}, ignore_missing=False)`,
      `fip = conn.network.create_ip(${args.join(', ')})`,
      'print(fip.floating_ip_address)',
    ].join('\n'),
    hot: hot.join('\n'),
  };
}

export interface AssociateEquivalentsInput {
  floatingIpId: string;
  floatingIpAddress: string;
  portId: string;
  fixedIp: string;
}

export function associateFloatingIpEquivalents(input: AssociateEquivalentsInput): Equivalents {
  const { floatingIpId, floatingIpAddress, portId, fixedIp } = input;
  return {
    cli: [
      `openstack floating ip set --port ${sh(portId)}`,
      fixedIp ? `--fixed-ip-address ${sh(fixedIp)}` : '',
      sh(floatingIpAddress),
    ]
      .filter(Boolean)
      .join(' '),
    sdk: [
      ...SDK_CONNECT_LINES,
      `fip = conn.network.find_ip(${py(floatingIpAddress)}, ignore_missing=False)`,
      `conn.network.update_ip(fip, port_id=${py(portId)}${fixedIp ? `, fixed_ip_address=${py(fixedIp)}` : ''})`,
    ].join('\n'),
    hot: [
      HOT_VERSION,
      'resources:',
      '  association:',
      '    type: OS::Neutron::FloatingIPAssociation',
      '    properties:',
      `      floatingip_id: ${yaml(floatingIpId)}`,
      `      port_id: ${yaml(portId)}`,
      ...(fixedIp ? [`      fixed_ip_address: ${yaml(fixedIp)}`] : []),
    ].join('\n'),
  };
}

export function disassociateFloatingIpEquivalents(addresses: string[]): Equivalents {
  return {
    cli: addresses.map((a) => `openstack floating ip unset --port ${sh(a)}`).join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...addresses.map(
        (a) =>
          `conn.network.update_ip(conn.network.find_ip(${py(a)}, ignore_missing=False), port_id=None)`,
      ),
    ].join('\n'),
    hot: '# Remove the OS::Neutron::FloatingIPAssociation resource from the template, then update the stack.',
  };
}

export function releaseFloatingIpEquivalents(addresses: string[]): Equivalents {
  return {
    cli: `openstack floating ip delete ${addresses.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...addresses.map(
        (a) => `conn.network.delete_ip(conn.network.find_ip(${py(a)}, ignore_missing=False))`,
      ),
    ].join('\n'),
    hot: '# Remove the OS::Neutron::FloatingIP resource from the template, then update the stack (or delete the stack).',
  };
}
