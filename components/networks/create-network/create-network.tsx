'use client';
// The Create Network wizard: the network, then its first subnet. When the subnet
// is refused, the network just made is deleted again and the user is told so.
import { useMemo } from 'react';
import { Wizard } from '@/components/ui/wizard';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import type { LauncherProps } from '@/lib/resources/types';
import { NETWORK_DEFAULTS, networkCreateRequest } from '../network-inputs';
import { createNetworkEquivalents } from '../networks-equivalents';
import { createNetworkSteps } from './create-network-steps';
import { SUBNET_DEFAULTS, subnetCreateRequest } from '../subnets/subnet-inputs';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What the pane shows: the network, and its subnet while Create Subnet is ticked. */
export function wizardEquivalents(values: FormValues, admin: boolean) {
  const { network_id: _network, ...subnet } = subnetCreateRequest(values, '');
  return createNetworkEquivalents(
    networkCreateRequest(values, admin),
    values.with_subnet === true ? subnet : undefined,
  );
}

/** Creates the network and its subnet; returns the success message, throws the user's next step. */
export async function createNetworkWithSubnet(
  api: Api,
  networkValues: FormValues,
  subnetValues: FormValues | undefined,
  admin: boolean,
): Promise<string> {
  const network = await api.network.createNetwork(networkCreateRequest(networkValues, admin));
  const label = network.name || network.id;
  if (!subnetValues) return `Created network "${label}".`;
  try {
    const subnet = await api.network.createSubnet(subnetCreateRequest(subnetValues, network.id));
    return `Created network "${label}" with subnet "${subnet.name || subnet.cidr}".`;
  } catch (subnetError) {
    const why = `Failed to create subnet "${String(subnetValues.cidr ?? '')}" for network "${label}": ${message(subnetError)}`;
    try {
      await api.network.deleteNetwork(network.id);
    } catch (deleteError) {
      throw new Error(
        `${why} The network was created, and deleting it again failed too (${message(deleteError)}): delete network "${label}" yourself, or add a subnet to it.`,
      );
    }
    throw new Error(
      `${why} The network was deleted again, so nothing is left half-made. Correct the subnet and try again.`,
    );
  }
}

export function CreateNetwork({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const session = useDashboardSession();
  const admin = session.roles.includes('admin');
  const steps = useMemo(() => createNetworkSteps(admin), [admin]);
  if (!open) return null;
  return (
    <Wizard
      open
      onClose={onClose}
      title="Create Network"
      steps={steps}
      defaults={{ ...NETWORK_DEFAULTS, ...SUBNET_DEFAULTS }}
      submitLabel="Create"
      onSubmit={async (merged) => {
        try {
          const done = await createNetworkWithSubnet(
            api,
            merged.networkValues as FormValues,
            merged.subnetValues as FormValues | undefined,
            admin,
          );
          onCreated(done);
        } catch (error) {
          handleSessionExpiry(error);
          throw error;
        }
      }}
      equivalents={(values) => wizardEquivalents(values, admin)}
    />
  );
}
