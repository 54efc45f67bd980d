// Project → Network → Floating IPs. api-ref: network v2, "Floating IPs (floatingips)".
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { AllocateIpDialog } from './allocate-ip-dialog';
import {
  associateFloatingIp,
  disassociateFloatingIp,
  releaseFloatingIp,
} from './floating-ip-actions';
import { MappedAddress, PoolName } from './floating-ip-mapping';
import { fipStatusLabel, fipStatusTone } from './floating-ip-status';
import { instanceNames, mappedText, poolNames } from './floating-ip-targets';

const status = (f: FloatingIp) => (
  <StatusBadge status={f.status} label={fipStatusLabel(f.status)} tone={fipStatusTone(f.status)} />
);

export const floatingIps: ResourceDefinition<FloatingIp> = {
  panel: PANELS.floatingIps,
  apiRef: 'network v2: Floating IPs (floatingips)',
  singular: 'Floating IP',
  key: (f) => f.id,
  name: (f) => f.floating_ip_address,
  list: (api, query) => api.network.listFloatingIps(query),
  get: (api, id) => api.network.getFloatingIp(id),
  paging: 'server',
  projectFilter: 'project_id',
  serverFilters: [
    { id: 'ip', label: 'Floating IP Address', param: 'floating_ip_address' },
    { id: 'fixed', label: 'Fixed IP Address', param: 'fixed_ip_address' },
    { id: 'status', label: 'Status', param: 'status' },
    { id: 'description', label: 'Description', param: 'description' },
  ],
  // A new association needs the instance's name: the lookups follow the port.
  lookupKey: (f) => `${f.id}:${f.port_id ?? ''}`,
  lookups: {
    pools: (api) => poolNames(api),
    instances: (api, rows) => instanceNames(api, rows),
  },
  columns: [
    {
      id: 'ip',
      header: 'IP Address',
      link: true,
      sortValue: (f) => f.floating_ip_address,
      cell: (f) => <span className="font-mono text-xs">{f.floating_ip_address}</span>,
    },
    { id: 'description', header: 'Description', cell: (f) => orDash(f.description) },
    {
      id: 'mapped',
      header: 'Mapped Fixed IP Address',
      cell: (f, lookups) => mappedText(f, lookups.instances),
    },
    {
      id: 'pool',
      header: 'Pool',
      cell: (f, lookups) => lookups.pools?.[f.floating_network_id] ?? f.floating_network_id,
    },
    { id: 'status', header: 'Status', sortValue: (f) => f.status, cell: status },
  ],
  createActions: [{ id: 'allocate', label: 'Allocate IP To Project', launcher: AllocateIpDialog }],
  rowActions: [associateFloatingIp, disassociateFloatingIp, releaseFloatingIp],
  detail: {
    fields: [
      { label: 'ID', value: (f) => <Mono>{f.id}</Mono> },
      { label: 'IP Address', value: (f) => <Mono>{f.floating_ip_address}</Mono> },
      { label: 'Description', value: (f) => orDash(f.description) },
      { label: 'Pool', value: (f) => <PoolName fip={f} /> },
      { label: 'Mapped Fixed IP Address', value: (f) => <MappedAddress fip={f} /> },
      { label: 'Port ID', value: (f) => <Mono>{orDash(f.port_id)}</Mono> },
      { label: 'Router ID', value: (f) => <Mono>{orDash(f.router_id)}</Mono> },
      { label: 'Status', value: status },
      { label: 'Project ID', value: (f) => <Mono>{orDash(f.project_id)}</Mono> },
    ],
  },
  emptyMessage: 'No floating IPs to display. Allocate one with "Allocate IP To Project".',
};
