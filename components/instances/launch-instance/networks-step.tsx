'use client';
// Networks: an ordered choice (one network card per network, in this order).
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { FormField } from '@/components/ui/form-field';
import type { Network } from '@/lib/openstack/network/neutron-schemas';
import { listValue, PickerError, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

const COLUMNS: DataTableColumn<Network>[] = [
  { id: 'name', header: 'Network', cell: (n) => n.name || n.id, className: 'break-all' },
  { id: 'subnets', header: 'Subnets', cell: (n) => n.subnets.length },
  { id: 'shared', header: 'Shared', cell: (n) => (n.shared ? 'Yes' : 'No') },
];

function label(n: Network): string {
  return n.name || n.id;
}

export function NetworksStep({ values, setValue, errors, data }: StepProps & { data: LaunchData }) {
  const all = data.networks.data;
  const chosen = listValue(values, 'networks');
  const ports = listValue(values, 'ports');
  const byId = new Map(all?.map((n) => [n.id, n]));
  const allocated = all
    ? chosen.map((id) => byId.get(id)).filter((n) => n !== undefined)
    : undefined;
  const available = all?.filter((n) => !chosen.includes(n.id));

  function move(id: string, by: number) {
    const next = [...chosen];
    const from = next.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= next.length) return;
    [next[from], next[to]] = [next[to] as string, next[from] as string];
    setValue('networks', next);
  }

  const only = all?.length === 1 ? all[0] : undefined;
  return (
    <div className="space-y-4">
      <section className="space-y-2" aria-label="Allocated networks">
        <h3 className="text-sm font-medium">Allocated</h3>
        <DataTable<Network>
          label="Allocated networks"
          columns={[
            {
              id: 'nic',
              header: 'NIC',
              cell: (n) => chosen.indexOf(n.id) + 1,
              className: 'w-12',
            },
            ...COLUMNS,
          ]}
          rows={allocated}
          rowKey={(n) => n.id}
          rowLabel={label}
          loading={data.networks.isLoading}
          error={tableError(data.networks)}
          emptyMessage="No network chosen yet: add one from the list below."
          skeletonRows={1}
          rowActions={(n) => {
            const index = chosen.indexOf(n.id);
            return (
              <span className="inline-flex gap-1">
                <Button
                  size="sm"
                  aria-label={`Move ${label(n)} up`}
                  disabled={index === 0}
                  onClick={() => move(n.id, -1)}
                >
                  ↑
                </Button>
                <Button
                  size="sm"
                  aria-label={`Move ${label(n)} down`}
                  disabled={index === chosen.length - 1}
                  onClick={() => move(n.id, 1)}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  aria-label={`Remove ${label(n)}`}
                  onClick={() =>
                    setValue(
                      'networks',
                      chosen.filter((id) => id !== n.id),
                    )
                  }
                >
                  Remove
                </Button>
              </span>
            );
          }}
        />
        <PickerError message={errors.networks} />
      </section>

      {only && chosen.length === 0 && ports.length === 0 && (
        <Alert tone="info">
          This project has one network, <strong>{label(only)}</strong>: the instance is connected to
          it unless you choose otherwise.
        </Alert>
      )}
      {all?.length === 0 && ports.length === 0 && (
        <FormField
          field={{
            name: 'network_fallback',
            label: 'This project has no network. Launch the instance with',
            kind: 'radio',
            options: [
              { value: 'none', label: 'no network (none)' },
              { value: 'auto', label: 'a network the cloud creates (auto)' },
            ],
            help: '"auto" works only where the cloud\'s administrators have set up automatic network allocation.',
          }}
          value={values.network_fallback}
          error={errors.network_fallback}
          onChange={(value) => setValue('network_fallback', value)}
        />
      )}

      <section className="space-y-2" aria-label="Available networks">
        <h3 className="text-sm font-medium">Available</h3>
        <DataTable<Network>
          label="Available networks"
          columns={COLUMNS}
          rows={data.networks.error ? [] : available}
          rowKey={(n) => n.id}
          rowLabel={label}
          loading={data.networks.isLoading}
          emptyMessage={
            all && all.length > 0 ? 'Every network is allocated.' : 'No network is available.'
          }
          skeletonRows={2}
          rowActions={(n) => (
            <Button
              size="sm"
              aria-label={`Add ${label(n)}`}
              onClick={() => setValue('networks', [...chosen, n.id])}
            >
              Add
            </Button>
          )}
        />
      </section>
    </div>
  );
}
