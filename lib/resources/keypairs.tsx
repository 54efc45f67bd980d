// Key Pairs. api-ref: compute v2.1, "Keypairs (keypairs)".
import { PrivateKeyResult } from '@/components/keypairs/private-key-result';
import { hotName, py, sh, yaml, yamlBlock } from '@/lib/equivalents/quote';
import type { FormValues } from '@/lib/forms/types';
import { createKeypairInput, importKeypairInput, type Keypair } from '@/lib/schemas/compute';
import { PANELS } from './panels';
import { createAction, type ResourceDefinition } from './types';

const TYPE_OPTIONS = [
  { value: 'ssh', label: 'SSH Key' },
  { value: 'x509', label: 'X509 Certificate' },
];

const NAME_HELP = 'Letters, numbers, spaces, underscores and hyphens; up to 255 characters.';

function nameOf(values: FormValues): string {
  return typeof values.name === 'string' && values.name.trim() ? values.name.trim() : '<name>';
}

function typeOf(values: FormValues): string {
  return values.type === 'x509' ? 'x509' : 'ssh';
}

/** The CLI only sends a key type from compute microversion 2.2 on. */
function typeFlag(type: string): string {
  return type === 'x509' ? '--os-compute-api-version 2.2 ' : '';
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
      cell: (k) => <span className="font-mono text-xs">{k.fingerprint}</span>,
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
      equivalents: (values) => {
        const name = nameOf(values);
        const type = typeOf(values);
        return {
          cli: `openstack ${typeFlag(type)}keypair create ${type === 'x509' ? '--type x509 ' : ''}--private-key ${sh(`${name}.pem`)} ${sh(name)}\nchmod 600 ${sh(`${name}.pem`)}`,
          sdk: `import openstack\n\nconn = openstack.connect(cloud="openstack")\nkeypair = conn.compute.create_keypair(name=${py(name)}, type=${py(type)})\nwith open(${py(`${name}.pem`)}, "w") as f:\n    f.write(keypair.private_key)`,
          hot: `heat_template_version: 2021-04-16\n\nresources:\n  ${hotName(name, 'keypair')}:\n    type: OS::Nova::KeyPair\n    properties:\n      name: ${yaml(name)}\n      type: ${type}\n      save_private_key: true\n\noutputs:\n  private_key:\n    value: { get_attr: [${hotName(name, 'keypair')}, private_key] }`,
        };
      },
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
        const name = nameOf(values);
        const type = typeOf(values);
        const key =
          typeof values.public_key === 'string' && values.public_key.trim()
            ? values.public_key.trim()
            : '<public key>';
        const file = type === 'x509' ? 'cert.pem' : '~/.ssh/id_ed25519.pub';
        return {
          cli: `openstack ${typeFlag(type)}keypair create ${type === 'x509' ? '--type x509 ' : ''}--public-key ${file} ${sh(name)}`,
          sdk: `import openstack\n\nconn = openstack.connect(cloud="openstack")\nconn.compute.create_keypair(\n    name=${py(name)},\n    type=${py(type)},\n    public_key=${py(key)},\n)`,
          hot: `heat_template_version: 2021-04-16\n\nresources:\n  ${hotName(name, 'keypair')}:\n    type: OS::Nova::KeyPair\n    properties:\n      name: ${yaml(name)}\n      type: ${type}\n      public_key: ${yamlBlock(key, 8)}`,
        };
      },
    }),
  ],
  rowActions: [
    {
      id: 'delete',
      label: 'Delete Key Pair',
      danger: true,
      batch: { label: 'Delete Key Pairs' },
      confirm: {
        title: 'Confirm Delete Key Pair',
        confirmLabel: 'Delete Key Pair',
        body: (rows) => (
          <>
            <p>
              You have selected:{' '}
              <strong className="break-all">{rows.map((k) => `"${k.name}"`).join(', ')}</strong>.
              Please confirm your selection.
            </p>
            <p className="text-muted">
              This action cannot be undone. Instances already using the key keep it; new instances
              can no longer use it.
            </p>
          </>
        ),
      },
      run: ({ api }, k) => api.compute.deleteKeypair(k.name),
      success: (rows) =>
        `Deleted ${rows.length === 1 ? 'Key Pair' : 'Key Pairs'}: ${rows.map((k) => k.name).join(', ')}`,
      failure: (k) => `Unable to delete Key Pair: ${k.name}`,
      removesRow: true,
      equivalents: (rows) => ({
        cli: `openstack keypair delete ${rows.map((k) => sh(k.name)).join(' ')}`,
        sdk: `import openstack\n\nconn = openstack.connect(cloud="openstack")\n${rows.map((k) => `conn.compute.delete_keypair(${py(k.name)})`).join('\n')}`,
        hot: `# A key pair made by a stack goes away with it:\n# remove its OS::Nova::KeyPair resource from the template, then\n# openstack stack update --template <template.yaml> <stack>`,
      }),
    },
  ],
  detail: {
    fields: [
      { label: 'Name', value: (k) => k.name },
      { label: 'Type', value: (k) => k.type ?? 'ssh' },
      {
        label: 'Fingerprint',
        value: (k) => <span className="font-mono text-xs break-all">{k.fingerprint}</span>,
      },
      { label: 'Created', value: (k) => k.created_at ?? '-' },
      { label: 'User ID', value: (k) => k.user_id ?? '-' },
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
