'use client';
// Server Groups: an optional group whose policy places the instance.
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import type { ServerGroup } from '@/lib/openstack/compute/server-group-schemas';
import { stringValue, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

function policy(group: ServerGroup): string {
  return group.policy ?? group.policies?.join(', ') ?? '-';
}

const COLUMNS: DataTableColumn<ServerGroup>[] = [
  { id: 'name', header: 'Name', cell: (g) => g.name, sortValue: (g) => g.name.toLowerCase() },
  { id: 'policy', header: 'Policy', cell: policy },
  { id: 'members', header: 'Members', cell: (g) => g.members.length },
];

export function ServerGroupStep({ values, setValue, data }: StepProps & { data: LaunchData }) {
  const chosen = stringValue(values, 'server_group');
  return (
    <div className="space-y-2">
      <DataTable<ServerGroup>
        label="Server groups"
        columns={COLUMNS}
        rows={data.serverGroups.data}
        rowKey={(g) => g.id}
        rowLabel={(g) => g.name}
        loading={data.serverGroups.isLoading}
        error={tableError(data.serverGroups)}
        selectable
        selectionMode="single"
        selected={new Set(chosen ? [chosen] : [])}
        onSelectedChange={(next) => setValue('server_group', [...next][0] ?? '')}
        emptyMessage="The project has no server group. This step is optional."
        skeletonRows={2}
      />
      {chosen && (
        <Button size="sm" onClick={() => setValue('server_group', '')}>
          No server group
        </Button>
      )}
    </div>
  );
}
