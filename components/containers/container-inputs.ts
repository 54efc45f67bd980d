// The Containers panel's forms: what Swift would refuse is said at the field.
import { z } from 'zod';
import { containerNameProblem, objectNameProblem } from '@/lib/openstack/object-store/swift-names';

function checked(problem: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

export const containerNameInput = checked(containerNameProblem);

export const createContainerInput = z.object({
  name: containerNameInput,
  access: z.enum(['private', 'public']),
  /** A policy name from Swift's /info; absent when Swift listed none (its default applies). */
  policy: z.string().optional(),
});

export type CreateContainerFormInput = z.infer<typeof createContainerInput>;

export const createFolderInput = z.object({
  name: checked((value) => {
    const trimmed = value.replace(/\/+$/, '');
    if (trimmed === '') return 'Enter a folder name.';
    return objectNameProblem(trimmed);
  }),
});

export const copyObjectInput = z.object({
  container: containerNameInput,
  name: checked(objectNameProblem),
});

export const objectNameInput = checked(objectNameProblem);
