'use client';
// The instance detail's "Volumes Attached": each volume by name, linked to its
// page, with the device Cinder records for this instance.
import Link from 'next/link';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import type { Server } from '@/lib/openstack/compute/server-schemas';

export function InstanceVolumes({ server }: { server: Server }) {
  const api = useApi();
  const ids = (server['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id);
  const { data } = useSWR(ids.length ? ['instance-volumes', server.id, ...ids] : null, () =>
    Promise.all(ids.map((id) => api.volume.getVolume(id).catch(() => null))),
  );
  if (ids.length === 0) return '-';
  return (
    <ul className="space-y-0.5">
      {ids.map((id, i) => {
        const volume = data?.[i];
        const device = volume?.attachments.find((a) => a.server_id === server.id)?.device;
        return (
          <li key={id}>
            <Link
              href={`/project/volumes/${encodeURIComponent(id)}`}
              className="text-accent hover:underline"
            >
              {volume?.name || id}
            </Link>
            {device ? <span className="text-muted"> on {device}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
