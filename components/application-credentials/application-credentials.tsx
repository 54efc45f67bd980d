// Identity → Application Credentials. api-ref: identity v3, "Application Credentials".
// The calls name the user, so the definition is built for the signed-in user.
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { Timestamp } from '@/components/ui/timestamp';
import type { FormValues } from '@/lib/forms/types';
import type { ApplicationCredential } from '@/lib/openstack/identity/application-credential-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import {
  createApplicationCredentialInput,
  expiryOf,
  parseAccessRules,
} from './application-credential-inputs';
import {
  createAppCredEquivalents,
  deleteAppCredEquivalents,
} from './application-credentials-equivalents';
import { SecretResult } from './secret-result';

export interface AppCredContext {
  userId: string;
  /** The session's roles on its project: what a credential may carry. */
  roles: string[];
  authUrl: string;
  region: string;
}

function text(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v.trim() : '';
}

function equivalentsOf(values: FormValues) {
  const rules = parseAccessRules(text(values, 'access_rules'));
  return createAppCredEquivalents({
    name: text(values, 'name') || '<name>',
    description: text(values, 'description'),
    secret: text(values, 'secret') !== '',
    expiresAt: expiryOf(text(values, 'expiration_date'), text(values, 'expiration_time')),
    roles: Array.isArray(values.roles) ? values.roles : [],
    accessRules: typeof rules === 'string' ? [] : rules,
    unrestricted: values.unrestricted === true,
  });
}

export function applicationCredentials(
  ctx: AppCredContext,
): ResourceDefinition<ApplicationCredential> {
  return {
    panel: PANELS.applicationCredentials,
    apiRef: 'identity v3: Application Credentials',
    singular: 'Application Credential',
    key: (c) => c.id,
    name: (c) => c.name,
    list: async (api) => ({ items: await api.identity.listApplicationCredentials(ctx.userId) }),
    get: (api, id) => api.identity.getApplicationCredential(ctx.userId, id),
    paging: 'none',
    lookups: {
      projects: async (api) =>
        Object.fromEntries((await api.identity.listMyProjects()).map((p) => [p.id, p.name])),
    },
    filter: {
      label: 'Filter application credentials by name',
      match: (c, t) => c.name.toLowerCase().includes(t.toLowerCase()),
    },
    columns: [
      { id: 'name', header: 'Name', cell: (c) => c.name, sortValue: (c) => c.name },
      {
        id: 'project',
        header: 'Project',
        cell: (c, lookups) =>
          orDash(c.project_id ? (lookups.projects?.[c.project_id] ?? c.project_id) : null),
      },
      { id: 'description', header: 'Description', cell: (c) => orDash(c.description) },
      {
        id: 'expiration',
        header: 'Expiration',
        cell: (c) => (c.expires_at ? <Timestamp value={c.expires_at} /> : 'Never'),
        sortValue: (c) => c.expires_at ?? '9999',
      },
      { id: 'id', header: 'ID', cell: (c) => <Mono>{c.id}</Mono>, className: 'break-all' },
    ],
    createActions: [
      createAction({
        id: 'create',
        label: 'Create Application Credential',
        form: {
          title: 'Create Application Credential',
          submitLabel: 'Create Application Credential',
          description:
            'An application credential lets a script or tool act in this project without your password. It carries the roles you choose (by default all of yours here) and can expire. Give a secret or let Keystone generate one: it is shown once, after creation, with a clouds.yaml and an openrc to download. Dates are in UTC.',
          schema: createApplicationCredentialInput(),
          defaults: {
            name: '',
            description: '',
            secret: '',
            expiration_date: '',
            expiration_time: '',
            roles: [],
            access_rules: '',
            unrestricted: false,
          },
          fields: [
            { name: 'name', label: 'Name', kind: 'text', required: true },
            { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
            {
              name: 'secret',
              label: 'Secret',
              kind: 'password',
              autoComplete: 'new-password',
              help: 'Leave empty and Keystone generates a strong one.',
            },
            {
              name: 'expiration_date',
              label: 'Expiration Date',
              kind: 'text',
              placeholder: 'YYYY-MM-DD',
              help: 'Empty: it never expires.',
            },
            {
              name: 'expiration_time',
              label: 'Expiration Time',
              kind: 'text',
              placeholder: 'HH:MM',
              help: 'UTC, 24 hours; empty: 00:00.',
            },
            {
              name: 'roles',
              label: 'Roles',
              kind: 'checkboxes',
              options: ctx.roles.map((r) => ({ value: r, label: r })),
              help: 'None chosen: every role you hold on this project.',
            },
            {
              name: 'access_rules',
              label: 'Access Rules',
              kind: 'textarea',
              rows: 4,
              monospace: true,
              placeholder: '- service: compute\n  method: GET\n  path: /v2.1/servers',
              help: 'Optional: a YAML or JSON list of service, method and path the credential may call; empty allows every call its roles allow.',
            },
            {
              name: 'unrestricted',
              label: 'Unrestricted (dangerous)',
              kind: 'checkbox',
              help: 'Lets the credential create and delete other application credentials and trusts.',
            },
          ],
        },
        run: ({ api }, input) => {
          const rules = parseAccessRules(input.access_rules);
          return api.identity.createApplicationCredential(ctx.userId, {
            name: input.name,
            description: input.description,
            secret: input.secret,
            expires_at: expiryOf(input.expiration_date, input.expiration_time),
            roles: input.roles,
            access_rules: typeof rules === 'string' ? [] : rules,
            unrestricted: input.unrestricted,
          });
        },
        success: (input) => `Created application credential "${input.name}".`,
        renderResult: (result, close) => (
          <SecretResult
            credential={result}
            authUrl={ctx.authUrl}
            region={ctx.region}
            close={close}
          />
        ),
        equivalents: equivalentsOf,
      }),
    ],
    rowActions: [
      deleteAction<ApplicationCredential>({
        singular: 'Application Credential',
        plural: 'Application Credentials',
        body: 'This action cannot be undone. Tools using it can no longer sign in, and the tokens it issued stop working.',
        run: ({ api }, c) => api.identity.deleteApplicationCredential(ctx.userId, c.id),
        equivalents: (rows) => deleteAppCredEquivalents(rows.map((c) => c.id)),
      }),
    ],
    emptyMessage: 'No application credentials yet.',
  };
}
