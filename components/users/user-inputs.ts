// Form inputs of Identity → Users (api-ref identity v3, "Users"; Keystone's user
// name is 1 to 255 characters). The confirmation must match, as in Horizon.
import { z } from 'zod';

const name = z
  .string()
  .trim()
  .min(1, { error: 'User Name is required.' })
  .max(255, { error: 'User Name must be 255 characters or fewer.' });

const email = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+$/.test(v), {
    error: 'Enter a valid email address.',
  });

const password = z
  .string()
  .min(1, { error: 'Password is required.' })
  .max(4096, { error: 'Password must be 4096 characters or fewer.' });

function matching<T extends { password: string; confirm_password: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.password !== value.confirm_password)
    ctx.addIssue({
      code: 'custom',
      path: ['confirm_password'],
      message: 'Passwords do not match.',
    });
}

export const createUserInput = z
  .object({
    name,
    email,
    description: z.string().trim(),
    password,
    confirm_password: z.string(),
    project: z.string(),
    role: z.string(),
    enabled: z.boolean(),
  })
  .superRefine(matching);
export type CreateUserInput = z.infer<typeof createUserInput>;

export const editUserInput = z.object({
  name,
  email,
  description: z.string().trim(),
  project: z.string(),
});

export const changePasswordInput = z
  .object({ password, confirm_password: z.string() })
  .superRefine(matching);
