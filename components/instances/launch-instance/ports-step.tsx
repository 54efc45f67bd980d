'use client';
// Network Ports: free ports of the project the instance can plug into.
import { Mono, orDash } from '@/components/ui/cells';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import type { Port } from '@/lib/openstack/network/neutron-schemas';
import { listValue, PickerError, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

export function portLabel(port: Port): string {
  return port.name || `${port.id.slice(0, 8)}…`;
}

export function PortsStep({ values, setValue, errors, data }: StepProps & { data: LaunchData }) {
  const networkNames = new Map(data.networks.data?.map((n) => [n.id, n.name]));
  const columns: DataTableColumn<Port>[] = [
    {
      id: 'name',
      header: 'Port',
      cell: (p) => <span title={p.id}>{portLabel(p)}</span>,
      sortValue: (p) => portLabel(p),
    },
    {
      id: 'network',
      header: 'Network',
      cell: (p) => networkNames.get(p.network_id) ?? p.network_id,
    },
    {
      id: 'ips',
      header: 'IP Addresses',
      cell: (p) => p.fixed_ips.map((ip) => ip.ip_address).join(', ') || '-',
    },
    { id: 'mac', header: 'MAC Address', cell: (p) => <Mono>{orDash(p.mac_address)}</Mono> },
    { id: 'status', header: 'Status', cell: (p) => p.status },
  ];
  return (
    <div className="space-y-2">
      <DataTable<Port>
        label="Ports"
        columns={columns}
        rows={data.ports.data}
        rowKey={(p) => p.id}
        rowLabel={portLabel}
        loading={data.ports.isLoading}
        error={tableError(data.ports)}
        selectable
        selected={new Set(listValue(values, 'ports'))}
        onSelectedChange={(next) => setValue('ports', [...next])}
        emptyMessage="The project has no free port. Ports are optional: networks are enough."
        skeletonRows={2}
      />
      <PickerError message={errors.ports} />
    </div>
  );
}
