'use client';
// The choices for parameters with a custom constraint: the project's real
// flavors, images, networks and key pairs, fetched only for the constraints
// the template uses.
import useSWR from 'swr';
import type { Api } from '@/lib/openstack/api';

export type Pickers = Record<string, { value: string; label: string }[] | undefined>;

/** Real flavors, images, networks and key pairs for the custom constraints the template uses. */
export function usePickers(api: Api, scopeKey: string, wanted: string[]): Pickers {
  const want = (c: string) => wanted.includes(c);
  const opts = (names: (string | null | undefined)[]) =>
    [...new Set(names.filter((n): n is string => !!n))].map((n) => ({ value: n, label: n }));
  const flavors = useSWR(want('nova.flavor') ? ['stack-flavors', scopeKey] : null, () =>
    api.compute.listFlavors({ limit: 1000 }),
  );
  const images = useSWR(want('glance.image') ? ['stack-images', scopeKey] : null, () =>
    api.image.listImages({ limit: 1000 }),
  );
  const networks = useSWR(want('neutron.network') ? ['stack-networks', scopeKey] : null, () =>
    api.network.listNetworks(),
  );
  const keypairs = useSWR(want('nova.keypair') ? ['stack-keypairs', scopeKey] : null, () =>
    api.compute.listKeypairs({ limit: 1000 }),
  );
  return {
    'nova.flavor': flavors.data && opts(flavors.data.items.map((f) => f.name)),
    'glance.image': images.data && opts(images.data.items.map((i) => i.name)),
    'neutron.network': networks.data && opts(networks.data.map((n) => n.name)),
    'nova.keypair': keypairs.data && opts(keypairs.data.items.map((k) => k.name)),
  };
}
