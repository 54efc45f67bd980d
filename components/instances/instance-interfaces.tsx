'use client';
import useSWR from 'swr';
import { Mono } from '@/components/ui/cells';
import { DataTable } from '@/components/ui/data-table/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { useApi } from '@/lib/hooks/use-api';
import type { InterfaceAttachment, Server } from '@/lib/openstack/compute/server-schemas';

export function InstanceInterfaces({ server }: { server: Server }) {
  const api = useApi();
  const { data, error, mutate } = useSWR(['interfaces', server.id], async () => {
    const [interfaces, networks] = await Promise.all([
      api.compute.listInterfaces(server.id),
      api.network.listNetworks({}).catch(() => []),
    ]);
    const names = new Map(networks.map((n) => [n.id, n.name]));
    return interfaces.map((i) => ({ ...i, network: names.get(i.net_id) ?? i.net_id }));
  });
  return (
    <DataTable<InterfaceAttachment & { network: string }>
      label="Interfaces"
      rows={data}
      loading={!data && !error}
      error={error ? { message: (error as Error).message, retry: () => void mutate() } : undefined}
      rowKey={(i) => i.port_id}
      rowLabel={(i) => i.port_id}
      columns={[
        {
          id: 'port',
          header: 'Port ID',
          cell: (i) => <Mono>{i.port_id}</Mono>,
        },
        { id: 'network', header: 'Network', cell: (i) => i.network },
        {
          id: 'ips',
          header: 'Fixed IPs',
          cell: (i) => i.fixed_ips.map((f) => f.ip_address).join(', '),
        },
        {
          id: 'mac',
          header: 'MAC Address',
          cell: (i) => <Mono>{i.mac_addr}</Mono>,
        },
        { id: 'state', header: 'Status', cell: (i) => <StatusBadge status={i.port_state} /> },
      ]}
    />
  );
}
