// The subnet fields with Horizon's labels, shared by Create Network's Subnet and
// Subnet Details steps, Create Subnet and Edit Subnet.
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import { IPV6_MODES } from './subnet-inputs';

const isV6 = (values: FormValues) => values.ip_version === '6';

export function subnetBaseFields({ editing = false } = {}): FieldSpec[] {
  return [
    { name: 'subnet_name', label: 'Subnet Name', kind: 'text' },
    ...(editing
      ? []
      : ([
          {
            name: 'cidr',
            label: 'Network Address',
            kind: 'text',
            required: true,
            placeholder: '192.168.0.0/24',
            help: 'Network address in CIDR format, e.g. 192.168.0.0/24 or 2001:db8::/64.',
            monospace: true,
          },
          {
            name: 'ip_version',
            label: 'IP Version',
            kind: 'select',
            options: [
              { value: '4', label: 'IPv4' },
              { value: '6', label: 'IPv6' },
            ],
          },
        ] satisfies FieldSpec[])),
    {
      name: 'gateway_ip',
      label: 'Gateway IP',
      kind: 'text',
      placeholder: editing ? '' : '192.168.0.1',
      help: editing
        ? 'Empty keeps the current gateway.'
        : 'Empty: the first address of the network. Tick Disable Gateway for none.',
      visible: (values) => values.no_gateway !== true,
    },
    { name: 'no_gateway', label: 'Disable Gateway', kind: 'checkbox' },
  ];
}

export const subnetDetailFields: FieldSpec[] = [
  { name: 'enable_dhcp', label: 'Enable DHCP', kind: 'checkbox' },
  {
    name: 'allocation_pools',
    label: 'Allocation Pools',
    kind: 'textarea',
    rows: 3,
    monospace: true,
    help: 'One pool per line: start,end (e.g. 192.168.0.10,192.168.0.100). Empty: the whole network except the gateway.',
  },
  {
    name: 'dns_nameservers',
    label: 'DNS Name Servers',
    kind: 'textarea',
    rows: 2,
    monospace: true,
    help: 'One IP address per line.',
  },
  {
    name: 'host_routes',
    label: 'Host Routes',
    kind: 'textarea',
    rows: 2,
    monospace: true,
    help: 'Extra routes for the instances, one per line: destination CIDR,nexthop (e.g. 192.168.200.0/24,10.56.1.254).',
  },
  {
    name: 'ipv6_mode',
    label: 'IPv6 Address Configuration Mode',
    kind: 'select',
    options: IPV6_MODES.map((m) => ({ value: m.value, label: m.label })),
    visible: isV6,
  },
];
