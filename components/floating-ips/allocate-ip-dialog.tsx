'use client';
// Allocate IP To Project: a form built from the cloud's pools (its external
// networks); admins may also ask for a given address, as Neutron's policy allows.
import useSWR from 'swr';
import { useActionOutcome } from '@/components/resource/use-action-outcome';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormPending } from '@/components/ui/form-pending';
import { formText } from '@/lib/forms/text';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { LauncherProps } from '@/lib/resources/types';
import { allocateFloatingIpInput } from './floating-ip-inputs';
import { poolNames } from './floating-ip-targets';
import { allocateFloatingIpEquivalents } from './floating-ips-equivalents';

const TITLE = 'Allocate Floating IP';

export function allocateFormSpec(
  pools: Record<string, string>,
  isAdmin: boolean,
): FormSpec<typeof allocateFloatingIpInput> {
  const options = Object.entries(pools)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    title: TITLE,
    submitLabel: 'Allocate IP',
    description:
      'Allocate a floating IP from a given floating IP pool (an external network). A floating IP is a public address the project keeps until it releases it; associate it with an instance to reach the instance from outside.',
    schema: allocateFloatingIpInput,
    defaults: { pool: options[0]?.value ?? '', description: '', floatingIpAddress: '' },
    fields: [
      {
        name: 'pool',
        label: 'Pool',
        kind: 'select',
        required: true,
        options:
          options.length > 0 ? options : [{ value: '', label: 'No floating IP pools available' }],
      },
      { name: 'description', label: 'Description', kind: 'text' },
      ...(isAdmin
        ? [
            {
              name: 'floatingIpAddress',
              label: 'Floating IP Address (optional)',
              kind: 'text' as const,
              help: 'The IP address to allocate from the pool. Leave it empty to get any free address.',
            },
          ]
        : []),
    ],
  };
}

export function allocateEquivalents(pools: Record<string, string>, values: FormValues) {
  const id = formText(values, 'pool', '');
  return allocateFloatingIpEquivalents({
    pool: pools[id] ?? (id || '<pool>'),
    description: formText(values, 'description'),
    floatingIpAddress: formText(values, 'floatingIpAddress'),
  });
}

export function AllocateIpDialog({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const session = useDashboardSession();
  const scope = useScopeKey();
  const { attempt } = useActionOutcome();
  const { data: pools, error } = useSWR(['floating-ip-pools', scope], () => poolNames(api));

  return (
    <FormDialog
      spec={pools ? allocateFormSpec(pools, session.roles.includes('admin')) : null}
      open={open}
      onClose={onClose}
      pendingTitle={TITLE}
      pending={
        <FormPending
          error={error ? (error as Error).message : null}
          errorTitle="Unable to retrieve floating IP pools."
          loading="Loading floating IP pools…"
        />
      }
      equivalents={(values) => allocateEquivalents(pools ?? {}, values)}
      onSubmit={async (input) => {
        const fip = await attempt(() =>
          api.network.createFloatingIp({
            floatingNetworkId: input.pool,
            description: input.description || undefined,
            floatingIpAddress: input.floatingIpAddress || undefined,
          }),
        );
        onCreated(`Allocated Floating IP ${fip.floating_ip_address}.`);
      }}
    />
  );
}
