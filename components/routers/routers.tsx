// Project → Network → Routers. api-ref: network v2, "Routers (routers)",
// "Extra routes (extraroute)"; the external network's name from "Networks".
import { FormLauncher } from '@/components/resource/form-launcher';
import { Mono, orDash } from '@/components/ui/cells';
import type { Router } from '@/lib/openstack/network/router-schemas';
import { PANELS } from '@/lib/panels';
import type { LauncherProps, ResourceDefinition } from '@/lib/resources/types';
import { routerLabel, routerRowActions } from './router-actions';
import { RouterStatus, adminStateLabel } from './router-cells';
import { createRouterAction } from './router-forms';
import { RouterNetworkName } from './router-network-name';
import { RouterInterfaces, RouterStaticRoutes } from './router-tabs';

export function CreateRouterLauncher(props: LauncherProps) {
  return <FormLauncher action={createRouterAction} {...props} />;
}

const gatewayNetwork = (r: Router) => r.external_gateway_info?.network_id;

function externalFixedIps(r: Router) {
  const ips = r.external_gateway_info?.external_fixed_ips ?? [];
  if (ips.length === 0) return '-';
  return (
    <ul>
      {ips.map((ip) => (
        <li key={`${ip.subnet_id}-${ip.ip_address}`}>
          <Mono>{ip.ip_address}</Mono> <span className="text-muted">(subnet</span>{' '}
          <Mono>{ip.subnet_id}</Mono>
          <span className="text-muted">)</span>
        </li>
      ))}
    </ul>
  );
}

function snat(r: Router): string {
  const value = r.external_gateway_info?.enable_snat;
  if (!r.external_gateway_info) return '-';
  return value === false ? 'Disabled' : value === true ? 'Enabled' : '-';
}

export const routers: ResourceDefinition<Router> = {
  panel: PANELS.routers,
  apiRef: 'network v2: Routers (routers), Extra routes (extraroute)',
  singular: 'Router',
  key: (r) => r.id,
  name: routerLabel,
  list: (api, query) => api.network.listRouters(query),
  get: (api, id) => api.network.getRouter(id),
  paging: 'server',
  projectFilter: 'project_id',
  serverFilters: [
    { id: 'name', label: 'Router Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  lookups: {
    // One Neutron call for the external networks of the rows on screen.
    networks: async (api, rows) => {
      const ids = [...new Set(rows.map(gatewayNetwork).filter((id): id is string => !!id))];
      if (ids.length === 0) return {};
      const { items } = await api.network.pageNetworks({ filters: { id: ids } });
      return Object.fromEntries(items.map((n) => [n.id, n.name || n.id]));
    },
  },
  columns: [
    { id: 'name', header: 'Name', cell: routerLabel, sortValue: routerLabel, link: true },
    {
      id: 'status',
      header: 'Status',
      cell: (r) => <RouterStatus status={r.status} />,
      sortValue: (r) => r.status,
    },
    {
      id: 'network',
      header: 'External Network',
      cell: (r, lookups) => {
        const id = gatewayNetwork(r);
        return id ? (lookups.networks?.[id] ?? id) : '-';
      },
    },
    {
      id: 'admin',
      header: 'Admin State',
      cell: (r) => adminStateLabel(r.admin_state_up),
      sortValue: (r) => String(r.admin_state_up),
    },
    {
      id: 'zones',
      header: 'Availability Zones',
      cell: (r) => orDash(r.availability_zones?.join(', ')),
    },
  ],
  createActions: [{ id: 'create', label: 'Create Router', launcher: CreateRouterLauncher }],
  rowActions: routerRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (r) => orDash(r.name) },
      { label: 'ID', value: (r) => <Mono>{r.id}</Mono> },
      { label: 'Description', value: (r) => orDash(r.description) },
      { label: 'Project ID', value: (r) => <Mono>{orDash(r.project_id)}</Mono> },
      { label: 'Status', value: (r) => <RouterStatus status={r.status} /> },
      { label: 'Admin State', value: (r) => adminStateLabel(r.admin_state_up) },
      {
        label: 'Availability Zones',
        value: (r) => orDash(r.availability_zones?.join(', ')),
      },
      {
        label: 'External Network',
        value: (r) => {
          const id = gatewayNetwork(r);
          return id ? <RouterNetworkName id={id} /> : 'None (no gateway)';
        },
      },
      { label: 'External Fixed IPs', value: externalFixedIps },
      { label: 'SNAT', value: snat },
    ],
    tabs: [
      { id: 'interfaces', label: 'Interfaces', render: (r) => <RouterInterfaces router={r} /> },
      { id: 'routes', label: 'Static Routes', render: (r) => <RouterStaticRoutes router={r} /> },
    ],
  },
  emptyMessage: 'No routers to display. Create one with "Create Router".',
};
