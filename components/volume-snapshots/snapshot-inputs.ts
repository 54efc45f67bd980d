// Form inputs of Project → Volumes → Snapshots (api-ref block-storage v3,
// "Volume snapshots", "Snapshot metadata", "Volumes"). Number fields arrive as the text typed.
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';

/** Cinder keeps sizes in a signed 32-bit column. */
const SIZE_MAX = 2_147_483_647;

export const cinderName = (label: string, required: boolean) => {
  const text = z
    .string()
    .trim()
    .max(255, { error: `${label} must be 255 characters or fewer.` });
  return required ? text.min(1, { error: `${label} is required.` }) : text;
};

export const cinderDescription = z
  .string()
  .trim()
  .max(255, { error: 'Description must be 255 characters or fewer.' });

/** Size in GiB, at least `min` (the snapshot's size when a volume is made from one). */
export function sizeInput(min: number, why = '') {
  return z
    .string()
    .trim()
    .min(1, { error: 'Size (GiB) is required.' })
    .regex(/^-?\d+$/, { error: 'Size (GiB) must be a whole number.' })
    .transform((text) => Number(text))
    .pipe(
      z
        .number()
        .min(min, { error: `Size (GiB) must be at least ${min}${why}.` })
        .max(SIZE_MAX, {
          error: `Size (GiB) must be at most ${SIZE_MAX.toLocaleString('en-US')}.`,
        }),
    );
}

export const editSnapshotInput = z.object({
  name: cinderName('Snapshot Name', true),
  description: cinderDescription,
});
export type EditSnapshotInput = z.infer<typeof editSnapshotInput>;

/** Create Volume from a snapshot: its size at least the snapshot's. */
export function volumeFromSnapshotInput(snapshotSize: number) {
  return z.object({
    name: cinderName('Volume Name', false),
    description: cinderDescription,
    size: sizeInput(Math.max(1, snapshotSize), ", the snapshot's size"),
    volume_type: z.string(),
    availability_zone: z.string(),
  });
}
export type VolumeFromSnapshotInput = z.infer<ReturnType<typeof volumeFromSnapshotInput>>;

/** Cinder's metadata: keys and values up to 255 characters. */
export const metadataLines = keyValueLines({ label: 'line' });

export const updateMetadataInput = z.object({
  metadata: metadataLines,
  // The metadata when the form opened, as JSON (not a field): what to unset.
  current: z.string(),
});
export type UpdateMetadataInput = z.infer<typeof updateMetadataInput>;
