'use client';
// A link to a volume by its name, read from Cinder when the page shows
// it (detail pages have no list lookups); its id while unknown or unreadable.
import Link from 'next/link';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function VolumeLink({ id }: { id: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data: name } = useSWR(
    ['cinder-name', 'volume', scopeKey, id],
    async () => (await api.volume.getVolume(id)).name ?? '',
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  const path = '/project/volumes';
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
