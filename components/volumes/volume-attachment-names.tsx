'use client';
// Attached To on the detail page: the instances' names are read here (the list
// reads them once per page as a lookup).
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { VolumeAttachment } from '@/lib/openstack/volume/volume-schemas';
import { VolumeAttachedTo } from './volume-attached-to';

export function VolumeAttachmentNames({ attachments }: { attachments: VolumeAttachment[] }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const ids = [...new Set(attachments.map((a) => a.server_id))];
  // A name we cannot read (the instance went meanwhile) shows its ID.
  const { data: names } = useSWR(
    ids.length > 0 ? ['volume-attachment-names', scopeKey, ids.join(',')] : null,
    async () => {
      const found = await Promise.allSettled(ids.map((id) => api.compute.getServer(id)));
      return Object.fromEntries(
        found.flatMap((r, i) => (r.status === 'fulfilled' ? [[ids[i], r.value.name]] : [])),
      ) as Record<string, string>;
    },
    { revalidateOnFocus: false },
  );
  return <VolumeAttachedTo attachments={attachments} names={names} />;
}
