'use client';
// System Information's tabs: the catalog (rendered on the server), then Nova's and
// Cinder's os-services and Neutron's agents, fetched in the browser as the admin.
import { useTableRows } from '@/components/resource/use-table-rows';
import { Mono } from '@/components/ui/cells';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { Tabs } from '@/components/ui/tabs';
import { useApi } from '@/lib/hooks/use-api';
import type { ComputeService } from '@/lib/openstack/compute/hypervisors';
import type { NetworkAgent } from '@/lib/openstack/network/agents';
import type { VolumeService } from '@/lib/openstack/volume/services';
import type { CatalogServiceRow } from './catalog-services';

const capitalise = (text: string) => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);
/** Nova and Cinder's naive UTC time, as Horizon shows it. */
const when = (value: string | null | undefined) => (value ? value.replace(/\.\d+$/, '') : '-');

const state = (s: string) => <StatusBadge status={s} label={capitalise(s)} />;
const status = (s: string) => <StatusBadge status={s} label={capitalise(s)} />;

const SERVICE_COLUMNS: DataTableColumn<CatalogServiceRow>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'type', header: 'Service', cell: (r) => r.type, sortValue: (r) => r.type },
  { id: 'region', header: 'Region', cell: (r) => r.region, sortValue: (r) => r.region },
  {
    id: 'endpoints',
    header: 'Endpoints',
    cell: (r) => (
      <ul className="space-y-0.5">
        {r.endpoints.map((e) => (
          <li key={`${e.iface} ${e.url}`}>
            <span className="text-muted">{capitalise(e.iface)}: </span>
            <Mono>{e.url}</Mono>
          </li>
        ))}
      </ul>
    ),
  },
];

type AnyService = (ComputeService | VolumeService) & { binary: string; host: string };

function serviceColumns<T extends AnyService>(): DataTableColumn<T>[] {
  return [
    { id: 'binary', header: 'Name', cell: (s) => s.binary, sortValue: (s) => s.binary },
    { id: 'host', header: 'Host', cell: (s) => s.host, sortValue: (s) => s.host },
    { id: 'zone', header: 'Zone', cell: (s) => s.zone, sortValue: (s) => s.zone },
    { id: 'status', header: 'Status', cell: (s) => status(s.status) },
    { id: 'state', header: 'State', cell: (s) => state(s.state) },
    { id: 'updated', header: 'Last Updated', cell: (s) => when(s.updated_at) },
  ];
}

const AGENT_COLUMNS: DataTableColumn<NetworkAgent>[] = [
  { id: 'type', header: 'Type', cell: (a) => a.agent_type, sortValue: (a) => a.agent_type },
  { id: 'binary', header: 'Name', cell: (a) => a.binary, sortValue: (a) => a.binary },
  { id: 'host', header: 'Host', cell: (a) => a.host, sortValue: (a) => a.host },
  { id: 'zone', header: 'Availability Zone', cell: (a) => a.availability_zone ?? '-' },
  {
    id: 'status',
    header: 'Status',
    cell: (a) => status(a.admin_state_up ? 'enabled' : 'disabled'),
  },
  { id: 'state', header: 'State', cell: (a) => state(a.alive ? 'up' : 'down') },
  { id: 'updated', header: 'Last Updated', cell: (a) => when(a.heartbeat_timestamp) },
];

function ComputeServicesTable() {
  const api = useApi();
  const list = useTableRows(['system-info', 'compute'], () => api.compute.listComputeServices());
  return (
    <DataTable
      label="Compute Services"
      columns={serviceColumns<ComputeService>()}
      {...list}
      rowKey={(s) => String(s.id)}
      rowLabel={(s) => `${s.binary} on ${s.host}`}
      emptyMessage="No compute services to display."
    />
  );
}

function VolumeServicesTable() {
  const api = useApi();
  const list = useTableRows(['system-info', 'volume'], () => api.volume.listVolumeServices());
  return (
    <DataTable
      label="Block Storage Services"
      columns={serviceColumns<VolumeService>()}
      {...list}
      rowKey={(s) => `${s.binary}@${s.host}`}
      rowLabel={(s) => `${s.binary} on ${s.host}`}
      emptyMessage="No block storage services to display."
    />
  );
}

function NetworkAgentsTable() {
  const api = useApi();
  const list = useTableRows(['system-info', 'agents'], () => api.network.listNetworkAgents());
  return (
    <DataTable
      label="Network Agents"
      columns={AGENT_COLUMNS}
      {...list}
      rowKey={(a) => a.id}
      rowLabel={(a) => `${a.binary} on ${a.host}`}
      emptyMessage="No network agents to display. This cloud's Neutron reports none (an ML2/OVN or fake-driver deployment runs no agents)."
    />
  );
}

export function SystemInfoTabs({ services }: { services: CatalogServiceRow[] }) {
  return (
    <Tabs
      label="System Information"
      tabs={[
        {
          id: 'services',
          label: 'Services',
          content: (
            <DataTable
              label="Services"
              columns={SERVICE_COLUMNS}
              rows={services}
              rowKey={(r) => r.key}
              rowLabel={(r) => r.name}
              loading={false}
              emptyMessage="No services to display."
            />
          ),
        },
        { id: 'nova', label: 'Compute Services', content: <ComputeServicesTable /> },
        { id: 'cinder', label: 'Block Storage Services', content: <VolumeServicesTable /> },
        { id: 'neutron', label: 'Network Agents', content: <NetworkAgentsTable /> },
      ]}
    />
  );
}
