// Resize and Rebuild: the instance gets another flavor or a fresh root disk.
import { z } from 'zod';
import { SDK_CONNECT } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import { formText } from '@/lib/forms/text';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { serverPropertyHot } from './equivalents';
import { first, optional255 } from './form-helpers';
import { allowedBy } from './rules';
import { imageId } from '../instance-status';

export const resizeInstance: RowAction<Server> = formRowAction({
  id: 'resize',
  label: 'Resize Instance',
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF'], respectsLock: true }),
  form: async ({ api }, server) => {
    const flavors = (await api.compute.listFlavors()).items;
    const current = server.flavor.original_name;
    return {
      title: 'Resize Instance',
      submitLabel: 'Resize',
      description: `A new flavor gives the instance other CPUs, memory and disk. It restarts, and then waits in "Confirm or Revert Resize" so you can check it before the old one is thrown away. Current flavor: ${current ?? 'unknown'}.`,
      schema: z.object({ flavor: z.string().min(1, { error: 'Choose a flavor.' }) }),
      defaults: { flavor: '' },
      fields: [
        {
          name: 'flavor',
          label: 'New Flavor',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select a new flavor' },
            ...flavors.map((f) => ({
              value: f.id,
              label: `${f.name} (${f.vcpus} VCPU, ${f.ram} MB RAM, ${f.disk} GB disk)`,
              disabled: f.name === current,
              reason: f.name === current ? 'current flavor' : undefined,
            })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, { resize: { flavorRef: input.flavor } });
  },
  success: (rows) => `Scheduled resize of Instance: ${first(rows).name}`,
  failure: (server) => `Unable to resize Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const flavor = formText(values, 'flavor', '<flavor>');
    return {
      cli: `openstack server resize --flavor ${sh(flavor)} ${sh(first(rows).name)}\n# then, once it is VERIFY_RESIZE:\nopenstack server resize confirm ${sh(first(rows).name)}`,
      sdk: `${SDK_CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.resize_server(server, ${py(flavor)})`,
      hot: serverPropertyHot('flavor', yaml(flavor)),
    };
  },
});

export const rebuildInstance: RowAction<Server> = formRowAction({
  id: 'rebuild',
  label: 'Rebuild Instance',
  danger: true,
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF', 'ERROR'], respectsLock: true }),
  form: async ({ api }, server) => {
    const images = (await api.image.listImages({ filters: { status: 'active' } })).items;
    return {
      title: 'Rebuild Instance',
      submitLabel: 'Rebuild Instance',
      description:
        "Rebuilding wipes the instance's root disk and starts it again from the chosen image. It keeps its ID, addresses and volumes. Anything written to the root disk is lost.",
      schema: z.object({
        image: z.string().min(1, { error: 'Choose an image.' }),
        description: optional255('Description'),
      }),
      defaults: { image: imageId(server) ?? '', description: server.description ?? '' },
      fields: [
        {
          name: 'image',
          label: 'Select Image',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select an image' },
            ...images.map((i) => ({ value: i.id, label: i.name ?? i.id })),
          ],
        },
        { name: 'description', label: 'Description', kind: 'text' },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    const rebuild: Record<string, unknown> = { imageRef: input.image };
    if (input.description) rebuild.description = input.description;
    await api.compute.serverAction(server.id, { rebuild });
  },
  success: (rows) => `Rebuilding Instance: ${first(rows).name}`,
  failure: (server) => `Unable to rebuild Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const image = formText(values, 'image', '<image>');
    return {
      cli: `openstack server rebuild --image ${sh(image)} ${sh(first(rows).name)}`,
      sdk: `${SDK_CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.rebuild_server(server, image=${py(image)})`,
      hot: serverPropertyHot('image', yaml(image)),
    };
  },
});
