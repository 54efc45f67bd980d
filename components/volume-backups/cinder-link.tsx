'use client';
// A link to a volume or snapshot by its name, read from Cinder when the page shows
// it (detail pages have no list lookups); its id while unknown or unreadable.
import Link from 'next/link';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function CinderLink({ kind, id }: { kind: 'volume' | 'snapshot'; id: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data: name } = useSWR(
    ['cinder-name', kind, scopeKey, id],
    async () =>
      (kind === 'volume' ? await api.volume.getVolume(id) : await api.volume.getSnapshot(id))
        .name ?? '',
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  const path = kind === 'volume' ? '/project/volumes' : '/project/snapshots';
  return (
    <Link
      prefetch={false}
      className="text-accent hover:underline"
      href={`${path}/${encodeURIComponent(id)}`}
    >
      {name || id}
    </Link>
  );
}
