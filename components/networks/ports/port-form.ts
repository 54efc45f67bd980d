// Create Port and Edit Port as forms, built from the network's subnets and the
// project's security groups (Horizon's fields and words).
import type { FieldSpec, FormSpec } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';
import { createPortInput, editPortInput, SPECIFY_OPTIONS, type PortSubnet } from './port-inputs';

export interface GroupChoice {
  id: string;
  name: string;
}

export const PORT_HELP =
  'A port is a network card on the network: its MAC address and fixed IPs stay with it, and an instance that is given the port uses them. Security groups filter its traffic; they need port security.';

function securityFields(groups: GroupChoice[]): FieldSpec[] {
  return [
    { name: 'port_security_enabled', label: 'Port Security', kind: 'checkbox' },
    {
      name: 'security_groups',
      label: 'Security Groups',
      kind: 'checkboxes',
      options: groups.map((g) => ({ value: g.id, label: g.name || g.id })),
    },
    {
      name: 'allowed_address_pairs',
      label: 'Allowed Address Pairs',
      kind: 'textarea',
      rows: 2,
      monospace: true,
      help: 'Other addresses the port may send from, one per line: ip[,mac] (an IP or a CIDR), e.g. 10.0.0.50 or 10.0.0.0/24,fa:16:3e:12:34:56.',
    },
  ];
}

/** The network's subnets and the project's security groups, for the port forms. */
export async function loadPortChoices(
  api: Api,
  networkId: string,
  projectId: string,
): Promise<{ subnets: (PortSubnet & { name: string })[]; groups: GroupChoice[] }> {
  const [subnets, groups] = await Promise.all([
    api.network.listSubnets({ network_id: networkId }),
    api.network.listSecurityGroups({ project_id: projectId }),
  ]);
  return {
    subnets: subnets.map((s) => ({ id: s.id, cidr: s.cidr, name: s.name })),
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
  };
}

export function createPortForm(
  subnets: (PortSubnet & { name: string })[],
  groups: GroupChoice[],
): FormSpec<ReturnType<typeof createPortInput>> {
  const defaultGroup = groups.find((g) => g.name === 'default');
  return {
    title: 'Create Port',
    submitLabel: 'Create',
    description: PORT_HELP,
    schema: createPortInput(subnets),
    defaults: {
      name: '',
      device_id: '',
      device_owner: '',
      specify: '',
      subnet_id: subnets[0]?.id ?? '',
      fixed_ip: '',
      mac_address: '',
      port_security_enabled: true,
      security_groups: defaultGroup ? [defaultGroup.id] : [],
      allowed_address_pairs: '',
      admin_state_up: true,
    },
    fields: [
      { name: 'name', label: 'Name', kind: 'text' },
      { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
      {
        name: 'device_id',
        label: 'Device ID',
        kind: 'text',
        help: 'Optional: the ID of what uses the port.',
      },
      {
        name: 'device_owner',
        label: 'Device Owner',
        kind: 'text',
        help: 'Optional: the kind of thing that uses it, e.g. compute:nova.',
      },
      {
        name: 'specify',
        label: 'Specify IP address or subnet',
        kind: 'select',
        options: SPECIFY_OPTIONS.map((o) => ({ value: o.value, label: o.label })),
        help: 'Unspecified: an address from any subnet of the network.',
      },
      {
        name: 'subnet_id',
        label: 'Subnet',
        kind: 'select',
        options: subnets.map((s) => ({ value: s.id, label: `${s.name || s.id} (${s.cidr})` })),
        visible: (v) => v.specify === 'subnet',
      },
      {
        name: 'fixed_ip',
        label: 'Fixed IP Address',
        kind: 'text',
        placeholder: subnets[0] ? subnets[0].cidr.replace(/0\/\d+$/, '10') : '',
        visible: (v) => v.specify === 'ip',
      },
      {
        name: 'mac_address',
        label: 'MAC Address',
        kind: 'text',
        help: 'Optional: Neutron makes one when empty.',
        monospace: true,
      },
      ...securityFields(groups),
    ],
  };
}

export function editPortForm(
  port: PortDetail,
  groups: GroupChoice[],
): FormSpec<typeof editPortInput> {
  return {
    title: 'Edit Port',
    submitLabel: 'Update',
    description: PORT_HELP,
    schema: editPortInput,
    defaults: {
      name: port.name,
      admin_state_up: port.admin_state_up,
      port_security_enabled: port.port_security_enabled !== false,
      security_groups: port.security_groups,
      allowed_address_pairs: port.allowed_address_pairs
        .map((p) =>
          p.mac_address === port.mac_address ? p.ip_address : `${p.ip_address},${p.mac_address}`,
        )
        .join('\n'),
    },
    fields: [
      { name: 'name', label: 'Name', kind: 'text' },
      { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
      ...securityFields(groups),
    ],
  };
}
