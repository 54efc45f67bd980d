// Form input for Project → Compute → Server Groups (api-ref: compute v2.1,
// "Server groups (os-server-groups)", microversion 2.64: one policy plus rules).
import { z } from 'zod';

export const SERVER_GROUP_POLICIES = [
  { value: 'affinity', label: 'Affinity' },
  { value: 'anti-affinity', label: 'Anti Affinity' },
  { value: 'soft-affinity', label: 'Soft Affinity' },
  { value: 'soft-anti-affinity', label: 'Soft Anti Affinity' },
] as const;

export type ServerGroupPolicy = (typeof SERVER_GROUP_POLICIES)[number]['value'];

export function policyLabel(policy: string | undefined): string {
  return SERVER_GROUP_POLICIES.find((p) => p.value === policy)?.label ?? policy ?? '-';
}

// Nova accepts any printable name; we keep to what reads well in a list and a URL.
const GROUP_NAME = /^[\p{L}\p{N}_. -]+$/u;

const MAX_PER_HOST = 1000;

function maxPerHostProblem(text: string): string | undefined {
  if (text === '') return undefined;
  if (!/^-?\d+$/.test(text)) return 'Max Servers per Host must be a whole number.';
  const value = Number(text);
  if (value < 1) return 'Max Servers per Host must be at least 1.';
  if (value > MAX_PER_HOST) return 'Max Servers per Host must be at most 1,000.';
  return undefined;
}

export const createServerGroupInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'Name is required.' })
      .max(255, { error: 'Name must be 255 characters or fewer.' })
      .regex(GROUP_NAME, {
        error: 'Name may only contain letters, numbers, spaces, underscores, periods and hyphens.',
      }),
    policy: z.enum(
      SERVER_GROUP_POLICIES.map((p) => p.value) as [ServerGroupPolicy, ...ServerGroupPolicy[]],
      { error: 'Choose a policy.' },
    ),
    max_server_per_host: z.string(),
  })
  .superRefine((input, ctx) => {
    // Nova allows the rule only with anti-affinity; a hidden field is never checked.
    if (input.policy !== 'anti-affinity') return;
    const problem = maxPerHostProblem(input.max_server_per_host.trim());
    if (problem) ctx.addIssue({ code: 'custom', path: ['max_server_per_host'], message: problem });
  })
  .transform(({ name, policy, max_server_per_host }) => {
    const text = max_server_per_host.trim();
    return {
      name,
      policy,
      max_server_per_host: policy === 'anti-affinity' && text ? Number(text) : undefined,
    };
  });
export type CreateServerGroupInput = z.infer<typeof createServerGroupInput>;
