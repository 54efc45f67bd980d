// Key Pairs. api-ref: compute v2.1, "Keypairs (keypairs)".
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import { createKeypairInput, importKeypairInput } from '@/lib/openstack/compute/keypair-inputs';
import type { Keypair } from '@/lib/openstack/compute/keypair-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import {
  createKeypairEquivalents,
  deleteKeypairEquivalents,
  importKeypairEquivalents,
} from './keypairs-equivalents';
import { PrivateKeyResult } from './private-key-result';

const TYPE_OPTIONS = [
  { value: 'ssh', label: 'SSH Key' },
  { value: 'x509', label: 'X509 Certificate' },
];

const NAME_HELP = 'Letters, numbers, spaces, underscores and hyphens; up to 255 characters.';

function typeOf(values: FormValues): 'ssh' | 'x509' {
  return values.type === 'x509' ? 'x509' : 'ssh';
}

export const keypairs: ResourceDefinition<Keypair> = {
  panel: PANELS.keypairs,
  apiRef: 'compute v2.1: Keypairs (keypairs)',
  singular: 'Key Pair',
  key: (k) => k.name,
  name: (k) => k.name,
  list: (api, query) => api.compute.listKeypairs(query),
  get: (api, name) => api.compute.getKeypair(name),
  paging: 'server',
  filter: {
    label: 'Filter key pairs by name',
    match: (k, text) => k.name.toLowerCase().includes(text.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Name', cell: (k) => k.name, sortValue: (k) => k.name, link: true },
    { id: 'type', header: 'Type', cell: (k) => k.type ?? 'ssh', sortValue: (k) => k.type ?? 'ssh' },
    {
      id: 'fingerprint',
      header: 'Fingerprint',
      cell: (k) => <Mono>{k.fingerprint}</Mono>,
      className: 'break-all',
    },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Key Pair',
      form: {
        title: 'Create Key Pair',
        submitLabel: 'Create Key Pair',
        description:
          'A key pair lets you log in to an instance without a password. The cloud keeps the public half and puts it into new instances; you keep the private half. The private key is shown once: download it now.',
        schema: createKeypairInput,
        defaults: { name: '', type: 'ssh' },
        fields: [
          { name: 'name', label: 'Key Pair Name', kind: 'text', required: true, help: NAME_HELP },
          {
            name: 'type',
            label: 'Key Type',
            kind: 'select',
            required: true,
            options: TYPE_OPTIONS,
          },
        ],
      },
      run: ({ api }, input) => api.compute.createKeypair(input),
      success: (input) => `Created key pair "${input.name}".`,
      renderResult: (result, close) => <PrivateKeyResult keypair={result} close={close} />,
      equivalents: (values) =>
        createKeypairEquivalents(formText(values, 'name', '<name>'), typeOf(values)),
    }),
    createAction({
      id: 'import',
      label: 'Import Public Key',
      form: {
        title: 'Import Public Key',
        submitLabel: 'Import Public Key',
        description:
          'Already have a key pair (for example ~/.ssh/id_ed25519)? Give the cloud only its public half, the .pub file. The private key never leaves your computer. Create one with: ssh-keygen -t ed25519',
        schema: importKeypairInput,
        defaults: { name: '', type: 'ssh', public_key: '' },
        fields: [
          { name: 'name', label: 'Key Pair Name', kind: 'text', required: true, help: NAME_HELP },
          {
            name: 'type',
            label: 'Key Type',
            kind: 'select',
            required: true,
            options: TYPE_OPTIONS,
          },
          {
            name: 'public_key',
            label: 'Public Key',
            kind: 'file-text',
            required: true,
            rows: 6,
            monospace: true,
            accept: '.pub,.pem,.crt,text/plain',
            maxFileBytes: 16 * 1024,
            placeholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@laptop',
          },
        ],
      },
      run: ({ api }, input) => api.compute.importKeypair(input),
      success: (input) => `Imported public key "${input.name}".`,
      equivalents: (values) => {
        const key = typeof values.public_key === 'string' ? values.public_key.trim() : '';
        return importKeypairEquivalents(
          formText(values, 'name', '<name>'),
          typeOf(values),
          key || '<public key>',
        );
      },
    }),
  ],
  rowActions: [
    deleteAction<Keypair>({
      singular: 'Key Pair',
      plural: 'Key Pairs',
      body: 'This action cannot be undone. Instances already using the key keep it; new instances can no longer use it.',
      run: ({ api }, k) => api.compute.deleteKeypair(k.name),
      equivalents: (rows) => deleteKeypairEquivalents(rows.map((k) => k.name)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: (k) => k.name },
      { label: 'Type', value: (k) => k.type ?? 'ssh' },
      {
        label: 'Fingerprint',
        value: (k) => <Mono wrap>{k.fingerprint}</Mono>,
      },
      { label: 'Created', value: (k) => orDash(k.created_at) },
      { label: 'User ID', value: (k) => orDash(k.user_id) },
      {
        label: 'Public Key',
        value: (k) => (
          <pre className="max-h-60 overflow-auto rounded border border-line bg-subtle p-2 font-mono text-xs break-all whitespace-pre-wrap">
            {k.public_key}
          </pre>
        ),
      },
    ],
  },
};
