// Form inputs for Admin → Flavors (api-ref: compute v2.1, "Flavors",
// "Flavors extra-specs", "Flavors access"). Number fields arrive as the text typed.
import { z } from 'zod';

/** Nova stores these in signed 32-bit database columns. */
export const SQL_INT_MAX = 2_147_483_647;
/** Nova's JSON schema caps rxtx_factor at the largest 32-bit float. */
const RXTX_MAX = 3.40282e38;

// Horizon's rule for flavor names and ids: no markup, nothing a URL would mangle.
const FLAVOR_NAME = /^[\p{L}\p{N}_. -]+$/u;
const FLAVOR_ID = /^[A-Za-z0-9_.-]+$/;
// Nova: extra spec keys are 1-255 of letters, digits and "-_:. ".
const EXTRA_SPEC_KEY = /^[A-Za-z0-9_:. -]{1,255}$/;

/** Typed digits as a number; a run of thousands of digits stays finite (and too big). */
const toNumber = (text: string): number => {
  const n = Number(text);
  return Number.isFinite(n) ? n : Math.sign(n) * Number.MAX_VALUE;
};

export function wholeNumber(label: string, min: 0 | 1, max = SQL_INT_MAX) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .regex(/^-?\d+$/, { error: `${label} must be a whole number.` })
    .transform(toNumber)
    .pipe(
      z
        .number()
        .min(min, {
          error: min === 1 ? `${label} must be at least 1.` : `${label} cannot be negative.`,
        })
        .max(max, { error: `${label} must be at most ${max.toLocaleString('en-US')}.` }),
    );
}

const rxtxFactor = z
  .string()
  .trim()
  .min(1, { error: 'RX/TX Factor is required.' })
  .regex(/^-?\d+(\.\d+)?$/, { error: 'RX/TX Factor must be a number such as 1 or 1.5.' })
  .transform(toNumber)
  .pipe(
    z
      .number()
      .gt(0, { error: 'RX/TX Factor must be greater than 0.' })
      .max(RXTX_MAX, { error: 'RX/TX Factor is too large.' }),
  );

export const flavorName = z
  .string()
  .trim()
  .min(1, { error: 'Name is required.' })
  .max(255, { error: 'Name must be 255 characters or fewer.' })
  .regex(FLAVOR_NAME, {
    error: 'Name may only contain letters, numbers, spaces, underscores, periods and hyphens.',
  });

const flavorId = z
  .string()
  .trim()
  .min(1, { error: 'ID is required: type "auto" to let Nova generate one.' })
  .max(255, { error: 'ID must be 255 characters or fewer.' })
  .regex(FLAVOR_ID, {
    error:
      'ID may only contain letters, numbers, underscores, periods and hyphens; "auto" lets Nova generate one.',
  });

export const createFlavorInput = z.object({
  name: flavorName,
  id: flavorId,
  vcpus: wholeNumber('VCPUs', 1),
  ram: wholeNumber('RAM (MB)', 1),
  disk: wholeNumber('Root Disk (GB)', 0),
  ephemeral: wholeNumber('Ephemeral Disk (GB)', 0),
  swap: wholeNumber('Swap Disk (MB)', 0),
  rxtx_factor: rxtxFactor,
  is_public: z.boolean(),
});
export type CreateFlavorInput = z.infer<typeof createFlavorInput>;

/** "key=value" lines → extra specs; each wrong line is named in the message. */
export const extraSpecLines = z
  .string()
  .max(100_000, { error: 'Too much text: at most 100,000 characters.' })
  .transform((text, ctx) => {
    const specs: Record<string, string> = {};
    text.split('\n').forEach((raw, index) => {
      const line = raw.trim();
      if (!line) return;
      const at = line.indexOf('=');
      const key = at > 0 ? line.slice(0, at).trim() : '';
      const value = at > 0 ? line.slice(at + 1).trim() : '';
      const where = `Line ${index + 1}`;
      const problem = !key
        ? 'write it as key=value.'
        : !EXTRA_SPEC_KEY.test(key)
          ? 'the key may only contain letters, numbers, spaces and "-_:." (255 at most).'
          : value.length > 255
            ? 'the value must be 255 characters or fewer.'
            : key in specs
              ? `"${key}" is given twice.`
              : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: `${where}: ${problem}` });
      else specs[key] = value;
    });
    return specs;
  });

export const updateMetadataInput = z.object({
  specs: extraSpecLines,
  // The flavor's specs when the form opened, as JSON (not a field): what to unset.
  current: z.string().transform((text) => parseSpecsJson(text)),
});
export type UpdateMetadataInput = z.infer<typeof updateMetadataInput>;

export const modifyAccessInput = z.object({
  projects: z.array(z.string().min(1)).max(1000, { error: 'At most 1,000 projects.' }),
  // The projects with access when the form opened (not a field).
  current: z.array(z.string()),
});
export type ModifyAccessInput = z.infer<typeof modifyAccessInput>;

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

export function specsToLines(specs: Record<string, string>): string {
  return Object.entries(specs)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/** What to set and what to unset to go from `before` to `after`. */
export function specsChange(
  before: Record<string, string>,
  after: Record<string, string>,
): { set: Record<string, string>; unset: string[] } {
  const set = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  const unset = Object.keys(before).filter((k) => !(k in after));
  return { set, unset };
}

export function accessChange(before: string[], after: string[]) {
  return {
    add: after.filter((p) => !before.includes(p)),
    remove: before.filter((p) => !after.includes(p)),
  };
}
