'use client';
// The page of a subnet or port: its network is learnt from it, so the crumbs,
// the links and the way back after Delete lead to that network.
import { useMemo } from 'react';
import useSWR from 'swr';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import { PANELS, type Panel } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import type { NetworkRef } from './subnets/subnets';

export function InsideNetworkDetail<T extends object>({
  kind,
  id,
  networkOf,
  definition,
}: {
  kind: 'subnets' | 'ports';
  id: string;
  networkOf: (api: Api, id: string) => Promise<string>;
  definition: (network: NetworkRef, panel: Panel) => ResourceDefinition<T>;
}) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data: network, error } = useSWR([`${kind}-network`, scopeKey, id], async () => {
    const networkId = await networkOf(api, id);
    // The name is for the crumbs only: a network we may not read still has an ID.
    const name = await api.network.getNetwork(networkId).then(
      (n) => n.name,
      () => '',
    );
    return { id: networkId, name };
  });
  const resource = useMemo(
    () =>
      network
        ? definition(network, {
            ...PANELS.networks,
            id: `${kind}:${network.id}`,
            title: network.name || network.id,
            path: `/project/networks/${encodeURIComponent(network.id)}`,
          })
        : null,
    [definition, kind, network],
  );
  if (resource) return <ResourceDetail resource={resource} id={id} />;
  const singular = kind === 'subnets' ? 'Subnet' : 'Port';
  return (
    <>
      <PageHeader
        title={id}
        crumbs={[
          { label: 'Project' },
          { label: 'Network' },
          { label: 'Networks', href: PANELS.networks.path },
          { label: id },
        ]}
      />
      {error ? (
        <Alert tone="error" title={`${singular} not found`}>
          {(error as Error).message}
        </Alert>
      ) : (
        <p className="text-sm text-muted">Loading…</p>
      )}
    </>
  );
}
