// A create action whose form is built from the cloud when it opens (no React
// here: the definitions that hold one are read on the server too).
import type { Equivalents } from '@/lib/equivalents/types';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import type { ActionContext } from '@/lib/resources/types';
import type { z } from 'zod';

export interface AsyncFormAction<S extends z.ZodType = z.ZodType, R = unknown> {
  title: string;
  build: (ctx: ActionContext) => Promise<FormSpec<S>>;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<R>;
  success: (input: z.infer<S>, result: R) => string;
  equivalents?: (values: FormValues, ctx: ActionContext) => Equivalents;
}

/** Keeps the input type checked while the action is stored untyped. */
export function asyncFormAction<S extends z.ZodType, R>(
  action: AsyncFormAction<S, R>,
): AsyncFormAction {
  return action as unknown as AsyncFormAction;
}
