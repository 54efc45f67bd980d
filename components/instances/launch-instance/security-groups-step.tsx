'use client';
// Security Groups: the firewalls around the instance (default: the project's `default`).
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import type { SecurityGroup } from '@/lib/openstack/network/neutron-schemas';
import { listValue, PickerError, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

/** Nova takes a group by name; a name two groups share must be given as the id. */
export function securityGroupRef(group: SecurityGroup, all: SecurityGroup[]): string {
  return all.filter((g) => g.name === group.name).length > 1 ? group.id : group.name;
}

const COLUMNS: DataTableColumn<SecurityGroup>[] = [
  { id: 'name', header: 'Name', cell: (g) => g.name, sortValue: (g) => g.name.toLowerCase() },
  { id: 'description', header: 'Description', cell: (g) => g.description || '-' },
  { id: 'rules', header: 'Rules', cell: (g) => g.security_group_rules?.length ?? '-' },
];

export function SecurityGroupsStep({
  values,
  setValue,
  errors,
  data,
}: StepProps & { data: LaunchData }) {
  const all = data.securityGroups.data ?? [];
  const chosen = listValue(values, 'security_groups');
  return (
    <div className="space-y-2">
      <DataTable<SecurityGroup>
        label="Security groups"
        columns={COLUMNS}
        rows={data.securityGroups.data}
        rowKey={(g) => securityGroupRef(g, all)}
        rowLabel={(g) => g.name}
        loading={data.securityGroups.isLoading}
        error={tableError(data.securityGroups)}
        selectable
        selected={new Set(chosen)}
        onSelectedChange={(next) => setValue('security_groups', [...next])}
        skeletonRows={2}
      />
      {chosen.length === 0 && (
        <p className="text-xs text-muted">
          With no group ticked, Nova puts the instance in the project&apos;s default group.
        </p>
      )}
      <PickerError message={errors.security_groups} />
    </div>
  );
}
