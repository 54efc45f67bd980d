// Lock (with a reason) and Rescue.
import { z } from 'zod';
import { py, sh } from '@/lib/equivalents/quote';
import { formText } from '@/lib/forms/text';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { simpleEquivalents } from './equivalents';
import { first, optional255 } from './form-helpers';
import { allowedBy } from './rules';

export const lockInstance: RowAction<Server> = formRowAction({
  id: 'lock',
  label: 'Lock Instance',
  allowed: allowedBy({ when: (s) => (s.locked ? 'The instance is already locked.' : true) }),
  form: () => ({
    title: 'Lock Instance',
    submitLabel: 'Lock Instance',
    description:
      'A locked instance refuses actions (stop, delete, …) from anyone but an administrator until it is unlocked: a guard against accidents.',
    schema: z.object({ reason: optional255('Reason') }),
    defaults: { reason: '' },
    fields: [
      {
        name: 'reason',
        label: 'Reason',
        kind: 'text',
        help: 'Optional; shown to whoever finds it locked.',
      },
    ],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, {
      lock: input.reason ? { locked_reason: input.reason } : null,
    });
  },
  success: (rows) => `Locked Instance: ${first(rows).name}`,
  failure: (server) => `Unable to lock Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const reason = formText(values, 'reason', '');
    return simpleEquivalents(
      reason ? `--os-compute-api-version 2.73 server lock --reason ${sh(reason)}` : 'server lock',
      (s) => `conn.compute.lock_server(${s}${reason ? `, locked_reason=${py(reason)}` : ''})`,
      rows,
    );
  },
});

export const rescueInstance: RowAction<Server> = formRowAction({
  id: 'rescue',
  label: 'Rescue Instance',
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF'], respectsLock: true }),
  form: async ({ api }) => {
    const images = (await api.image.listImages({ filters: { status: 'active' } })).items;
    return {
      title: 'Rescue Instance',
      submitLabel: 'Confirm',
      description:
        'Rescue starts the instance from a rescue image with its own disk attached as a second disk, so you can repair a system that no longer boots. Unrescue returns to normal.',
      schema: z.object({
        image: z.string(),
        password: z.string().max(255, { error: 'Password must be 255 characters or fewer.' }),
      }),
      defaults: { image: '', password: '' },
      fields: [
        {
          name: 'image',
          label: 'Image',
          kind: 'select',
          options: [
            { value: '', label: "The instance's own image" },
            ...images.map((i) => ({ value: i.id, label: i.name ?? i.id })),
          ],
        },
        {
          name: 'password',
          label: 'Password',
          kind: 'password',
          help: "Optional: the rescue system's admin password.",
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    const rescue: Record<string, string> = {};
    if (input.image) rescue.rescue_image_ref = input.image;
    if (input.password) rescue.adminPass = input.password;
    await api.compute.serverAction(server.id, { rescue });
  },
  success: (rows) => `Rescuing Instance: ${first(rows).name}`,
  failure: (server) => `Unable to rescue Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const image = formText(values, 'image', '');
    return simpleEquivalents(
      `server rescue${image ? ` --image ${sh(image)}` : ''}`,
      (s) => `conn.compute.rescue_server(${s}${image ? `, image_ref=${py(image)}` : ''})`,
      rows,
    );
  },
});
