// Instances. api-ref: compute v2.1, "Servers (servers)" and "Servers - run an action".
import { Age, Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatAge } from '@/lib/format/age';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { InstanceActionLog } from './instance-action-log';
import { instanceRowActions } from './instance-actions';
import { InstanceConsole } from './instance-console';
import { InstanceInterfaces } from './instance-interfaces';
import { InstanceIpCell } from './instance-ip-cell';
import { InstanceLog } from './instance-log';
import {
  imageId,
  ipAddresses,
  isTransitional,
  powerStateLabel,
  serverTone,
  statusLabel,
  taskLabel,
} from './instance-status';
import { InstanceVolumes } from './instance-volumes';
import { LaunchInstanceLazy } from './launch-instance/launch-instance-lazy';

function LockIcon() {
  return (
    <svg
      aria-label="Locked"
      role="img"
      viewBox="0 0 16 16"
      className="inline size-3.5 text-warn-fg"
      fill="currentColor"
    >
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1 1 0 0 1 13 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

function imageName(server: Server, names: Record<string, string> | undefined): string {
  const id = imageId(server);
  if (!id) return '-';
  return names?.[id] ?? id;
}

export const instances: ResourceDefinition<Server> = {
  panel: PANELS.instances,
  apiRef: 'compute v2.1: Servers (servers), Servers - run an action (servers, action)',
  singular: 'Instance',
  key: (s) => s.id,
  name: (s) => s.name,
  list: (api, query) => api.compute.listServers(query),
  get: (api, id) => api.compute.getServer(id),
  paging: 'server',
  serverFilters: [
    { id: 'name', label: 'Instance Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
    { id: 'image', label: 'Image ID', param: 'image' },
    { id: 'flavor', label: 'Flavor ID', param: 'flavor' },
    { id: 'ip', label: 'IPv4 Address', param: 'ip' },
  ],
  lookups: {
    // One Glance call for the images of the rows on screen, not every image.
    images: async (api, rows) => {
      const ids = [...new Set(rows.map(imageId).filter((id): id is string => Boolean(id)))];
      const images = await api.image.imagesByIds(ids);
      return Object.fromEntries(images.map((i) => [i.id, i.name ?? i.id]));
    },
  },
  transitional: isTransitional,
  emptyMessage: 'No instances to display. Launch one with "Launch Instance".',
  columns: [
    {
      id: 'name',
      header: 'Instance Name',
      link: true,
      sortValue: (s) => s.name,
      cell: (s) => s.name,
      suffix: (s) => (s.locked ? <LockIcon /> : null),
    },
    { id: 'image', header: 'Image Name', cell: (s, lookups) => imageName(s, lookups.images) },
    {
      id: 'ip',
      header: 'IP Address',
      className: 'whitespace-nowrap',
      sortValue: (s) => ipAddresses(s)[0] ?? '',
      cell: (s) => <InstanceIpCell server={s} />,
    },
    {
      id: 'flavor',
      header: 'Flavor',
      className: 'whitespace-nowrap',
      sortValue: (s) => s.flavor.original_name ?? '',
      cell: (s) => orDash(s.flavor.original_name),
    },
    { id: 'keypair', header: 'Key Pair', cell: (s) => orDash(s.key_name) },
    {
      id: 'status',
      header: 'Status',
      className: 'min-w-24',
      sortValue: (s) => s.status,
      cell: (s) => (
        <StatusBadge status={s.status} label={statusLabel(s.status)} tone={serverTone(s)} />
      ),
    },
    {
      id: 'az',
      className: 'whitespace-nowrap',
      header: 'Availability Zone',
      cell: (s) => orDash(s['OS-EXT-AZ:availability_zone']),
    },
    {
      id: 'task',
      className: 'whitespace-nowrap',
      header: 'Task',
      cell: (s) => taskLabel(s['OS-EXT-STS:task_state']),
    },
    {
      id: 'power',
      className: 'whitespace-nowrap',
      header: 'Power State',
      cell: (s) => powerStateLabel(s['OS-EXT-STS:power_state']),
    },
    {
      id: 'age',
      className: 'whitespace-nowrap',
      header: 'Age',
      sortValue: (s) => -Date.parse(s.created),
      // The server renders the first page a moment before the browser takes it over.
      cell: (s) => <Age since={s.created} />,
    },
  ],
  createActions: [{ id: 'launch', label: 'Launch Instance', launcher: LaunchInstanceLazy }],
  rowActions: instanceRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (s) => s.name },
      { label: 'ID', value: (s) => <Mono>{s.id}</Mono> },
      { label: 'Description', value: (s) => s.description || '-' },
      {
        label: 'Project ID',
        value: (s) => <Mono>{orDash(s.tenant_id)}</Mono>,
      },
      {
        label: 'Status',
        value: (s) => (
          <StatusBadge status={s.status} label={statusLabel(s.status)} tone={serverTone(s)} />
        ),
      },
      { label: 'Task', value: (s) => taskLabel(s['OS-EXT-STS:task_state']) },
      {
        label: 'Locked',
        value: (s) => (s.locked ? `Yes${s.locked_reason ? ` (${s.locked_reason})` : ''}` : 'No'),
      },
      { label: 'Availability Zone', value: (s) => orDash(s['OS-EXT-AZ:availability_zone']) },
      { label: 'Created', value: (s) => `${s.created} (${formatAge(s.created)} ago)` },
      {
        label: 'Flavor',
        value: (s) =>
          `${s.flavor.original_name ?? '-'}: ${s.flavor.vcpus ?? '?'} VCPU, ${s.flavor.ram ?? '?'} MB RAM, ${s.flavor.disk ?? '?'} GB disk`,
      },
      {
        label: 'IP Addresses',
        value: (s) =>
          Object.entries(s.addresses).length === 0
            ? '-'
            : Object.entries(s.addresses).map(([network, addrs]) => (
                <div key={network}>
                  <span className="text-muted">{network}:</span>{' '}
                  <Mono>{addrs.map((a) => a.addr).join(', ')}</Mono>
                </div>
              )),
      },
      {
        label: 'Security Groups',
        value: (s) => [...new Set((s.security_groups ?? []).map((g) => g.name))].join(', ') || '-',
      },
      { label: 'Key Name', value: (s) => orDash(s.key_name) },
      { label: 'Image', value: (s) => imageId(s) ?? '(booted from volume)' },
      {
        label: 'Volumes Attached',
        value: (s) => <InstanceVolumes server={s} />,
      },
      {
        label: 'Metadata',
        value: (s) =>
          Object.keys(s.metadata).length === 0
            ? '-'
            : Object.entries(s.metadata).map(([k, v]) => (
                <div key={k} className="font-mono text-xs">
                  {k}={v}
                </div>
              )),
      },
      {
        label: 'Fault',
        value: (s) =>
          s.fault ? (
            <span className="text-bad-fg">{`${s.fault.code}: ${s.fault.message}`}</span>
          ) : (
            '-'
          ),
      },
    ],
    tabs: [
      { id: 'interfaces', label: 'Interfaces', render: (s) => <InstanceInterfaces server={s} /> },
      { id: 'log', label: 'Log', render: (s) => <InstanceLog server={s} /> },
      { id: 'console', label: 'Console', render: (s) => <InstanceConsole server={s} /> },
      { id: 'action-log', label: 'Action Log', render: (s) => <InstanceActionLog server={s} /> },
    ],
  },
};
