// Form inputs of Identity → Groups (api-ref identity v3, "Groups"; a group name is
// 1 to 64 characters).
import { z } from 'zod';

export const groupInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Name is required.' })
    .max(64, { error: 'Name must be 64 characters or fewer.' }),
  description: z.string().trim(),
});

export const groupMembersInput = z.object({
  users: z.array(z.string()),
  // The members when the form opened, as JSON (not a field).
  current: z.string(),
});

export function parseIds(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function memberChange(before: string[], after: string[]) {
  return {
    add: after.filter((id) => !before.includes(id)),
    remove: before.filter((id) => !after.includes(id)),
  };
}
