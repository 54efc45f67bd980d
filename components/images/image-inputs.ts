// The forms of the Images panel as zod schemas: what Glance accepts, said at the field.
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';
import { DISK_FORMATS } from './image-row';

const FORMATS = DISK_FORMATS.map((f) => f.value) as [string, ...string[]];

const name = z
  .string()
  .trim()
  .min(1, { error: 'Enter a name for the image.' })
  .max(255, { error: 'The name is longer than 255 characters.' });

const description = z
  .string()
  .max(255, { error: 'The description is longer than 255 characters.' })
  .default('');

/** A whole number ≥ 0 typed as text; empty means 0. */
function wholeNumber(label: string, unit: string) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return 0;
      const value = Number(text);
      if (!Number.isInteger(value)) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a whole number of ${unit}.` });
        return z.NEVER;
      }
      if (value < 0) {
        ctx.addIssue({ code: 'custom', message: `${label} cannot be negative.` });
        return z.NEVER;
      }
      if (value > 2 ** 31 - 1) {
        ctx.addIssue({ code: 'custom', message: `${label} is too large.` });
        return z.NEVER;
      }
      return value;
    });
}

const visibility = z.enum(['private', 'shared', 'public', 'community'], {
  error: 'Choose a visibility.',
});

const imageFields = {
  name,
  description,
  diskFormat: z.enum(FORMATS, { error: 'Choose a format.' }),
  architecture: z
    .string()
    .trim()
    .max(255, { error: 'The architecture is longer than 255 characters.' })
    .default(''),
  minDisk: wholeNumber('Minimum Disk', 'GB'),
  minRam: wholeNumber('Minimum RAM', 'MB'),
  visibility,
  protected: z.boolean().default(false),
};

export const createImageInput = z
  .object({
    ...imageFields,
    source: z.enum(['file', 'url']),
    url: z.string().trim().default(''),
    metadata: keyValueLines({ label: 'line' }),
  })
  .superRefine((input, ctx) => {
    if (input.source !== 'url') return;
    let ok = false;
    try {
      const url = new URL(input.url);
      ok = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'Enter the http:// or https:// address of the image file.',
      });
  });
export type CreateImageInput = z.infer<typeof createImageInput>;

export const editImageInput = z.object(imageFields);
export type EditImageInput = z.infer<typeof editImageInput>;

export const updateMetadataInput = z.object({ metadata: keyValueLines({ label: 'line' }) });

export function createVolumeFromImageInput(minimumGb: number) {
  return z.object({
    name: z.string().trim().max(255, { error: 'The name is longer than 255 characters.' }),
    description: z
      .string()
      .max(255, { error: 'The description is longer than 255 characters.' })
      .default(''),
    size: z
      .string()
      .trim()
      .transform((text, ctx) => {
        const value = Number(text);
        if (text === '' || !Number.isInteger(value)) {
          ctx.addIssue({ code: 'custom', message: 'Enter the size as a whole number of GiB.' });
          return z.NEVER;
        }
        if (value < minimumGb) {
          ctx.addIssue({
            code: 'custom',
            message: `The volume size must be at least ${minimumGb} GiB: the image needs it.`,
          });
          return z.NEVER;
        }
        return value;
      }),
    volumeType: z.string().default(''),
    availabilityZone: z.string().default(''),
  });
}

export const manageMembersInput = z
  .object({
    project: z.string().default(''),
    projectId: z
      .string()
      .trim()
      .max(64, { error: 'A project ID is at most 64 characters.' })
      .regex(/^[A-Za-z0-9_-]*$/, { error: 'A project ID has only letters, digits, - and _.' })
      .default(''),
    remove: z.array(z.string()).default([]),
  })
  .transform((input) => ({
    add: input.projectId || input.project,
    remove: input.remove,
  }));
