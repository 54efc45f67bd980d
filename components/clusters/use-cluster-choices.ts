'use client';
// What the cluster forms offer: the templates, key pairs, the project's networks
// and subnets, and Nova's instance headroom (masters and workers are Nova
// servers), each loaded on its own.
import useSWR from 'swr';
import type { FieldOption } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { ClusterTemplate } from '@/lib/openstack/container-infra/cluster-template-schemas';
import type { SizeLimits } from './cluster-inputs';

const OPTIONS = { revalidateOnFocus: false, shouldRetryOnError: false } as const;

export interface ClusterChoices {
  templates: ClusterTemplate[] | undefined;
  keypairs: string[] | undefined;
  limits: SizeLimits;
  /** Networks a cluster's nodes can sit on (not external ones). */
  networks: FieldOption[] | undefined;
  subnets: (FieldOption & { network: string })[] | undefined;
  /** id → name, so the equivalents can name what the user picked. */
  refs: Record<string, string>;
  error: string | undefined;
}

/** maxTotalInstances − totalInstancesUsed, or undefined when unknown or unlimited (-1). */
export function instancesLeft(absolute: Record<string, number> | undefined): number | undefined {
  const max = absolute?.maxTotalInstances;
  const used = absolute?.totalInstancesUsed ?? 0;
  if (max === undefined || max < 0) return undefined;
  return Math.max(0, max - used);
}

export function useClusterChoices(api: Api, scopeKey: string): ClusterChoices {
  const templates = useSWR(
    ['cl-templates', scopeKey],
    () => api.containerInfra.listClusterTemplates(),
    OPTIONS,
  );
  const keypairs = useSWR(['cl-keypairs', scopeKey], () => api.compute.listKeypairs(), OPTIONS);
  const limits = useSWR(['cl-limits', scopeKey], () => api.compute.getLimits(), OPTIONS);
  const networks = useSWR(['cl-networks', scopeKey], () => api.network.listNetworks(), OPTIONS);
  const subnets = useSWR(['cl-subnets', scopeKey], () => api.network.listSubnets(), OPTIONS);
  const refs: Record<string, string> = {};
  for (const item of [...(networks.data ?? []), ...(subnets.data ?? [])])
    if (item.name) refs[item.id] = item.name;
  const error = [templates, keypairs, networks, subnets]
    .map((s) => (s.error instanceof Error ? s.error.message : undefined))
    .find(Boolean);
  return {
    templates: templates.data,
    keypairs: keypairs.data?.items.map((k) => k.name),
    limits: { instancesLeft: instancesLeft(limits.data) },
    networks: networks.data
      ?.filter((n) => n['router:external'] !== true)
      .map((n) => ({ value: n.id, label: n.name || n.id })),
    subnets: subnets.data?.map((s) => ({
      value: s.id,
      label: s.name ? `${s.name} (${s.cidr})` : s.cidr,
      network: s.network_id,
    })),
    refs,
    error,
  };
}
