// Form inputs of Admin → Volume → Volume Types (api-ref block-storage v3,
// "Volume types (types)", extra specs).
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';

export const createVolumeTypeInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Name is required.' })
    .max(255, { error: 'Name must be 255 characters or fewer.' }),
  description: z
    .string()
    .trim()
    .max(255, { error: 'Description must be 255 characters or fewer.' }),
  is_public: z.boolean(),
});
export type CreateVolumeTypeInput = z.infer<typeof createVolumeTypeInput>;

// Cinder's JSON schema for extra spec keys.
const EXTRA_SPEC_KEY = /^[a-zA-Z0-9-_:.]{1,255}$/;

/** Cinder: keys of letters, digits and "-_:.", keys and values up to 255 characters. */
export const extraSpecLines = z
  .string()
  .superRefine((text, ctx) => {
    text.split('\n').forEach((raw, index) => {
      const line = raw.trim();
      const at = line.indexOf('=');
      const key = at > 0 ? line.slice(0, at).trim() : '';
      if (key && key.length <= 255 && !EXTRA_SPEC_KEY.test(key))
        ctx.addIssue({
          code: 'custom',
          message: `Line ${index + 1}: the key may only contain letters, numbers and "-_:.".`,
        });
    });
  })
  .pipe(keyValueLines({ label: 'line' }));

export const extraSpecsInput = z.object({
  specs: extraSpecLines,
  // The specs when the form opened, as JSON (not a field): what to unset.
  current: z.string(),
});
export type ExtraSpecsInput = z.infer<typeof extraSpecsInput>;

/** Specs kept as JSON in a form value; anything unreadable counts as none. */
export function parseSpecsJson(text: unknown): Record<string, string> {
  if (typeof text !== 'string') return {};
  try {
    const parsed = z.record(z.string(), z.string()).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** What to set and what to unset to go from `before` to `after`. */
export function specsChange(before: Record<string, string>, after: Record<string, string>) {
  const set = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  const unset = Object.keys(before).filter((k) => !(k in after));
  return { set, unset };
}
