'use client';
// A cluster's node groups (masters and workers), on its detail page.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { orDash } from '@/components/ui/cells';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { useApi } from '@/lib/hooks/use-api';

export function ClusterNodegroups({ cluster, status }: { cluster: string; status: string }) {
  const api = useApi();
  // The status is in the key so a resize's new counts show once it settles.
  const { data, error } = useSWR(['nodegroups', cluster, status], () =>
    api.containerInfra.listNodegroups(cluster),
  );
  if (error) {
    return (
      <Alert tone="error" title="Unable to list the node groups">
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  if (!data) return <Spinner label="Loading node groups" />;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Node Groups</caption>
      <thead>
        <tr className="text-left text-muted">
          <th className="py-1 pr-4">Name</th>
          <th className="py-1 pr-4">Role</th>
          <th className="py-1 pr-4">Node Count</th>
          <th className="py-1 pr-4">Flavor ID</th>
          <th className="py-1 pr-4">Status</th>
        </tr>
      </thead>
      <tbody>
        {data.map((g) => (
          <tr key={g.uuid} className="border-t border-line">
            <td className="py-1 pr-4">{g.name}</td>
            <td className="py-1 pr-4">{g.role}</td>
            <td className="py-1 pr-4">{g.node_count}</td>
            <td className="py-1 pr-4">{orDash(g.flavor_id)}</td>
            <td className="py-1 pr-4">{g.status ? <StatusBadge status={g.status} /> : '-'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
