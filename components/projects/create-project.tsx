'use client';
// Create Project: name, description, domain (from Keystone's domains), enabled.
import { asyncFormAction } from '@/components/resource/async-form-action';
import { FormLauncher } from '@/components/resource/form-launcher';
import { refusedAtField } from '@/lib/forms/field-failure';
import { formText } from '@/lib/forms/text';
import type { LauncherProps } from '@/lib/resources/types';
import { createProjectInput } from './project-inputs';
import { createProjectEquivalents } from './projects-equivalents';

const createProjectAction = asyncFormAction({
  title: 'Create Project',
  build: async ({ api }) => {
    const domains = await api.identity.listDomains();
    return {
      title: 'Create Project',
      submitLabel: 'Create Project',
      description:
        'A project (tenant) owns resources: instances, volumes, networks. Users work in a project once they hold a role on it (Manage Members). Its name must be unique in its domain.',
      schema: createProjectInput,
      defaults: {
        name: '',
        description: '',
        domain: domains.find((d) => d.id === 'default')?.id ?? domains[0]?.id ?? '',
        enabled: true,
      },
      fields: [
        {
          name: 'domain',
          label: 'Domain',
          kind: 'select',
          required: true,
          options: domains.map((d) => ({ value: d.id, label: d.name })),
        },
        { name: 'name', label: 'Name', kind: 'text', required: true },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
        { name: 'enabled', label: 'Enabled', kind: 'checkbox' },
      ],
    };
  },
  run: ({ api }, input) =>
    refusedAtField('name', [409], () =>
      api.identity.createProject({
        name: input.name,
        description: input.description,
        domainId: input.domain,
        enabled: input.enabled,
      }),
    ),
  success: (input) => `Created new project "${input.name}".`,
  equivalents: (values) =>
    createProjectEquivalents({
      name: formText(values, 'name', '<name>'),
      description: formText(values, 'description'),
      domain: formText(values, 'domain', 'default'),
      enabled: values.enabled !== false,
    }),
});

export function CreateProjectLauncher(props: LauncherProps) {
  return <FormLauncher action={createProjectAction} {...props} />;
}
