// Project → Network → Networks. api-ref: network v2, "Networks" (with each
// row's subnets from "Subnets").
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { PANELS } from '@/lib/panels';
import { formRowAction, type ResourceDefinition } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { CreateNetworkLazy } from './create-network/create-network-lazy';
import { adminState, Lines, NeutronStatus, yesNo } from './network-cells';
import { editNetworkInput } from './network-inputs';
import { getNetworkRow, listNetworkRows, type NetworkRow } from './network-rows';
import { NetworkPortsTab, NetworkSubnetsTab } from './network-tabs-lazy';
import {
  createSubnetEquivalents,
  deleteNetworkEquivalents,
  updateNetworkEquivalents,
} from './networks-equivalents';
import { createSubnetForm } from './subnets/subnet-form';
import { subnetCreateRequest } from './subnets/subnet-inputs';

export const isAdmin = (session: PublicSession) => session.roles.includes('admin');

/** A member may change only the networks of their project; shared and external ones are read-only. */
function ownNetwork(n: NetworkRow, session: PublicSession) {
  return n.project_id === session.project.id || isAdmin(session)
    ? true
    : 'This network belongs to another project.';
}

const networkName = (n: NetworkRow) => n.name || `(${n.id.slice(0, 13)})`;

export const networks: ResourceDefinition<NetworkRow> = {
  panel: PANELS.networks,
  apiRef: 'network v2: Networks, Subnets',
  singular: 'Network',
  key: (n) => n.id,
  name: networkName,
  list: listNetworkRows,
  get: getNetworkRow,
  paging: 'server',
  adminProjectFilter: 'project_id',
  serverFilters: [
    { id: 'name', label: 'Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  columns: [
    { id: 'name', header: 'Name', cell: networkName, sortValue: (n) => n.name, link: true },
    {
      id: 'subnets',
      header: 'Subnets Associated',
      cell: (n) => (
        <Lines
          items={n.subnetSummaries.map((s) => (
            <span key={s.id}>
              {s.name || (s.cidr ? '' : s.id)} <Mono>{s.cidr}</Mono>
            </span>
          ))}
        />
      ),
    },
    {
      id: 'shared',
      header: 'Shared',
      cell: (n) => yesNo(n.shared),
      sortValue: (n) => yesNo(n.shared),
    },
    {
      id: 'external',
      header: 'External',
      cell: (n) => yesNo(n['router:external']),
      sortValue: (n) => yesNo(n['router:external']),
    },
    {
      id: 'status',
      header: 'Status',
      cell: (n) => <NeutronStatus status={n.status} />,
      sortValue: (n) => n.status,
    },
    { id: 'admin', header: 'Admin State', cell: (n) => adminState(n.admin_state_up) },
    {
      id: 'az',
      header: 'Availability Zones',
      cell: (n) => orDash(n.availability_zones?.join(', ')),
    },
  ],
  createActions: [{ id: 'create', label: 'Create Network', launcher: CreateNetworkLazy }],
  rowActions: [
    formRowAction<NetworkRow, ReturnType<typeof editNetworkInput>>({
      id: 'edit',
      label: 'Edit Network',
      allowed: ownNetwork,
      form: ({ session }, n) => ({
        title: 'Edit Network',
        submitLabel: 'Save Changes',
        description: 'An administratively DOWN network passes no traffic.',
        schema: editNetworkInput(isAdmin(session)),
        defaults: {
          name: n.name,
          admin_state_up: n.admin_state_up,
          // Only admins may send `shared`, even unchanged.
          ...(isAdmin(session) ? { shared: n.shared } : {}),
        },
        fields: [
          { name: 'name', label: 'Name', kind: 'text' },
          { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
          ...(isAdmin(session)
            ? [{ name: 'shared', label: 'Shared', kind: 'checkbox' as const }]
            : []),
        ],
      }),
      run: async ({ api }, n, input) => {
        await api.network.updateNetwork(n.id, input);
      },
      success: (rows, input) => `Updated network "${input.name || networkName(rows[0]!)}".`,
      failure: (n) => `Failed to update network ${networkName(n)}`,
      equivalents: (rows, values) =>
        updateNetworkEquivalents(rows[0]!.id, {
          name: typeof values?.name === 'string' ? values.name.trim() : rows[0]!.name,
          admin_state_up: values?.admin_state_up !== false,
          ...(values && 'shared' in values ? { shared: values.shared === true } : {}),
        }),
    }),
    formRowAction<NetworkRow, ReturnType<typeof createSubnetForm>['schema']>({
      id: 'create-subnet',
      label: 'Create Subnet',
      allowed: ownNetwork,
      form: (_ctx, n) => createSubnetForm(networkName(n)),
      run: async ({ api }, n, values) => {
        await api.network.createSubnet(subnetCreateRequest(values, n.id));
      },
      success: (rows) => `Created subnet on network "${networkName(rows[0]!)}".`,
      failure: (n) => `Failed to create subnet on network ${networkName(n)}`,
      equivalents: (rows, values) =>
        createSubnetEquivalents(subnetCreateRequest(values ?? {}, rows[0]!.id)),
    }),
    deleteAction<NetworkRow>({
      singular: 'Network',
      plural: 'Networks',
      allowed: ownNetwork,
      body: 'Its subnets go with it. Neutron refuses while ports other than its own DHCP ports are on it: delete those (or the instances using them) first.',
      run: ({ api }, n) => api.network.deleteNetwork(n.id),
      equivalents: (rows) => deleteNetworkEquivalents(rows.map((n) => n.id)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: (n) => orDash(n.name) },
      { label: 'ID', value: (n) => <Mono>{n.id}</Mono> },
      { label: 'Project ID', value: (n) => <Mono>{n.project_id}</Mono> },
      { label: 'Status', value: (n) => <NeutronStatus status={n.status} /> },
      { label: 'Admin State', value: (n) => adminState(n.admin_state_up) },
      { label: 'Shared', value: (n) => yesNo(n.shared) },
      { label: 'External Network', value: (n) => yesNo(n['router:external']) },
      { label: 'MTU', value: (n) => orDash(n.mtu) },
      { label: 'Port Security', value: (n) => yesNo(n.port_security_enabled) },
      { label: 'Availability Zones', value: (n) => orDash(n.availability_zones?.join(', ')) },
      {
        label: 'Availability Zone Hints',
        value: (n) => orDash(n.availability_zone_hints?.join(', ')),
      },
      { label: 'Network Type', value: (n) => orDash(n['provider:network_type']) },
      { label: 'Physical Network', value: (n) => orDash(n['provider:physical_network']) },
      { label: 'Segmentation ID', value: (n) => orDash(n['provider:segmentation_id']) },
      { label: 'Description', value: (n) => orDash(n.description) },
      { label: 'Created', value: (n) => orDash(n.created_at) },
      { label: 'Updated', value: (n) => orDash(n.updated_at) },
    ],
    tabs: [
      { id: 'subnets', label: 'Subnets', render: (n) => <NetworkSubnetsTab network={n} /> },
      { id: 'ports', label: 'Ports', render: (n) => <NetworkPortsTab network={n} /> },
    ],
  },
  emptyMessage: 'No networks to display. Create one with "Create Network".',
};
