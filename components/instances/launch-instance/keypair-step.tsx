'use client';
// Key Pair: pick one, or create / import one here without leaving the wizard.
import { useState, type KeyboardEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Mono } from '@/components/ui/cells';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { downloadPrivateKey } from '@/lib/client/download-private-key';
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import type { Api } from '@/lib/openstack/api';
import { createKeypairInput, importKeypairInput } from '@/lib/openstack/compute/keypair-inputs';
import type { Keypair } from '@/lib/openstack/compute/keypair-schemas';
import { stringValue, tableError, type StepProps } from './step-parts';
import type { LaunchData } from './use-launch-data';

const COLUMNS: DataTableColumn<Keypair>[] = [
  { id: 'name', header: 'Name', cell: (k) => k.name, sortValue: (k) => k.name.toLowerCase() },
  { id: 'type', header: 'Type', cell: (k) => k.type ?? 'ssh' },
  {
    id: 'fingerprint',
    header: 'Fingerprint',
    cell: (k) => <Mono>{k.fingerprint}</Mono>,
    className: 'break-all',
  },
];

const NAME: FieldSpec = {
  name: 'name',
  label: 'Key Pair Name',
  kind: 'text',
  required: true,
  help: 'Letters, numbers, spaces, underscores and hyphens.',
};
const TYPE: FieldSpec = {
  name: 'type',
  label: 'Key Type',
  kind: 'select',
  options: [
    { value: 'ssh', label: 'SSH Key' },
    { value: 'x509', label: 'X509 Certificate' },
  ],
};
const PUBLIC_KEY: FieldSpec = {
  name: 'public_key',
  label: 'Public Key',
  kind: 'file-text',
  required: true,
  rows: 4,
  monospace: true,
  accept: '.pub,.pem,.crt,text/plain',
  maxFileBytes: 16 * 1024,
  placeholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@laptop',
};

const EMPTY: FormValues = { name: '', type: 'ssh', public_key: '' };

type Mode = 'create' | 'import';

export function KeypairStep({
  values,
  setValue,
  data,
  api,
}: StepProps & { data: LaunchData; api: Api }) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [form, setForm] = useState<FormValues>(EMPTY);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Keypair | null>(null);
  const chosen = stringValue(values, 'key_name');

  const validation = validateForm(
    mode === 'import' ? importKeypairInput : createKeypairInput,
    form,
  );

  function open(next: Mode) {
    setMode(next);
    setForm(EMPTY);
    setTouched({});
    setAttempted(false);
    setError(null);
  }

  async function submit() {
    setAttempted(true);
    if (!mode) return;
    setBusy(true);
    setError(null);
    try {
      let keypair: Keypair;
      if (mode === 'import') {
        const input = validateForm(importKeypairInput, form);
        if (!input.ok) return;
        keypair = await api.compute.importKeypair(input.data);
      } else {
        const input = validateForm(createKeypairInput, form);
        if (!input.ok) return;
        keypair = await api.compute.createKeypair(input.data);
        // Nova hands the private key over this once: save it now, as Horizon does.
        if (keypair.private_key) downloadPrivateKey(keypair.name, keypair.private_key);
      }
      setCreated(keypair);
      setMode(null);
      setValue('key_name', keypair.name);
      data.keypairs.retry();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Enter in this small form creates the key; it must not launch the instance.
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void submit();
    }
  }

  const field = (spec: FieldSpec) => (
    <FormField
      field={spec}
      value={form[spec.name]}
      error={attempted || touched[spec.name] ? validation.errors[spec.name] : undefined}
      onChange={(value) => {
        setForm((f) => ({ ...f, [spec.name]: value }));
        setTouched((t) => ({ ...t, [spec.name]: true }));
      }}
      onBlur={() => setTouched((t) => ({ ...t, [spec.name]: true }))}
    />
  );

  return (
    <div className="space-y-3">
      {created && (
        <Alert tone="success" title={`Key pair "${created.name}" is ready and chosen.`}>
          {created.private_key ? (
            <div className="space-y-2">
              <p>
                The private key was downloaded as {created.name}.pem. The cloud does not keep it:
                this is the only chance to save it.
              </p>
              <Button
                size="sm"
                onClick={() => downloadPrivateKey(created.name, created.private_key ?? '')}
              >
                Download Private Key
              </Button>
            </div>
          ) : null}
        </Alert>
      )}

      <DataTable<Keypair>
        label="Key pairs"
        columns={COLUMNS}
        rows={data.keypairs.data}
        rowKey={(k) => k.name}
        rowLabel={(k) => k.name}
        loading={data.keypairs.isLoading}
        error={tableError(data.keypairs)}
        selectable
        selectionMode="single"
        selected={new Set(chosen ? [chosen] : [])}
        onSelectedChange={(next) => setValue('key_name', [...next][0] ?? '')}
        emptyMessage="You have no key pair yet: create or import one."
        skeletonRows={2}
      />

      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => open('create')} disabled={mode === 'create'}>
          Create Key Pair
        </Button>
        <Button size="sm" onClick={() => open('import')} disabled={mode === 'import'}>
          Import Key Pair
        </Button>
        {chosen && (
          <Button size="sm" onClick={() => setValue('key_name', '')}>
            No key pair
          </Button>
        )}
      </div>

      {mode && (
        <div
          role="group"
          aria-label={mode === 'create' ? 'Create Key Pair' : 'Import Key Pair'}
          onKeyDown={onKeyDown}
          className="space-y-3 rounded border border-line bg-subtle p-3"
        >
          {error && (
            <Alert tone="error" title="Error">
              {error}
            </Alert>
          )}
          {field(NAME)}
          {field(TYPE)}
          {mode === 'import' && field(PUBLIC_KEY)}
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="primary"
              onClick={() => void submit()}
              disabled={busy || (attempted && !validation.ok)}
            >
              {busy && <Spinner label="Working" />}
              {mode === 'create' ? 'Create and Choose' : 'Import and Choose'}
            </Button>
            <Button size="sm" onClick={() => setMode(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
