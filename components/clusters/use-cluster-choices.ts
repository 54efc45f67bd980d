'use client';
// What the cluster forms offer: the templates, key pairs and Nova's instance
// headroom (masters and workers are Nova servers), each loaded on its own.
import useSWR from 'swr';
import type { Api } from '@/lib/openstack/api';
import type { ClusterTemplate } from '@/lib/openstack/container-infra/cluster-template-schemas';
import type { SizeLimits } from './cluster-inputs';

const OPTIONS = { revalidateOnFocus: false, shouldRetryOnError: false } as const;

export interface ClusterChoices {
  templates: ClusterTemplate[] | undefined;
  keypairs: string[] | undefined;
  limits: SizeLimits;
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
  const error = [templates, keypairs]
    .map((s) => (s.error instanceof Error ? s.error.message : undefined))
    .find(Boolean);
  return {
    templates: templates.data,
    keypairs: keypairs.data?.items.map((k) => k.name),
    limits: { instancesLeft: instancesLeft(limits.data) },
    error,
  };
}
