'use client';
// Create User: name, email, password twice, primary project and its role.
import { asyncFormAction } from '@/components/resource/async-form-action';
import { FormLauncher } from '@/components/resource/form-launcher';
import { refusedAtField } from '@/lib/forms/field-failure';
import { formText } from '@/lib/forms/text';
import type { LauncherProps } from '@/lib/resources/types';
import { createUserInput } from './user-inputs';
import { createUserEquivalents } from './users-equivalents';

const createUserAction = asyncFormAction({
  title: 'Create User',
  build: async ({ api }) => {
    const [projects, roles] = await Promise.all([
      api.identity.listIdentityProjects(),
      api.identity.listRoles(),
    ]);
    return {
      title: 'Create User',
      submitLabel: 'Create User',
      description:
        'A user signs in with a name and a password. Give them a primary project and a role on it ("member" to work in it), or add them to projects later with Manage Members. Their name must be unique in the domain.',
      schema: createUserInput,
      defaults: {
        name: '',
        email: '',
        description: '',
        password: '',
        confirm_password: '',
        project: '',
        role: roles.some((r) => r.name === 'member') ? 'member' : '',
        enabled: true,
      },
      fields: [
        { name: 'name', label: 'User Name', kind: 'text', required: true, autoComplete: 'off' },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
        { name: 'email', label: 'Email', kind: 'text', autoComplete: 'off' },
        {
          name: 'password',
          label: 'Password',
          kind: 'password',
          required: true,
          autoComplete: 'new-password',
        },
        {
          name: 'confirm_password',
          label: 'Confirm Password',
          kind: 'password',
          required: true,
          autoComplete: 'new-password',
        },
        {
          name: 'project',
          label: 'Primary Project',
          kind: 'select',
          options: [
            { value: '', label: 'No primary project' },
            ...projects.map((p) => ({ value: p.id, label: p.name })),
          ],
        },
        {
          name: 'role',
          label: 'Role',
          kind: 'select',
          help: 'The role granted on the primary project.',
          options: [
            { value: '', label: 'No role' },
            ...roles.map((r) => ({ value: r.name, label: r.name })),
          ],
        },
        { name: 'enabled', label: 'Enabled', kind: 'checkbox' },
      ],
    };
  },
  run: async ({ api }, input) => {
    const user = await refusedAtField('name', [409], () =>
      api.identity.createUser({
        name: input.name,
        password: input.password,
        ...(input.email ? { email: input.email } : {}),
        ...(input.description ? { description: input.description } : {}),
        ...(input.project ? { defaultProjectId: input.project } : {}),
        enabled: input.enabled,
      }),
    );
    if (input.project && input.role) {
      const role = (await api.identity.listRoles()).find((r) => r.name === input.role);
      if (role) await api.identity.grantProjectRole(input.project, { user: user.id }, role.id);
    }
    return user;
  },
  success: (input) => `User "${input.name}" was successfully created.`,
  equivalents: (values) =>
    createUserEquivalents({
      name: formText(values, 'name', '<name>'),
      email: formText(values, 'email'),
      description: formText(values, 'description'),
      project: formText(values, 'project'),
      role: formText(values, 'role'),
      enabled: values.enabled !== false,
    }),
});

export function CreateUserLauncher(props: LauncherProps) {
  return <FormLauncher action={createUserAction} {...props} />;
}
