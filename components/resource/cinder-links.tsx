'use client';
// Links to a volume or a volume snapshot by name, for every panel that names one
// (Snapshots, Backups): the plain link (names from the list's lookup, cinderNames),
// and the detail page's link that reads the name itself (no list lookups there).
// prefetch is off: a page of many rows would prefetch a route per row.
import Link from 'next/link';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { CinderKind } from '@/lib/openstack/volume/cinder-names';
import { PANELS } from '@/lib/panels';

const PATHS: Record<CinderKind, string> = {
  volume: PANELS.volumes.path,
  snapshot: PANELS.volumeSnapshots.path,
};

export function CinderNameLink({
  kind,
  id,
  name,
}: {
  kind: CinderKind;
  id: string;
  name?: string;
}) {
  return (
    <Link
      prefetch={false}
      className="text-accent hover:underline"
      href={`${PATHS[kind]}/${encodeURIComponent(id)}`}
    >
      {name || id}
    </Link>
  );
}

/** The link with the name read from Cinder; its id while unknown or unreadable. */
export function CinderLink({ kind, id }: { kind: CinderKind; id: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data: name } = useSWR(
    ['cinder-name', kind, scopeKey, id],
    async () =>
      (kind === 'volume' ? await api.volume.getVolume(id) : await api.volume.getSnapshot(id))
        .name ?? '',
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  return <CinderNameLink kind={kind} id={id} name={name} />;
}
