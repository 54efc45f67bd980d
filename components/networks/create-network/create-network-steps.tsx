// Horizon's three steps of Create Network: Network, Subnet, Subnet Details; the
// subnet steps apply only while "Create Subnet" is ticked.
import type { WizardStep } from '@/components/ui/wizard';
import type { FieldSpec } from '@/lib/forms/types';
import { networkStepInput } from '../network-inputs';
import { subnetBaseFields, subnetDetailFields } from '../subnets/subnet-fields';
import { SUBNET_HELP } from '../subnets/subnet-form';
import { subnetDetailsStepInput, subnetStepInput } from '../subnets/subnet-inputs';

const withoutSubnet = (values: Record<string, unknown>) => values.with_subnet !== true;

export function createNetworkSteps(admin: boolean): WizardStep[] {
  const networkFields: FieldSpec[] = [
    { name: 'name', label: 'Network Name', kind: 'text' },
    { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
    ...(admin ? [{ name: 'shared', label: 'Shared', kind: 'checkbox' as const }] : []),
    { name: 'with_subnet', label: 'Create Subnet', kind: 'checkbox' },
    {
      name: 'az_hints',
      label: 'Availability Zone Hints',
      kind: 'text',
      help: 'Optional: availability zones for the network’s DHCP, separated by commas.',
    },
    {
      name: 'mtu',
      label: 'MTU',
      kind: 'number',
      help: 'Optional: the largest packet on the network; empty takes the cloud’s default.',
    },
  ];
  return [
    {
      id: 'network',
      title: 'Network',
      fields: networkFields,
      schema: networkStepInput,
      help: 'A network is a private layer-2 segment for your instances. Give it a subnet so they get addresses; a router connects it to other networks and the outside.',
    },
    {
      id: 'subnet',
      title: 'Subnet',
      fields: subnetBaseFields(),
      schema: subnetStepInput,
      skip: withoutSubnet,
      help: SUBNET_HELP,
    },
    {
      id: 'subnet-details',
      title: 'Subnet Details',
      fields: subnetDetailFields,
      schema: subnetDetailsStepInput,
      skip: withoutSubnet,
      help: 'DHCP hands the instances their addresses from the pools; name servers and host routes are handed out with them.',
    },
  ];
}
