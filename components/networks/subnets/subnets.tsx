// The Subnets of one network (its detail tab, and the subnet's own page).
// api-ref: network v2, "Subnets".
import Link from 'next/link';
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import type { SubnetDetail } from '@/lib/openstack/network/subnet-schemas';
import type { Panel } from '@/lib/panels';
import { createAction, formRowAction, type ResourceDefinition } from '@/lib/resources/types';
import { insideNetwork, Lines, yesNo } from '../network-cells';
import {
  createSubnetEquivalents,
  deleteSubnetEquivalents,
  updateSubnetEquivalents,
} from '../networks-equivalents';
import { createSubnetForm, editSubnetForm } from './subnet-form';
import { subnetCreateRequest, subnetUpdateRequest } from './subnet-inputs';

export interface NetworkRef {
  id: string;
  name: string;
}

const label = (s: SubnetDetail) => s.name || `(${s.id.slice(0, 13)})`;

/** Subnets of `network`; `panel` is where its rows link and its crumbs lead. */
export function subnetsOf(network: NetworkRef, panel?: Panel): ResourceDefinition<SubnetDetail> {
  return {
    panel: panel ?? insideNetwork('subnets', network.id, 'Subnets'),
    apiRef: 'network v2: Subnets',
    singular: 'Subnet',
    key: (s) => s.id,
    name: label,
    list: (api, query) =>
      api.network.pageSubnets({ ...query, filters: { network_id: network.id } }),
    get: (api, id) => api.network.getSubnet(id),
    paging: 'server',
    filter: {
      label: 'Filter subnets by name or address',
      match: (s, q) => `${s.name} ${s.cidr}`.toLowerCase().includes(q.toLowerCase()),
    },
    columns: [
      { id: 'name', header: 'Name', cell: label, sortValue: (s) => s.name, link: true },
      {
        id: 'cidr',
        header: 'Network Address',
        cell: (s) => <Mono>{s.cidr}</Mono>,
        sortValue: (s) => s.cidr,
      },
      { id: 'ip_version', header: 'IP Version', cell: (s) => `IPv${s.ip_version}` },
      { id: 'gateway', header: 'Gateway IP', cell: (s) => <Mono>{orDash(s.gateway_ip)}</Mono> },
    ],
    createActions: [
      createAction({
        id: 'create-subnet',
        label: 'Create Subnet',
        form: createSubnetForm(network.name || network.id),
        run: ({ api }, values) => api.network.createSubnet(subnetCreateRequest(values, network.id)),
        success: (values) =>
          `Created subnet "${String(values.subnet_name ?? '') || 'without a name'}".`,
        equivalents: (values) => createSubnetEquivalents(subnetCreateRequest(values, network.id)),
      }),
    ],
    rowActions: [
      formRowAction<SubnetDetail, ReturnType<typeof editSubnetForm>['schema']>({
        id: 'edit',
        label: 'Edit Subnet',
        form: (_ctx, s) => editSubnetForm(s),
        run: async ({ api }, s, input) => {
          await api.network.updateSubnet(s.id, input);
        },
        success: (rows, input) => `Updated subnet "${input.name || label(rows[0]!)}".`,
        failure: (s) => `Unable to update subnet "${label(s)}".`,
        equivalents: (rows, values) =>
          updateSubnetEquivalents(rows[0]!.id, subnetUpdateRequest(values ?? {})),
      }),
      deleteAction<SubnetDetail>({
        singular: 'Subnet',
        plural: 'Subnets',
        body: 'Ports with an address on the subnet must be deleted first; Neutron says which.',
        run: ({ api }, s) => api.network.deleteSubnet(s.id),
        equivalents: (rows) => deleteSubnetEquivalents(rows.map((s) => s.id)),
      }),
    ],
    detail: {
      fields: [
        { label: 'Name', value: (s) => orDash(s.name) },
        { label: 'ID', value: (s) => <Mono>{s.id}</Mono> },
        {
          label: 'Network',
          value: (s) => (
            <Link
              href={`/project/networks/${encodeURIComponent(s.network_id)}`}
              className="text-accent hover:underline"
            >
              {network.name || s.network_id}
            </Link>
          ),
        },
        { label: 'Subnet Pool', value: (s) => <Mono>{orDash(s.subnetpool_id)}</Mono> },
        { label: 'IP Version', value: (s) => `IPv${s.ip_version}` },
        { label: 'CIDR', value: (s) => <Mono>{s.cidr}</Mono> },
        {
          label: 'IP Allocation Pools',
          value: (s) => (
            <Lines mono items={s.allocation_pools.map((p) => `Start ${p.start} - End ${p.end}`)} />
          ),
        },
        { label: 'Gateway IP', value: (s) => <Mono>{orDash(s.gateway_ip)}</Mono> },
        { label: 'DHCP Enabled', value: (s) => yesNo(s.enable_dhcp) },
        {
          label: 'Additional Routes',
          value: (s) => (
            <Lines
              mono
              items={s.host_routes.map(
                (r) => `Destination: ${r.destination}, Next Hop: ${r.nexthop}`,
              )}
            />
          ),
        },
        { label: 'DNS Name Servers', value: (s) => <Lines mono items={s.dns_nameservers} /> },
        ...(['ipv6_address_mode', 'ipv6_ra_mode'] as const).map((key) => ({
          label: key === 'ipv6_address_mode' ? 'IPv6 Address Mode' : 'IPv6 RA Mode',
          value: (s: SubnetDetail) => orDash(s[key]),
        })),
        { label: 'Created', value: (s) => orDash(s.created_at) },
        { label: 'Updated', value: (s) => orDash(s.updated_at) },
      ],
    },
    emptyMessage: 'No subnets to display. Create one with "Create Subnet".',
  };
}
