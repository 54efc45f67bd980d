'use client';
// Flavor: the instance's size; flavors that cannot be used now say why, in their row.
import { Alert } from '@/components/ui/alert';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import {
  flavorCheckFor,
  flavorProblem,
  grouped,
  type LaunchContext,
  type QuotaSummary,
} from '../instances-launch';
import { PickerError, stringValue, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

export function formatRam(mb: number): string {
  return mb >= 1024 && mb % 1024 === 0 ? `${mb / 1024} GB` : `${grouped(mb)} MB`;
}

const NOWRAP = 'whitespace-nowrap';

const COLUMNS: DataTableColumn<Flavor>[] = [
  { id: 'name', header: 'Name', cell: (f) => f.name, sortValue: (f) => f.name.toLowerCase() },
  { id: 'vcpus', header: 'VCPUs', cell: (f) => f.vcpus, sortValue: (f) => f.vcpus },
  {
    id: 'ram',
    header: 'RAM',
    cell: (f) => formatRam(f.ram),
    sortValue: (f) => f.ram,
    className: NOWRAP,
  },
  {
    id: 'disk',
    header: 'Root Disk',
    cell: (f) => `${f.disk} GB`,
    sortValue: (f) => f.disk,
    className: NOWRAP,
  },
  {
    id: 'ephemeral',
    header: 'Ephemeral',
    cell: (f) => `${f['OS-FLV-EXT-DATA:ephemeral'] ?? 0} GB`,
    className: NOWRAP,
  },
  {
    id: 'public',
    header: 'Public',
    cell: (f) => (f['os-flavor-access:is_public'] === false ? 'No' : 'Yes'),
  },
];

function left(n: number, unit = ''): string {
  return n === Infinity ? 'unlimited' : `${grouped(n)}${unit}`;
}

function QuotaLine({ quota }: { quota: QuotaSummary }) {
  return (
    <p className="text-xs text-muted">
      Left in the project&apos;s quota: {left(quota.instances.left)} instances,{' '}
      {left(quota.cores.left)} VCPUs, {left(quota.ram.left, ' MB')} RAM.
    </p>
  );
}

export function FlavorStep({
  values,
  setValue,
  errors,
  data,
  ctx,
}: StepProps & { data: LaunchData; ctx: LaunchContext }) {
  const check = flavorCheckFor(values, ctx);
  const chosen = stringValue(values, 'flavor');
  return (
    <div className="space-y-2">
      {ctx.quota && <QuotaLine quota={ctx.quota} />}
      {data.limits.error && (
        <Alert tone="warning" title="The quota could not be read.">
          {data.limits.error.message} Flavors are not checked against the quota.
        </Alert>
      )}
      <DataTable<Flavor>
        label="Flavors"
        columns={COLUMNS}
        rows={data.flavors.data}
        rowKey={(f) => f.id}
        rowLabel={(f) => f.name}
        loading={data.flavors.isLoading}
        error={tableError(data.flavors)}
        selectable
        selectionMode="single"
        rowDisabled={(f) => flavorProblem(f, check)}
        selected={new Set(chosen ? [chosen] : [])}
        onSelectedChange={(next) => setValue('flavor', [...next][0] ?? '')}
        emptyMessage="No flavor is available to this project."
        skeletonRows={3}
      />
      <PickerError message={errors.flavor} />
    </div>
  );
}
