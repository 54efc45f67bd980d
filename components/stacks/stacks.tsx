// Project → Orchestration → Stacks. api-ref: orchestration v1, "Stacks" and
// "Stack actions"; resources, events and the template in the detail's tabs.
import { deleteAction } from '@/components/resource/delete-action';
import { SelectedRows } from '@/components/resource/selected-rows';
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition, RowAction } from '@/lib/resources/types';
import { changeStackTemplate } from './change-template';
import { LaunchStackLazy } from './launch-stack-lazy';
import { StackEvents } from './stack-events';
import { StackResources } from './stack-resources';
import { isBusy, statusLabel } from './stack-status';
import { StackTemplate } from './stack-template';
import { StackTopology } from './stack-topology';
import { deleteStackEquivalents, stackActionEquivalents } from './stacks-equivalents';

/** deleteAction names rows by `name`; a stack has none (it names them by stack_name). */
type StackRow = Stack & { name?: undefined };

const ref = (s: Stack) => ({ name: s.stack_name, id: s.id });
const names = (rows: Stack[]) => rows.map((s) => s.stack_name).join(', ');

function stackAction(
  action: 'check' | 'suspend' | 'resume',
  label: string,
  done: string,
  body: string,
  allowed?: (s: Stack) => true | string,
): RowAction<Stack> {
  return {
    id: action,
    label,
    allowed: (s) => (isBusy(s.stack_status) ? 'The stack is busy.' : (allowed?.(s) ?? true)),
    batch: { label: `${label}s` },
    confirm: {
      title: `Confirm ${label}`,
      confirmLabel: label,
      body: (rows) => (
        <>
          <SelectedRows names={rows.map((s) => s.stack_name)} />
          <p className="text-muted">{body}</p>
        </>
      ),
    },
    run: ({ api }, s) => api.orchestration.stackAction(ref(s), action),
    success: (rows) => `${done}: ${names(rows)}`,
    failure: (s) => `Unable to ${label.toLowerCase()}: ${s.stack_name}`,
    equivalents: (rows) =>
      stackActionEquivalents(
        action,
        rows.map((s) => s.stack_name),
      ),
  };
}

function parameterList(s: Stack) {
  const entries = Object.entries(s.parameters ?? {}).filter(([k]) => !k.startsWith('OS::'));
  if (entries.length === 0) return '-';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd>
            <Mono>{typeof v === 'string' ? v : JSON.stringify(v)}</Mono>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function outputList(s: Stack) {
  if (!s.outputs?.length) return '-';
  return (
    <dl className="space-y-1">
      {s.outputs.map((o) => (
        <div key={o.output_key}>
          <dt className="font-medium">
            {o.output_key}
            {o.description ? <span className="ml-2 text-muted">{o.description}</span> : null}
          </dt>
          <dd>
            {o.output_error ? (
              <span className="text-bad-fg">{o.output_error}</span>
            ) : (
              <Mono>
                {typeof o.output_value === 'string'
                  ? o.output_value
                  : JSON.stringify(o.output_value ?? null)}
              </Mono>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export const stacks: ResourceDefinition<Stack> = {
  panel: PANELS.stacks,
  apiRef: 'orchestration v1: Stacks',
  singular: 'Stack',
  key: (s) => s.id,
  name: (s) => s.stack_name,
  list: (api, query) =>
    api.orchestration.listStacks({
      limit: query.limit,
      marker: query.marker,
      filters: query.filters,
      sortKeys: 'created_at',
      sortDir: 'desc',
    }),
  get: async (api, id) => api.orchestration.getStack(await api.orchestration.findStack(id)),
  paging: 'server',
  serverFilters: [
    { id: 'name', label: 'Stack Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  transitional: (s) => isBusy(s.stack_status),
  columns: [
    {
      id: 'name',
      header: 'Stack Name',
      cell: (s) => s.stack_name,
      sortValue: (s) => s.stack_name,
      link: true,
    },
    {
      id: 'created',
      header: 'Created',
      cell: (s) => orDash(s.creation_time),
      sortValue: (s) => s.creation_time ?? '',
    },
    {
      id: 'updated',
      header: 'Updated',
      cell: (s) => orDash(s.updated_time),
      sortValue: (s) => s.updated_time ?? '',
    },
    {
      id: 'status',
      header: 'Status',
      cell: (s) => <StatusBadge status={s.stack_status} label={statusLabel(s.stack_status)} />,
      sortValue: (s) => s.stack_status,
    },
  ],
  createActions: [{ id: 'launch', label: 'Launch Stack', launcher: LaunchStackLazy }],
  rowActions: [
    changeStackTemplate,
    stackAction(
      'check',
      'Check Stack',
      'Checked Stack',
      "Heat asks every resource's service whether it is still as the stack left it.",
    ),
    stackAction(
      'suspend',
      'Suspend Stack',
      'Suspended Stack',
      'Servers are suspended; resources that cannot be suspended stay as they are.',
      (s) => (s.stack_status === 'SUSPEND_COMPLETE' ? 'The stack is already suspended.' : true),
    ),
    stackAction(
      'resume',
      'Resume Stack',
      'Resumed Stack',
      'Suspended resources start again.',
      (s) => (s.stack_status === 'SUSPEND_COMPLETE' ? true : 'Only a suspended stack resumes.'),
    ),
    deleteAction<StackRow>({
      singular: 'Stack',
      plural: 'Stacks',
      name: (s) => s.stack_name,
      body: 'Every resource the stack made is deleted with it. This action cannot be undone.',
      run: ({ api }, s) => api.orchestration.deleteStack(ref(s)),
      equivalents: (rows) => deleteStackEquivalents(rows.map((s) => s.stack_name)),
      removesRow: false,
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: (s) => s.stack_name },
      { label: 'ID', value: (s) => <Mono>{s.id}</Mono> },
      { label: 'Description', value: (s) => orDash(s.description) },
      {
        label: 'Status',
        value: (s) => <StatusBadge status={s.stack_status} label={statusLabel(s.stack_status)} />,
      },
      { label: 'Status Reason', value: (s) => orDash(s.stack_status_reason) },
      { label: 'Created', value: (s) => orDash(s.creation_time) },
      { label: 'Last Updated', value: (s) => orDash(s.updated_time) },
      { label: 'Timeout', value: (s) => (s.timeout_mins ? `${s.timeout_mins} Minutes` : '-') },
      { label: 'Rollback', value: (s) => (s.disable_rollback === false ? 'Enabled' : 'Disabled') },
      { label: 'Parameters', value: parameterList },
      { label: 'Outputs', value: outputList },
    ],
    tabs: [
      { id: 'topology', label: 'Topology', render: (s) => <StackTopology stack={s} /> },
      { id: 'resources', label: 'Resources', render: (s) => <StackResources stack={s} /> },
      { id: 'events', label: 'Events', render: (s) => <StackEvents stack={s} /> },
      { id: 'template', label: 'Template', render: (s) => <StackTemplate stack={s} /> },
    ],
  },
  emptyMessage: 'No stacks to display. Make one with "Launch Stack".',
};
