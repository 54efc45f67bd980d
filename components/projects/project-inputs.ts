// Form inputs of Identity → Projects (api-ref identity v3, "Projects"; Keystone's
// project name is 1 to 64 characters).
import { z } from 'zod';
import { parseMembers } from '@/lib/forms/members';

const name = z
  .string()
  .trim()
  .min(1, { error: 'Name is required.' })
  .max(64, { error: 'Name must be 64 characters or fewer.' });

export const createProjectInput = z.object({
  name,
  description: z.string().trim(),
  domain: z.string().min(1, { error: 'Domain is required.' }),
  enabled: z.boolean(),
});
export type CreateProjectInput = z.infer<typeof createProjectInput>;

export const editProjectInput = z.object({
  name,
  description: z.string().trim(),
  enabled: z.boolean(),
});

export const membersInput = z.object({
  user: z.string().min(1, { error: 'Choose a user.' }),
  roles: z.array(z.string()),
});

/** A member with every role unticked: Keystone has no membership without a role. */
function roleless(entries: string[]): boolean {
  return [...parseMembers(entries).values()].some((roles) => roles.length === 0);
}
const NEEDS_ROLE = 'Each member needs at least one role; remove the ones that should have none.';

/** Manage Members: users and groups with their roles ('members' fields), and what was held before. */
export const projectMembersInput = z.object({
  users: z.array(z.string()).refine((v) => !roleless(v), { error: NEEDS_ROLE }),
  groups: z.array(z.string()).refine((v) => !roleless(v), { error: NEEDS_ROLE }),
  current: z.string(),
});

/** One limit: a whole number, -1 for unlimited. */
const limit = z
  .string()
  .trim()
  .min(1, { error: 'A limit is required (-1 for unlimited).' })
  .regex(/^-?\d+$/, { error: 'Enter a whole number (-1 for unlimited).' })
  .transform(Number)
  .refine((n) => n >= -1, { error: 'The smallest limit is -1 (unlimited).' });

export function quotaInput(keys: string[]) {
  return z.object(Object.fromEntries(keys.map((k) => [k, limit])));
}

/** Roles to add and to remove so the user holds exactly `wanted`. */
export function roleChange(held: string[], wanted: string[]) {
  return {
    grant: wanted.filter((r) => !held.includes(r)),
    revoke: held.filter((r) => !wanted.includes(r)),
  };
}
