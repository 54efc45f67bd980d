// Create Volume from an image (api-ref block-storage v3, "Volumes": imageRef).
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import { formText } from '@/lib/forms/text';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { createVolumeFromImageInput } from './image-inputs';
import { minimumVolumeSize, type ImageRow } from './image-row';

const first = (rows: ImageRow[]) => rows[0] as ImageRow;

export const createVolumeFromImage: RowAction<ImageRow> = formRowAction({
  id: 'create-volume',
  label: 'Create Volume',
  service: 'volumev3',
  allowed: (image) =>
    image.status === 'active' ? true : 'Only an active image can be copied to a volume.',
  form: async ({ api }, image) => {
    const minimum = minimumVolumeSize(image);
    const [types, zones] = await Promise.all([
      api.volume.listVolumeTypes().catch(() => []),
      api.volume.listVolumeAvailabilityZones().catch(() => []),
    ]);
    return {
      title: 'Create Volume',
      submitLabel: 'Create Volume',
      description: `A new volume holding a copy of the image "${image.name || image.id}". It must be at least ${minimum} GiB: the image's minimum disk and its size.`,
      schema: createVolumeFromImageInput(minimum),
      defaults: {
        name: image.name,
        description: '',
        size: String(minimum),
        volumeType: '',
        availabilityZone: '',
      },
      fields: [
        { name: 'name', label: 'Volume Name', kind: 'text' },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
        { name: 'size', label: 'Size (GiB)', kind: 'number', required: true },
        {
          name: 'volumeType',
          label: 'Type',
          kind: 'select',
          options: [
            { value: '', label: 'No volume type' },
            ...types.map((t) => ({ value: t.name, label: t.name })),
          ],
        },
        {
          name: 'availabilityZone',
          label: 'Availability Zone',
          kind: 'select',
          options: [
            { value: '', label: 'Any Availability Zone' },
            ...zones
              .filter((z) => z.zoneState?.available !== false)
              .map((z) => ({ value: z.zoneName, label: z.zoneName })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, image, input) => {
    await api.volume.createVolume({
      name: input.name,
      description: input.description || undefined,
      size: input.size,
      volumeType: input.volumeType || undefined,
      availabilityZone: input.availabilityZone || undefined,
      source: { kind: 'image', imageId: image.id },
    });
  },
  success: (rows, input) => `Creating volume "${input.name || first(rows).name}".`,
  failure: (image) => `Unable to create volume from image: ${image.name}`,
  equivalents: (rows, values) =>
    createVolumeEquivalents({
      source: 'image',
      sourceId: first(rows).id,
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      size: formText(values, 'size'),
      type: formText(values, 'volumeType'),
      availabilityZone: formText(values, 'availabilityZone'),
    }),
});
