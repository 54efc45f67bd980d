// Identity → Users row actions: Edit User, Change Password, Enable/Disable User,
// Delete User. As Horizon, nobody disables or deletes the user they are signed in as.
import { deleteAction } from '@/components/resource/delete-action';
import { refusedAtField } from '@/lib/forms/field-failure';
import { formText } from '@/lib/forms/text';
import type { IdentityUser } from '@/lib/openstack/identity/admin-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { changePasswordInput, editUserInput } from './user-inputs';
import {
  changePasswordEquivalents,
  deleteUserEquivalents,
  enableUserEquivalents,
  updateUserEquivalents,
} from './users-equivalents';

const editUser = formRowAction<IdentityUser, typeof editUserInput>({
  id: 'edit',
  label: 'Edit User',
  form: async ({ api }, u) => {
    const projects = await api.identity.listIdentityProjects();
    return {
      title: 'Edit User',
      submitLabel: 'Update User',
      description: 'Change the name, email, description or primary project of the user.',
      schema: editUserInput,
      defaults: {
        name: u.name,
        email: u.email ?? '',
        description: u.description ?? '',
        project: u.default_project_id ?? '',
      },
      fields: [
        { name: 'name', label: 'User Name', kind: 'text', required: true },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
        { name: 'email', label: 'Email', kind: 'text' },
        {
          name: 'project',
          label: 'Primary Project',
          kind: 'select',
          options: [
            { value: '', label: 'No primary project' },
            ...projects.map((p) => ({ value: p.id, label: p.name })),
          ],
        },
      ],
    };
  },
  run: ({ api }, u, input) =>
    refusedAtField('name', [409], () =>
      api.identity.updateUser(u.id, {
        name: input.name,
        email: input.email,
        description: input.description,
        ...(input.project ? { defaultProjectId: input.project } : {}),
      }),
    ),
  success: (_rows, input) => `User "${input.name}" has been updated successfully.`,
  failure: (u) => `Unable to update user: ${u.name}`,
  equivalents: ([u], values) =>
    updateUserEquivalents(u?.id ?? '<user>', {
      name: formText(values, 'name', '<name>'),
      email: formText(values, 'email'),
      description: formText(values, 'description'),
      project: formText(values, 'project'),
    }),
});

const changePassword = formRowAction<IdentityUser, typeof changePasswordInput>({
  id: 'password',
  label: 'Change Password',
  form: (_ctx, u) => ({
    title: `Change Password: ${u.name}`,
    submitLabel: 'Save',
    description:
      'Sets a new password without asking for the old one (an administrator’s change). Keystone ends the user’s current sessions.',
    schema: changePasswordInput,
    defaults: { password: '', confirm_password: '' },
    fields: [
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
    ],
  }),
  run: ({ api }, u, input) => api.identity.updateUser(u.id, { password: input.password }),
  success: ([u]) => `User password of "${u?.name ?? ''}" has been updated successfully.`,
  failure: (u) => `Unable to change the password of user: ${u.name}`,
  equivalents: ([u]) => changePasswordEquivalents(u?.id ?? '<user>'),
});

function enableAction(enabled: boolean): RowAction<IdentityUser> {
  const verb = enabled ? 'Enable' : 'Disable';
  return {
    id: enabled ? 'enable' : 'disable',
    label: `${verb} User`,
    allowed: (u, s) => {
      if (u.enabled === enabled) return `The user is already ${enabled ? 'enabled' : 'disabled'}.`;
      if (!enabled && u.id === s.user.id)
        return 'You cannot disable the user you are currently logged in as.';
      return true;
    },
    batch: { label: `${verb} Users` },
    confirm: {
      title: `Confirm ${verb} User`,
      confirmLabel: `${verb} User`,
      body: (rows) =>
        `${verb} ${rows.map((u) => u.name).join(', ')}? ${enabled ? 'They can sign in again.' : 'They can no longer sign in, and their current sessions end.'}`,
    },
    run: ({ api }, u) => api.identity.updateUser(u.id, { enabled }),
    success: (rows) =>
      `${enabled ? 'Enabled' : 'Disabled'} user: ${rows.map((u) => u.name).join(', ')}`,
    failure: (u) => `Unable to ${verb.toLowerCase()} user: ${u.name}`,
    equivalents: (rows) =>
      enableUserEquivalents(
        rows.map((u) => u.id),
        enabled,
      ),
  };
}

const deleteUser = deleteAction<IdentityUser>({
  singular: 'User',
  plural: 'Users',
  body: 'This action cannot be undone. The user loses every role and group membership; what they created stays with its projects.',
  allowed: (u, s) =>
    u.id === s.user.id ? 'You cannot delete the user you are currently logged in as.' : true,
  run: ({ api }, u) => api.identity.deleteUser(u.id),
  equivalents: (rows) => deleteUserEquivalents(rows.map((u) => u.id)),
});

export const userRowActions: RowAction<IdentityUser>[] = [
  editUser,
  changePassword,
  enableAction(true),
  enableAction(false),
  deleteUser,
];
