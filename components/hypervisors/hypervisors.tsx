'use client';
// Admin → Hypervisors: the summary of used/total vCPUs, RAM and local disk, then
// the Hypervisor tab (os-hypervisors/detail) and the Compute Host tab (nova-compute
// services from os-services).
import useSWR from 'swr';
import { useTableRows } from '@/components/resource/use-table-rows';
import { useHasService } from '@/components/shell/cloud-services';
import { Alert } from '@/components/ui/alert';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { Tabs } from '@/components/ui/tabs';
import { formatGigabytes, formatMegabytes } from '@/lib/format/size';
import { useApi } from '@/lib/hooks/use-api';
import type { ComputeService, Hypervisor } from '@/lib/openstack/compute/hypervisors';
import { hypervisorTotals, instanceCount, placementTotals } from './hypervisor-summary';

const capitalise = (text: string) => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

const HYPERVISOR_COLUMNS: DataTableColumn<Hypervisor>[] = [
  {
    id: 'hostname',
    header: 'Hostname',
    cell: (h) => h.hypervisor_hostname,
    sortValue: (h) => h.hypervisor_hostname,
  },
  { id: 'type', header: 'Type', cell: (h) => h.hypervisor_type },
  { id: 'vcpus-used', header: 'VCPUs (used)', cell: (h) => h.vcpus_used },
  { id: 'vcpus', header: 'VCPUs (total)', cell: (h) => h.vcpus },
  { id: 'ram-used', header: 'RAM (used)', cell: (h) => formatMegabytes(h.memory_mb_used) },
  { id: 'ram', header: 'RAM (total)', cell: (h) => formatMegabytes(h.memory_mb) },
  {
    id: 'disk-used',
    header: 'Local Storage (used)',
    cell: (h) => formatGigabytes(h.local_gb_used),
  },
  { id: 'disk', header: 'Local Storage (total)', cell: (h) => formatGigabytes(h.local_gb) },
  { id: 'instances', header: 'Instances', cell: instanceCount, sortValue: instanceCount },
];

const HOST_COLUMNS: DataTableColumn<ComputeService>[] = [
  { id: 'host', header: 'Host', cell: (s) => s.host, sortValue: (s) => s.host },
  { id: 'zone', header: 'Zone', cell: (s) => s.zone },
  {
    id: 'status',
    header: 'Status',
    cell: (s) => <StatusBadge status={s.status} label={capitalise(s.status)} />,
  },
  {
    id: 'state',
    header: 'State',
    cell: (s) => <StatusBadge status={s.state} label={capitalise(s.state)} />,
  },
  {
    id: 'updated',
    header: 'Updated At',
    cell: (s) => (s.updated_at ? s.updated_at.replace(/\.\d+$/, '') : '-'),
  },
];

/** A used/total meter; without figures yet, a bar of the same height saying it is loading. */
function Meter({
  label,
  figures,
  format,
}: {
  label: string;
  figures?: { used: number; total: number };
  format: (n: number) => string;
}) {
  return (
    <div className="min-w-48 flex-1">
      <div className="text-sm font-medium">{label}</div>
      {figures ? (
        <meter
          aria-label={`${label} used`}
          min={0}
          max={Math.max(figures.total, 1)}
          value={figures.used}
          className="my-1 block h-2 w-full"
        />
      ) : (
        <div className="my-1 h-2 w-full rounded bg-line" />
      )}
      <div className="text-xs text-muted">
        {figures ? `Used ${format(figures.used)} of ${format(figures.total)}` : 'Loading…'}
      </div>
    </div>
  );
}

export function Hypervisors() {
  const api = useApi();
  const hypervisors = useTableRows(
    ['hypervisors', 'detail'],
    async () => (await api.compute.listHypervisors()).items,
  );
  const hosts = useTableRows(['hypervisors', 'hosts'], async () =>
    (await api.compute.listComputeServices()).filter((s) => s.binary === 'nova-compute'),
  );
  // Placement's inventories and usages where the cloud has it; Nova's figures otherwise
  // (or when Placement fails).
  const hasPlacement = useHasService('placement');
  const placement = useSWR(hasPlacement ? ['hypervisors', 'placement'] : null, () =>
    api.placement.listProviderFigures(),
  );
  const fromPlacement = placement.data !== undefined;
  const totals = placement.data
    ? placementTotals(placement.data)
    : (!hasPlacement || placement.error) && hypervisors.rows
      ? hypervisorTotals(hypervisors.rows)
      : undefined;
  const count = String;
  return (
    <div className="space-y-4">
      <section
        aria-labelledby="hypervisor-summary"
        className="rounded border border-line bg-surface p-4"
      >
        <h2 id="hypervisor-summary" className="mb-3 text-base font-semibold">
          Hypervisor Summary
        </h2>
        {hypervisors.error && (
          <Alert tone="error" title="Unable to retrieve hypervisor information.">
            {hypervisors.error.message}
          </Alert>
        )}
        {(totals || !hypervisors.error) && (
          // Drawn before the figures come, so the tables below do not move when they do.
          <div className="flex flex-wrap gap-6">
            <Meter label="VCPU Usage" figures={totals?.vcpus} format={count} />
            <Meter label="Memory Usage" figures={totals?.memoryMb} format={formatMegabytes} />
            <Meter label="Local Disk Usage" figures={totals?.localGb} format={formatGigabytes} />
            <p className="basis-full text-xs text-muted">
              {!totals
                ? '\u00a0'
                : fromPlacement
                  ? 'From Placement: the resource providers’ usages and capacity (total less reserved, times the allocation ratio).'
                  : 'From Nova’s hypervisor figures.'}
            </p>
          </div>
        )}
      </section>
      <Tabs
        label="Hypervisors"
        tabs={[
          {
            id: 'hypervisor',
            label: 'Hypervisor',
            content: (
              <DataTable
                label="Hypervisors"
                columns={HYPERVISOR_COLUMNS}
                {...hypervisors}
                rowKey={(h) => h.id}
                rowLabel={(h) => h.hypervisor_hostname}
                emptyMessage="No hypervisors to display."
              />
            ),
          },
          {
            id: 'compute-host',
            label: 'Compute Host',
            content: (
              <DataTable
                label="Compute Host"
                columns={HOST_COLUMNS}
                {...hosts}
                rowKey={(s) => String(s.id)}
                rowLabel={(s) => s.host}
                emptyMessage="No compute hosts to display."
              />
            ),
          },
        ]}
      />
    </div>
  );
}
