'use client';
// Accept Transfer (a page action): take a volume another project offered, with
// the Transfer ID and Authorization Key its owner passed on.
import { useActionOutcome } from '@/components/resource/use-action-outcome';
import { FormDialog } from '@/components/ui/form-dialog';
import { formText } from '@/lib/forms/text';
import type { FormSpec } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import type { LauncherProps } from '@/lib/resources/types';
import { acceptTransferInput } from './volume-inputs';
import { acceptTransferEquivalents } from './volumes-equivalents';

export const acceptTransferSpec: FormSpec<typeof acceptTransferInput> = {
  title: 'Accept Volume Transfer',
  submitLabel: 'Accept Volume Transfer',
  description:
    'Ownership of a volume can be transferred from one project to another. The owner creates a transfer and gives you its Transfer ID and Authorization Key; accepting moves the volume into this project.',
  schema: acceptTransferInput,
  defaults: { transfer_id: '', auth_key: '' },
  fields: [
    { name: 'transfer_id', label: 'Transfer ID', kind: 'text', required: true, monospace: true },
    {
      name: 'auth_key',
      label: 'Authorization Key',
      kind: 'text',
      required: true,
      monospace: true,
      autoComplete: 'off',
    },
  ],
};

export function AcceptTransferDialog({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const { attempt } = useActionOutcome();
  return (
    <FormDialog
      spec={acceptTransferSpec}
      open={open}
      onClose={onClose}
      equivalents={(values) =>
        acceptTransferEquivalents(formText(values, 'transfer_id'), formText(values, 'auth_key'))
      }
      onSubmit={async (input) => {
        const accepted = await attempt(() =>
          api.volume.acceptTransfer(input.transfer_id, input.auth_key),
        );
        onCreated(`Successfully accepted volume transfer "${accepted.name ?? accepted.id}".`);
      }}
    />
  );
}
