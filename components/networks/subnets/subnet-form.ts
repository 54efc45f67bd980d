// Create Subnet and Edit Subnet as forms (the row actions and the Subnets tab).
import type { FormSpec } from '@/lib/forms/types';
import type { SubnetDetail } from '@/lib/openstack/network/subnet-schemas';
import { subnetBaseFields, subnetDetailFields } from './subnet-fields';
import {
  createSubnetInput,
  editSubnetInput,
  SUBNET_DEFAULTS,
  subnetFormValues,
} from './subnet-inputs';

export const SUBNET_HELP =
  'A subnet is a block of addresses on the network: instances get their address from its allocation pools (by DHCP when enabled) and reach other networks through its gateway, usually a router.';

export function createSubnetForm(networkName: string): FormSpec<typeof createSubnetInput> {
  return {
    title: 'Create Subnet',
    submitLabel: 'Create',
    description: `${SUBNET_HELP} It is created on network "${networkName}".`,
    fields: [...subnetBaseFields(), ...subnetDetailFields],
    schema: createSubnetInput,
    defaults: SUBNET_DEFAULTS,
  };
}

export function editSubnetForm(subnet: SubnetDetail): FormSpec<typeof editSubnetInput> {
  return {
    title: 'Edit Subnet',
    submitLabel: 'Save',
    description: `Network Address ${subnet.cidr} (IPv${subnet.ip_version}) cannot be changed. What the pools, name servers and routes show here is what the subnet keeps.`,
    fields: [
      ...subnetBaseFields({ editing: true }),
      ...subnetDetailFields.filter((f) => f.name !== 'ipv6_mode'),
    ],
    schema: editSubnetInput,
    defaults: subnetFormValues(subnet),
  };
}
