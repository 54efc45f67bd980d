'use client';
// Every list the Launch Instance wizard offers, each loaded on its own (a slow or
// failing service never holds up the others), with the APIs' own filters.
import useSWR, { type SWRResponse } from 'swr';
import useSWRInfinite from 'swr/infinite';
import { useHasService } from '@/components/shell/cloud-services';
import type { Api } from '@/lib/openstack/api';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import type { Keypair } from '@/lib/openstack/compute/keypair-schemas';
import type { ServerGroup } from '@/lib/openstack/compute/server-group-schemas';
import { isMissingService } from '@/lib/openstack/errors';
import type { Image } from '@/lib/openstack/image/glance-schemas';
import type { Network, Port, SecurityGroup } from '@/lib/openstack/network/neutron-schemas';
import type { ListResult } from '@/lib/openstack/pagination';
import type { Volume, VolumeSnapshot } from '@/lib/openstack/volume/cinder-schemas';
import type { PresetSource } from './use-preset-source';

/** One page of images or volumes: enough to choose from without loading a whole catalogue. */
export const PAGE = 50;

export interface ListState<T> {
  data: T[] | undefined;
  error: Error | undefined;
  isLoading: boolean;
  retry: () => void;
  /** Paged lists: load the next page. */
  more?: () => void;
  hasMore?: boolean;
  loadingMore?: boolean;
}

export interface LaunchData {
  limits: ListState<never> & { absolute: Record<string, number> | undefined };
  zones: ListState<{ name: string; available: boolean }>;
  images: ListState<Image>;
  snapshots: ListState<Image>;
  volumes: ListState<Volume>;
  volumeSnapshots: ListState<VolumeSnapshot>;
  /** False when the catalog has no volumev3 (the proxy's 404); undefined while asking. */
  hasVolumeService: boolean | undefined;
  flavors: ListState<Flavor>;
  networks: ListState<Network>;
  ports: ListState<Port>;
  securityGroups: ListState<SecurityGroup>;
  keypairs: ListState<Keypair>;
  serverGroups: ListState<ServerGroup>;
  /** The source a `?launch=` link names, when the wizard was opened by one. */
  preset?: PresetSource;
}

const OPTIONS = { revalidateOnFocus: false, shouldRetryOnError: false } as const;

function state<T>(swr: SWRResponse<T[], Error>): ListState<T> {
  return {
    data: swr.data,
    error: swr.error,
    isLoading: swr.data === undefined && !swr.error,
    retry: () => void swr.mutate(),
  };
}

/** A list one page at a time (the API's own limit/marker), so large clouds stay quick. */
function usePages<T>(
  key: string | null,
  page: (marker: string | undefined) => Promise<ListResult<T>>,
  keep: (item: T) => boolean = () => true,
): ListState<T> {
  const swr = useSWRInfinite<ListResult<T>, Error>(
    (index, previous: ListResult<T> | null) =>
      key === null ? null : index === 0 ? [key, ''] : previous?.next ? [key, previous.next] : null,
    ([, marker]: [string, string]) => page(marker || undefined),
    OPTIONS,
  );
  const pages = swr.data;
  const last = pages?.[pages.length - 1];
  return {
    data: pages?.flatMap((p) => p.items).filter(keep),
    error: swr.error,
    isLoading: pages === undefined && !swr.error,
    retry: () => void swr.mutate(),
    hasMore: last?.next !== undefined,
    loadingMore: swr.isValidating && pages !== undefined && swr.size > pages.length,
    more: () => void swr.setSize((size) => size + 1),
  };
}

/** Cinder's lists carry no next link we keep: a full page means there may be more. */
function byMarker<T extends { id: string }>(items: T[]): ListResult<T> {
  const last = items[items.length - 1];
  return { items, next: items.length >= PAGE && last ? last.id : undefined };
}

export function useLaunchData(api: Api, projectId: string, scopeKey: string): LaunchData {
  const k = (name: string) => `launch:${scopeKey}:${name}`;

  const limits = useSWR<Record<string, number>, Error>(
    k('limits'),
    () => api.compute.getLimits(),
    OPTIONS,
  );
  const zones = useSWR(
    k('zones'),
    async () => (await api.compute.listAvailabilityZones()).filter((z) => z.available),
    OPTIONS,
  );
  const images = usePages(
    k('images'),
    (marker) =>
      api.image.listImages({
        limit: PAGE,
        marker,
        filters: { status: 'active', sort: 'name:asc' },
      }),
    (image) => image.image_type !== 'snapshot',
  );
  const snapshots = usePages(k('snapshots'), (marker) =>
    api.image.listImages({
      limit: PAGE,
      marker,
      filters: { status: 'active', image_type: 'snapshot', sort: 'name:asc' },
    }),
  );
  // A cloud without Cinder is not asked about volumes.
  const hasCinder = useHasService('volumev3');
  const volumes = usePages(hasCinder ? k('volumes') : null, async (marker) =>
    byMarker(
      await api.volume.listVolumes({
        status: 'available',
        bootable: 'true',
        sort: 'name:asc',
        limit: PAGE,
        marker,
      }),
    ),
  );
  const volumeSnapshots = usePages(hasCinder ? k('volume-snapshots') : null, async (marker) =>
    byMarker(
      await api.volume.listVolumeSnapshots({
        status: 'available',
        sort: 'name:asc',
        limit: PAGE,
        marker,
      }),
    ),
  );
  const flavors = useSWR(
    k('flavors'),
    async () =>
      (await api.compute.listFlavors()).items.sort((a, b) => a.ram - b.ram || a.vcpus - b.vcpus),
    OPTIONS,
  );
  const networks = useSWR(
    k('networks'),
    async () => {
      // The project's own networks and the shared ones; never the external ones.
      const [own, shared] = await Promise.all([
        api.network.listNetworks({ project_id: projectId }),
        api.network.listNetworks({ shared: true }),
      ]);
      const byId = new Map([...own, ...shared].map((n) => [n.id, n]));
      return [...byId.values()].filter((n) => n['router:external'] !== true);
    },
    OPTIONS,
  );
  const ports = useSWR(
    k('ports'),
    async () =>
      (await api.network.listPorts({ project_id: projectId })).filter(
        (p) => !p.device_id && !p.device_owner,
      ),
    OPTIONS,
  );
  const securityGroups = useSWR(
    k('security-groups'),
    () => api.network.listSecurityGroups({ project_id: projectId }),
    OPTIONS,
  );
  const keypairs = useSWR(
    k('keypairs'),
    async () => (await api.compute.listKeypairs()).items,
    OPTIONS,
  );
  const serverGroups = useSWR(
    k('server-groups'),
    async () => (await api.compute.listServerGroups()).items,
    OPTIONS,
  );

  const noVolumes = !hasCinder || isMissingService(volumes.error);
  return {
    limits: {
      data: undefined,
      absolute: limits.data,
      error: limits.error,
      isLoading: limits.data === undefined && !limits.error,
      retry: () => void limits.mutate(),
    },
    zones: state(zones),
    images,
    snapshots,
    volumes,
    volumeSnapshots,
    hasVolumeService: noVolumes ? false : volumes.isLoading ? undefined : true,
    flavors: state(flavors),
    networks: state(networks),
    ports: state(ports),
    securityGroups: state(securityGroups),
    keypairs: state(keypairs),
    serverGroups: state(serverGroups),
  };
}
