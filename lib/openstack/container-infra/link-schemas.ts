// Magnum's self/bookmark links, on every resource it answers.
import { z } from 'zod';

export const magnumLinksSchema = z
  .array(z.object({ href: z.string(), rel: z.string() }))
  .optional();

/** Labels: Magnum keeps strings; null on a template that never had any. */
export const labelsSchema = z.record(z.string(), z.string()).nullish();
