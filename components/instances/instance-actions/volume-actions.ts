// Attach and detach volumes. api-ref: compute v2.1, "Servers with volume
// attachments (servers, os-volume_attachments)". Offered as Horizon offers them:
// on an ACTIVE instance, with a block storage service in the catalog.
import { z } from 'zod';
import { formText } from '@/lib/forms/text';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { Volume } from '@/lib/openstack/volume/cinder-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { first } from './form-helpers';
import { allowedBy } from './rules';
import { attachVolumeEquivalents, detachVolumeEquivalents } from './volume-equivalents';

/** Nova's pattern for a device name (its JSON schema for os-volume_attachments). */
export const DEVICE_NAME = /^(\/dev\/x?[a-z]?d?)([a-z]+)[0-9]*$/;

export const attachVolumeInput = z.object({
  volume: z.string().min(1, { error: 'Choose a volume.' }),
  device: z
    .string()
    .trim()
    .refine((d) => d === '' || DEVICE_NAME.test(d), {
      error: 'Device Name must look like /dev/vdb (or be left empty).',
    }),
});

export function volumeLabel(v: Pick<Volume, 'id' | 'name' | 'size'>): string {
  return `${v.name || v.id} (${v.size} GB)`;
}

const ACTIVE_ONLY = allowedBy({ statuses: ['ACTIVE'], respectsLock: true });

export const attachVolume: RowAction<Server> = formRowAction({
  id: 'attach-volume',
  label: 'Attach Volume',
  service: 'volumev3',
  allowed: ACTIVE_ONLY,
  form: async ({ api }) => {
    const volumes = await api.volume.listVolumes({ status: 'available', sort: 'name:asc' });
    return {
      title: 'Attach Volume',
      submitLabel: 'Attach Volume',
      description:
        'The volume shows up in the instance as a new disk. Only volumes not attached anywhere (status Available) can be chosen.',
      schema: attachVolumeInput,
      defaults: { volume: '', device: '' },
      fields: [
        {
          name: 'volume',
          label: 'Volume ID',
          kind: 'select',
          required: true,
          options: [
            {
              value: '',
              label: volumes.length ? 'Select a volume' : 'No volumes available',
            },
            ...volumes.map((v) => ({ value: v.id, label: volumeLabel(v) })),
          ],
        },
        {
          name: 'device',
          label: 'Device Name',
          kind: 'text',
          placeholder: '/dev/vdb',
          help: 'Optional. Empty lets the cloud choose; the guest may name the disk differently.',
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.attachVolume(server.id, input.volume, {
      device: input.device || undefined,
    });
  },
  success: (rows) => `Attaching a volume to instance ${first(rows).name}.`,
  failure: (server) => `Unable to attach volume to: ${server.name}`,
  equivalents: (rows, values) =>
    attachVolumeEquivalents(
      first(rows),
      formText(values, 'volume', '<volume>'),
      formText(values, 'device', ''),
    ),
});

export const detachVolume: RowAction<Server> = formRowAction({
  id: 'detach-volume',
  label: 'Detach Volume',
  service: 'volumev3',
  allowed: allowedBy({
    statuses: ['ACTIVE'],
    respectsLock: true,
    when: (s) =>
      (s['os-extended-volumes:volumes_attached'] ?? []).length > 0
        ? true
        : 'No volume is attached to the instance.',
  }),
  form: async ({ api }, server) => {
    const [attachments, volumes] = await Promise.all([
      api.compute.listVolumeAttachments(server.id),
      // Names only: without them the ids still do.
      api.volume.listVolumes({ status: 'in-use' }).catch((): Volume[] => []),
    ]);
    const byId = new Map(volumes.map((v) => [v.id, v]));
    return {
      title: 'Detach Volume',
      submitLabel: 'Detach Volume',
      description:
        'Unmount the disk inside the instance first: detaching it while in use may lose data.',
      schema: z.object({ volume: z.string().min(1, { error: 'Choose a volume.' }) }),
      defaults: { volume: '' },
      fields: [
        {
          name: 'volume',
          label: 'Volume ID',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select a volume' },
            ...attachments.map((a) => {
              const v = byId.get(a.volumeId);
              const name = v ? volumeLabel(v) : a.volumeId;
              return { value: a.volumeId, label: `${name} on ${a.device ?? '?'}` };
            }),
          ],
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.detachVolume(server.id, input.volume);
  },
  success: (rows) => `Detaching a volume from instance ${first(rows).name}.`,
  failure: (server) => `Unable to detach volume from: ${server.name}`,
  equivalents: (rows, values) =>
    detachVolumeEquivalents(first(rows).name, formText(values, 'volume', '<volume>')),
});
