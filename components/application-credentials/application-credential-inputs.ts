// The Create Application Credential form's input: expiry as a UTC date and time
// that must lie ahead, and access rules as a JSON list or the plain YAML list
// Horizon shows (- service: compute / method: GET / path: /v2.1/servers).
import { z } from 'zod';
import type { AccessRule } from '@/lib/openstack/identity/application-credential-schemas';

const METHODS = ['POST', 'GET', 'HEAD', 'PATCH', 'PUT', 'DELETE'];

/** Parses the access rules text; a string says what is wrong. */
export function parseAccessRules(text: string): AccessRule[] | string {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  let items: unknown;
  if (trimmed.startsWith('[')) {
    try {
      items = JSON.parse(trimmed);
    } catch {
      return 'Not valid JSON: give a list like [{"service": "compute", "method": "GET", "path": "/v2.1/servers"}].';
    }
  } else {
    const list: Record<string, string>[] = [];
    for (const raw of trimmed.split('\n')) {
      const line = raw.replace(/\s+$/, '');
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const m = /^(\s*-\s+|\s+)?([a-z_]+):\s*(.*)$/.exec(line);
      if (!m)
        return `Cannot read the line "${line.trim()}": use "key: value" lines, each rule starting with "- ".`;
      if (m[1]?.includes('-') || list.length === 0) list.push({});
      const value = (m[3] ?? '').replace(/^(['"])(.*)\1$/, '$2');
      const last = list[list.length - 1];
      if (last) last[m[2] ?? ''] = value;
    }
    items = list;
  }
  if (!Array.isArray(items)) return 'Give a list of rules.';
  const rules: AccessRule[] = [];
  for (const [index, item] of items.entries()) {
    const n = index + 1;
    if (typeof item !== 'object' || item === null) return `Rule ${n} is not an object.`;
    const { service, method, path } = item as Record<string, unknown>;
    if (typeof service !== 'string' || !/^[a-zA-Z0-9-]+$/.test(service))
      return `Rule ${n}: "service" must be a service type such as compute.`;
    if (typeof method !== 'string' || !METHODS.includes(method))
      return `Rule ${n}: "method" must be one of ${METHODS.join(', ')}.`;
    if (typeof path !== 'string' || !path.startsWith('/'))
      return `Rule ${n}: "path" must start with "/".`;
    rules.push({ service, method, path });
  }
  return rules;
}

/** The expiry in ISO 8601 UTC, from the form's date and time (UTC), or undefined. */
export function expiryOf(date: string, time: string): string | undefined {
  if (!date) return undefined;
  return `${date}T${time || '00:00'}:00`;
}

export function createApplicationCredentialInput(now: () => number = Date.now) {
  return z
    .object({
      name: z.string().trim().min(1, 'Enter a name.').max(255, 'At most 255 characters.'),
      description: z.string().trim().default(''),
      secret: z.string().default(''),
      expiration_date: z
        .string()
        .trim()
        .default('')
        .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Use the form YYYY-MM-DD.'),
      expiration_time: z
        .string()
        .trim()
        .default('')
        .refine(
          (v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
          'Use the form HH:MM (24 hours).',
        ),
      roles: z.array(z.string()).default([]),
      access_rules: z.string().default(''),
      unrestricted: z.boolean().default(false),
    })
    .superRefine((v, ctx) => {
      const rules = parseAccessRules(v.access_rules);
      if (typeof rules === 'string')
        ctx.addIssue({ code: 'custom', path: ['access_rules'], message: rules });
      if (v.expiration_time && !v.expiration_date)
        ctx.addIssue({
          code: 'custom',
          path: ['expiration_date'],
          message: 'Give a date for the time.',
        });
      const expiry = expiryOf(v.expiration_date, v.expiration_time);
      if (expiry && /^\d{4}-\d{2}-\d{2}$/.test(v.expiration_date)) {
        const at = Date.parse(`${expiry}Z`);
        if (Number.isNaN(at))
          ctx.addIssue({ code: 'custom', path: ['expiration_date'], message: 'Not a date.' });
        else if (at <= now())
          ctx.addIssue({
            code: 'custom',
            path: ['expiration_date'],
            message:
              'The expiration must be in the future (Keystone refuses an expiry before now).',
          });
      }
    });
}

export type CreateApplicationCredentialInput = z.infer<
  ReturnType<typeof createApplicationCredentialInput>
>;
