'use client';
// The Members tab of a server group: each member instance by name, linking to it.
import Link from 'next/link';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function ServerGroupMembers({ ids }: { ids: string[] }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  // Names are a nicety: a member we cannot read (deleted meanwhile) shows its id.
  const { data: names } = useSWR(
    ids.length > 0 ? ['server-group-members', scopeKey, ids.join(',')] : null,
    async () => {
      const results = await Promise.allSettled(ids.map((id) => api.compute.getServer(id)));
      return Object.fromEntries(
        results.flatMap((r, i) => (r.status === 'fulfilled' ? [[ids[i], r.value.name]] : [])),
      ) as Record<string, string>;
    },
    { revalidateOnFocus: false },
  );

  if (ids.length === 0) {
    return (
      <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
        This server group has no members. Launch an instance into it from Launch Instance → Server
        Groups.
      </p>
    );
  }
  return (
    <section aria-label="Members" className="rounded border border-line bg-surface">
      <ul className="divide-y divide-line text-sm">
        {ids.map((id) => (
          <li key={id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
            <Link
              href={`/project/instances/${encodeURIComponent(id)}`}
              className="font-medium text-accent hover:underline"
            >
              {names?.[id] ?? id}
            </Link>
            {names?.[id] && <span className="font-mono text-xs text-muted">{id}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
