// Equivalents of Associate/Disassociate Floating IP on an instance: the CLI's
// `server add/remove floating ip`, openstacksdk's compute add_floating_ip_to_server /
// remove_floating_ip_from_server (Nova's addFloatingIp action, before microversion
// 2.44), and Heat's OS::Neutron::FloatingIP / FloatingIPAssociation on the port.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { IpChoice, PortChoice } from './floating-ip-choices';

export function associateServerIpEquivalents(
  server: string,
  ip: IpChoice | undefined,
  port: PortChoice | undefined,
): Equivalents {
  const fixed = port?.fixedIp ?? '';
  const address =
    ip && 'fip' in ip
      ? sh(ip.ip)
      : `"$(openstack floating ip create -f value -c floating_ip_address ${sh(ip?.name ?? '<pool>')})"`;
  const sdkAddress = ip && 'fip' in ip ? py(ip.ip) : 'fip.floating_ip_address';
  const hotPort = [
    `      port_id: ${yaml(port?.portId ?? '<port>')}`,
    ...(fixed ? [`      fixed_ip_address: ${yaml(fixed)}`] : []),
  ];
  const hot =
    ip && 'fip' in ip
      ? [
          '  association:',
          '    type: OS::Neutron::FloatingIPAssociation',
          '    properties:',
          `      floatingip_id: ${yaml(ip.fip)}`,
          ...hotPort,
        ]
      : [
          '  floating_ip:',
          '    type: OS::Neutron::FloatingIP',
          '    properties:',
          `      floating_network: ${yaml(ip?.name ?? '<pool>')}`,
          ...hotPort,
        ];
  return {
    cli: `openstack server add floating ip ${fixed ? `--fixed-ip-address ${sh(fixed)} ` : ''}${sh(server)} ${address}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `server = conn.compute.find_server(${py(server)}, ignore_missing=False)`,
      ...(ip && 'fip' in ip
        ? []
        : [
            `net = conn.network.find_network(${py(ip?.name ?? '<pool>')}, ignore_missing=False)`,
            'fip = conn.network.create_ip(floating_network_id=net.id)',
          ]),
      `conn.compute.add_floating_ip_to_server(server, ${sdkAddress}${fixed ? `, fixed_address=${py(fixed)}` : ''})`,
    ].join('\n'),
    hot: [HOT_VERSION, 'resources:', ...hot].join('\n'),
  };
}

export function disassociateServerIpEquivalents(
  server: string,
  address: string,
  release: boolean,
): Equivalents {
  return {
    cli: [
      `openstack server remove floating ip ${sh(server)} ${sh(address)}`,
      ...(release ? [`openstack floating ip delete ${sh(address)}`] : []),
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      `server = conn.compute.find_server(${py(server)}, ignore_missing=False)`,
      `conn.compute.remove_floating_ip_from_server(server, ${py(address)})`,
      ...(release
        ? [`conn.network.delete_ip(conn.network.find_ip(${py(address)}, ignore_missing=False))`]
        : []),
    ].join('\n'),
    hot: release
      ? '# Remove the OS::Neutron::FloatingIP resource from the template, then update the stack.'
      : "# Remove the OS::Neutron::FloatingIPAssociation resource (or the FloatingIP's port_id) from the template, then update the stack.",
  };
}
