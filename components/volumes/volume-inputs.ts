// Form inputs of Project → Volumes → Volumes (api-ref: block-storage v3, "Volumes
// (volumes)", "Volume actions", "Volume transfers"; compute v2.1 os-volume_attachments).
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';

const GIB = 1024 ** 3;
// Cinder's name and description columns hold 255 characters.
const MAX_NAME = 255;
const MAX_DESCRIPTION = 255;
// Far above any quota a class cloud gives; keeps the number an integer Cinder takes.
const MAX_SIZE = 1_000_000;

export const VOLUME_SOURCES = [
  { value: 'blank', label: 'No source, empty volume' },
  { value: 'image', label: 'Image' },
  { value: 'snapshot', label: 'Snapshot' },
  { value: 'volume', label: 'Volume' },
] as const;
export type VolumeSourceKind = (typeof VOLUME_SOURCES)[number]['value'];

export const DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vdi', 'vhd', 'vhdx', 'ploop'] as const;
export type DiskFormat = (typeof DISK_FORMATS)[number];

export const MIGRATION_POLICIES = [
  { value: 'never', label: 'Never' },
  { value: 'on-demand', label: 'On Demand' },
] as const;

const name = (label = 'Name') =>
  z
    .string()
    .trim()
    .max(MAX_NAME, { error: `${label} must be ${MAX_NAME} characters or fewer.` });
const requiredName = (label: string) => name(label).min(1, { error: `${label} is required.` });
const description = z
  .string()
  .trim()
  .max(MAX_DESCRIPTION, { error: `Description must be ${MAX_DESCRIPTION} characters or fewer.` });

/** The smallest volume an image fits in: its min_disk and its size rounded up to GiB. */
export function imageMinimumGiB(image: { size?: number | null; min_disk?: number }): number {
  const bySize = image.size ? Math.ceil(image.size / GIB) : 0;
  return Math.max(1, image.min_disk ?? 0, bySize);
}

/** A size the user typed: a problem, or undefined when it is a whole number ≥ minimum. */
export function sizeProblem(text: string, minimum: number, label = 'Size'): string | undefined {
  const value = text.trim();
  if (value === '') return `${label} is required.`;
  if (!/^-?\d+$/.test(value)) return `${label} must be a whole number of GiB.`;
  const size = Number(value);
  if (size < 1) return `${label} must be at least 1 GiB.`;
  if (size > MAX_SIZE) return `${label} must be at most ${MAX_SIZE.toLocaleString('en')} GiB.`;
  if (size < minimum) return `${label} must be at least ${minimum} GiB for this source.`;
  return undefined;
}

/** What the Create Volume form needs to know of the sources it offers: their minimum size. */
export interface SourceMinimums {
  image: Record<string, number>;
  snapshot: Record<string, number>;
  volume: Record<string, number>;
}

export function minimumFor(
  minimums: SourceMinimums,
  source: string,
  values: { image: string; snapshot: string; volume: string },
): number {
  if (source === 'image') return minimums.image[values.image] ?? 1;
  if (source === 'snapshot') return minimums.snapshot[values.snapshot] ?? 1;
  if (source === 'volume') return minimums.volume[values.volume] ?? 1;
  return 1;
}

export function createVolumeInput(minimums: SourceMinimums) {
  return z
    .object({
      name: name(),
      description,
      source: z.enum(['blank', 'image', 'snapshot', 'volume'], {
        error: 'Choose a volume source.',
      }),
      image: z.string(),
      snapshot: z.string(),
      volume: z.string(),
      type: z.string(),
      size: z.string(),
      availability_zone: z.string(),
    })
    .superRefine((input, ctx) => {
      const chosen = input.source === 'blank' ? '' : input[input.source];
      if (input.source !== 'blank' && !chosen) {
        const label = { image: 'an image', snapshot: 'a snapshot', volume: 'a volume' }[
          input.source
        ];
        ctx.addIssue({ code: 'custom', path: [input.source], message: `Choose ${label}.` });
      }
      const problem = sizeProblem(input.size, minimumFor(minimums, input.source, input));
      if (problem) ctx.addIssue({ code: 'custom', path: ['size'], message: problem });
    })
    .transform((input) => ({
      name: input.name,
      description: input.description,
      source:
        input.source === 'image'
          ? { kind: 'image' as const, imageId: input.image }
          : input.source === 'snapshot'
            ? { kind: 'snapshot' as const, snapshotId: input.snapshot }
            : input.source === 'volume'
              ? { kind: 'volume' as const, volumeId: input.volume }
              : { kind: 'blank' as const },
      volumeType: input.type || undefined,
      size: Number(input.size.trim()),
      availabilityZone: input.availability_zone || undefined,
    }));
}
export type CreateVolumeForm = z.infer<ReturnType<typeof createVolumeInput>>;

export const editVolumeInput = z.object({ name: name(), description, bootable: z.boolean() });

export function extendVolumeInput(current: number) {
  return z
    .object({ new_size: z.string() })
    .superRefine(({ new_size }, ctx) => {
      const problem = sizeProblem(new_size, 1, 'New Size');
      if (problem) ctx.addIssue({ code: 'custom', path: ['new_size'], message: problem });
      else if (Number(new_size.trim()) <= current)
        ctx.addIssue({
          code: 'custom',
          path: ['new_size'],
          message: `New Size must be greater than the current size (${current} GiB).`,
        });
    })
    .transform(({ new_size }) => ({ new_size: Number(new_size.trim()) }));
}

// Nova takes a device path such as /dev/vdb; the letters after /dev/ are the guest's.
export const attachVolumeInput = z
  .object({
    detach: z.array(z.string()).default([]),
    instance: z.string().default(''),
    device: z
      .string()
      .trim()
      .default('')
      .refine((d) => d === '' || /^\/dev\/[a-z][a-z0-9]{1,15}$/.test(d), {
        error: 'Device Name must look like /dev/vdb.',
      }),
  })
  .superRefine((input, ctx) => {
    if (!input.instance && input.detach.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['instance'],
        message: 'Choose an instance to attach to, or an attachment to detach.',
      });
  });

export const createSnapshotInput = z.object({
  name: requiredName('Snapshot Name'),
  description,
});

// Swift container names: no slash, at most 255 characters.
export const createBackupInput = z.object({
  name: requiredName('Backup Name'),
  description,
  container: z
    .string()
    .trim()
    .max(255, { error: 'Container Name must be 255 characters or fewer.' })
    .refine((c) => !c.includes('/'), { error: 'Container Name may not contain "/".' }),
  incremental: z.boolean(),
});

export const retypeVolumeInput = z.object({
  type: z.string().min(1, { error: 'Choose a volume type.' }),
  migration_policy: z.enum(['never', 'on-demand']),
});

export const uploadToImageInput = z.object({
  image_name: requiredName('Image Name'),
  disk_format: z.enum(DISK_FORMATS, { error: 'Choose a disk format.' }),
  force: z.boolean(),
});

export const createTransferInput = z.object({ name: requiredName('Transfer Name') });

export const acceptTransferInput = z.object({
  transfer_id: z
    .string()
    .trim()
    .min(1, { error: 'Transfer ID is required.' })
    .max(255, { error: 'Transfer ID must be 255 characters or fewer.' }),
  auth_key: z
    .string()
    .trim()
    .min(1, { error: 'Authorization Key is required.' })
    .max(255, { error: 'Authorization Key must be 255 characters or fewer.' }),
});

export const volumeMetadataInput = z.object({
  metadata: keyValueLines({ label: 'line' }),
});
