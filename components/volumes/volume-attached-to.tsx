// The Attached To cell: each instance by name (a link) with the device it sees.
import Link from 'next/link';
import type { VolumeAttachment } from '@/lib/openstack/volume/volume-schemas';

export function VolumeAttachedTo({
  attachments,
  names,
}: {
  attachments: VolumeAttachment[];
  names: Record<string, string> | undefined;
}) {
  if (attachments.length === 0) return <>-</>;
  return (
    <ul className="space-y-0.5">
      {attachments.map((a) => (
        <li key={a.attachment_id ?? a.server_id}>
          <Link
            className="text-accent hover:underline"
            href={`/project/instances/${encodeURIComponent(a.server_id)}`}
          >
            {names?.[a.server_id] ?? a.server_id}
          </Link>
          {a.device ? <> on {a.device}</> : null}
        </li>
      ))}
    </ul>
  );
}
