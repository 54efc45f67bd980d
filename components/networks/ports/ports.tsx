// The Ports of one network (its detail tab, and the port's own page).
// api-ref: network v2, "Ports".
import Link from 'next/link';
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';
import type { Panel } from '@/lib/panels';
import { formRowAction, type ResourceDefinition } from '@/lib/resources/types';
import { adminState, insideNetwork, Lines, NeutronStatus, yesNo } from '../network-cells';
import { deletePortEquivalents, updatePortEquivalents } from '../networks-equivalents';
import { createPortLauncher } from './create-port';
import { editPortForm } from './port-form';
import { portUpdateRequest } from './port-inputs';
import type { NetworkRef } from '../subnets/subnets';

/** Horizon names an unnamed port by the start of its ID. */
export const portLabel = (p: PortDetail) => p.name || `(${p.id.slice(0, 13)})`;

function deviceLink(p: PortDetail) {
  if (!p.device_id) return '-';
  const href = p.device_owner.startsWith('compute:')
    ? `/project/instances/${encodeURIComponent(p.device_id)}`
    : p.device_owner.startsWith('network:router')
      ? `/project/routers/${encodeURIComponent(p.device_id)}`
      : undefined;
  return href ? (
    <Link href={href} className="font-mono text-xs text-accent hover:underline">
      {p.device_id}
    </Link>
  ) : (
    <Mono>{p.device_id}</Mono>
  );
}

/** Ports of `network`; `panel` is where its rows link and its crumbs lead. */
export function portsOf(network: NetworkRef, panel?: Panel): ResourceDefinition<PortDetail> {
  return {
    panel: panel ?? insideNetwork('ports', network.id, 'Ports'),
    apiRef: 'network v2: Ports',
    singular: 'Port',
    key: (p) => p.id,
    name: portLabel,
    list: (api, query) => api.network.pagePorts({ ...query, filters: { network_id: network.id } }),
    get: (api, id) => api.network.getPort(id),
    paging: 'server',
    filter: {
      label: 'Filter ports by name, address or MAC',
      match: (p, q) =>
        [p.name, p.mac_address, ...p.fixed_ips.map((f) => f.ip_address)]
          .join(' ')
          .toLowerCase()
          .includes(q.toLowerCase()),
    },
    columns: [
      { id: 'name', header: 'Name', cell: portLabel, sortValue: (p) => p.name, link: true },
      {
        id: 'fixed_ips',
        header: 'Fixed IPs',
        cell: (p) => <Lines mono items={p.fixed_ips.map((f) => f.ip_address)} />,
      },
      { id: 'mac', header: 'MAC Address', cell: (p) => <Mono>{p.mac_address}</Mono> },
      {
        id: 'device',
        header: 'Attached Device',
        cell: (p) => orDash(p.device_owner),
        sortValue: (p) => p.device_owner,
      },
      {
        id: 'status',
        header: 'Status',
        cell: (p) => <NeutronStatus status={p.status} />,
        sortValue: (p) => p.status,
      },
      { id: 'admin', header: 'Admin State', cell: (p) => adminState(p.admin_state_up) },
    ],
    createActions: [
      { id: 'create-port', label: 'Create Port', launcher: createPortLauncher(network) },
    ],
    rowActions: [
      formRowAction<PortDetail, ReturnType<typeof editPortForm>['schema']>({
        id: 'edit',
        label: 'Edit Port',
        form: async ({ api, session }, p) => {
          const groups = await api.network.listSecurityGroups({ project_id: session.project.id });
          return editPortForm(
            p,
            groups.map((g) => ({ id: g.id, name: g.name })),
          );
        },
        run: async ({ api }, p, input) => {
          await api.network.updatePort(p.id, input);
        },
        success: (rows, input) => `Updated port "${input.name || portLabel(rows[0]!)}".`,
        failure: (p) => `Unable to update port "${portLabel(p)}".`,
        equivalents: (rows, values) =>
          updatePortEquivalents(rows[0]!.id, portUpdateRequest(values ?? {})),
      }),
      deleteAction<PortDetail>({
        singular: 'Port',
        plural: 'Ports',
        body: 'An instance using the port loses that network card.',
        run: ({ api }, p) => api.network.deletePort(p.id),
        equivalents: (rows) => deletePortEquivalents(rows.map((p) => p.id)),
      }),
    ],
    detail: {
      fields: [
        { label: 'Name', value: (p) => orDash(p.name) },
        { label: 'ID', value: (p) => <Mono>{p.id}</Mono> },
        {
          label: 'Network',
          value: (p) => (
            <Link
              href={`/project/networks/${encodeURIComponent(p.network_id)}`}
              className="text-accent hover:underline"
            >
              {network.name || p.network_id}
            </Link>
          ),
        },
        { label: 'Project ID', value: (p) => <Mono>{p.project_id}</Mono> },
        { label: 'MAC Address', value: (p) => <Mono>{p.mac_address}</Mono> },
        { label: 'Status', value: (p) => <NeutronStatus status={p.status} /> },
        { label: 'Admin State', value: (p) => adminState(p.admin_state_up) },
        { label: 'Port Security Enabled', value: (p) => yesNo(p.port_security_enabled) },
        {
          label: 'Fixed IPs',
          value: (p) => (
            <Lines
              mono
              items={p.fixed_ips.map(
                (f) => `IP address: ${f.ip_address}, Subnet ID: ${f.subnet_id}`,
              )}
            />
          ),
        },
        { label: 'Attached Device', value: (p) => orDash(p.device_owner) },
        { label: 'Device ID', value: deviceLink },
        { label: 'Security Groups', value: (p) => <Lines mono items={p.security_groups} /> },
        {
          label: 'Allowed Address Pairs',
          value: (p) => (
            <Lines
              mono
              items={p.allowed_address_pairs.map((a) => `${a.ip_address} (${a.mac_address})`)}
            />
          ),
        },
        { label: 'VNIC Type', value: (p) => orDash(p['binding:vnic_type']) },
        { label: 'Created', value: (p) => orDash(p.created_at) },
        { label: 'Updated', value: (p) => orDash(p.updated_at) },
      ],
    },
    emptyMessage: 'No ports to display.',
  };
}
