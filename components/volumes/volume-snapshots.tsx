'use client';
// The Snapshots tab of a volume: its snapshots, newest first.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { statusLabel } from './volume-status';

export function VolumeSnapshots({ volumeId }: { volumeId: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data, error } = useSWR(['volume-snapshots', scopeKey, volumeId], () =>
    api.volume.pageSnapshots({
      filters: { volume_id: volumeId },
      sortKey: 'created_at',
      sortDir: 'desc',
      limit: 100,
    }),
  );

  if (error) {
    return (
      <Alert tone="error" title="Unable to retrieve the volume's snapshots.">
        {(error as Error).message}
      </Alert>
    );
  }
  if (!data) {
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Loading snapshots…
      </p>
    );
  }
  if (data.items.length === 0) {
    return (
      <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
        This volume has no snapshots. Make one with Create Snapshot.
      </p>
    );
  }
  return (
    <section aria-label="Snapshots" className="rounded border border-line bg-surface">
      <table className="w-full text-sm">
        <thead className="text-left text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Name</th>
            <th className="px-4 py-2 font-medium">Description</th>
            <th className="px-4 py-2 font-medium">Size</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {data.items.map((s) => (
            <tr key={s.id}>
              <td className="px-4 py-2">{s.name || s.id}</td>
              <td className="px-4 py-2">{s.description || '-'}</td>
              <td className="px-4 py-2 whitespace-nowrap">{s.size}GiB</td>
              <td className="px-4 py-2">
                <StatusBadge status={s.status} label={statusLabel(s.status)} />
              </td>
              <td className="px-4 py-2">{s.created_at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
