'use client';
// What the cluster template wizard offers, each list loaded on its own: images
// (fedora-coreos only), key pairs, flavors, external and project networks.
import useSWR from 'swr';
import type { FieldOption } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import { FEDORA_COREOS } from './cluster-template-inputs';

const OPTIONS = { revalidateOnFocus: false, shouldRetryOnError: false } as const;

export interface TemplateChoices {
  images: FieldOption[] | undefined;
  keypairs: FieldOption[] | undefined;
  flavors: FieldOption[] | undefined;
  externalNetworks: FieldOption[] | undefined;
  networks: FieldOption[] | undefined;
  subnets: (FieldOption & { network: string })[] | undefined;
  error: string | undefined;
  /** id → name, so the equivalents can name what the user picked. */
  refs: Record<string, string>;
}

export function useTemplateChoices(api: Api, scopeKey: string): TemplateChoices {
  const images = useSWR(
    ['ct-images', scopeKey],
    // Glance filters custom properties given as query parameters.
    () => api.image.listImages({ limit: 200, filters: { os_distro: FEDORA_COREOS } }),
    OPTIONS,
  );
  const keypairs = useSWR(['ct-keypairs', scopeKey], () => api.compute.listKeypairs(), OPTIONS);
  const flavors = useSWR(['ct-flavors', scopeKey], () => api.compute.listFlavors(), OPTIONS);
  const networks = useSWR(['ct-networks', scopeKey], () => api.network.listNetworks(), OPTIONS);
  const subnets = useSWR(['ct-subnets', scopeKey], () => api.network.listSubnets(), OPTIONS);
  const refs: Record<string, string> = {};
  const named = <T extends { id: string; name?: string | null }>(items: T[] | undefined) =>
    items?.map((i) => {
      if (i.name) refs[i.id] = i.name;
      return { value: i.id, label: i.name ? `${i.name}` : i.id };
    });
  const error = [images, keypairs, flavors, networks, subnets]
    .map((s) => (s.error instanceof Error ? s.error.message : undefined))
    .find(Boolean);
  return {
    images: named(images.data?.items.filter((i) => i.os_distro === FEDORA_COREOS)),
    keypairs: keypairs.data?.items.map((k) => ({ value: k.name, label: k.name })),
    flavors: named(flavors.data?.items),
    externalNetworks: named(networks.data?.filter((n) => n['router:external'] === true)),
    networks: named(networks.data?.filter((n) => n['router:external'] !== true)),
    subnets: subnets.data?.map((s) => ({
      value: s.id,
      label: s.name ? `${s.name} (${s.cidr})` : s.cidr,
      network: s.network_id,
    })),
    error,
    refs,
  };
}
