// A template given by URL is fetched by Heat, not by the browser: its
// parameters come from Heat's template validate, asked per URL and environment.
// What the wizard's steps make of that answer (pending, refused, read).
import type { FormValues } from '@/lib/forms/types';
import type { ValidatedParameters } from '@/lib/orchestration-template/validation';
import { TEMPLATE_URL } from './stack-inputs';
import type { z } from 'zod';

export interface UrlSource {
  url: string;
  /** The Environment Data text ('' for none): Heat reads the template with it. */
  environment: string;
}

export type UrlReading =
  | { state: 'pending' }
  | { state: 'refused'; message: string }
  | ({ state: 'ok' } & ValidatedParameters);

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The URL source of the values, when the source is URL and the URL is one Heat could fetch. */
export function urlSourceOf(values: FormValues): UrlSource | null {
  if (values.template_source !== 'url') return null;
  const url = text(values.template_url).trim();
  if (!TEMPLATE_URL.test(url)) return null;
  return { url, environment: text(values.environment_data) };
}

/** One answer per URL and environment text. */
export const urlKey = (source: UrlSource) => JSON.stringify([source.url, source.environment]);

/** Step 1 with Heat's refusal of the URL at the Template URL field. */
export function withUrlRefusal(schema: z.ZodType, reading: UrlReading | undefined): z.ZodType {
  if (reading?.state !== 'refused') return schema;
  return schema.superRefine((_v, ctx) =>
    ctx.addIssue({ code: 'custom', path: ['template_url'], message: reading.message }),
  );
}

/** The key under which step 2 says its parameters are not known yet. */
export const PARAMETERS_PENDING = 'template_parameters';

/** Step 2 cannot be launched before Heat has answered the template's parameters. */
export function awaitingParameters(schema: z.ZodType, reading: UrlReading | undefined): z.ZodType {
  if (reading?.state === 'ok') return schema;
  const message =
    reading?.state === 'refused'
      ? reading.message
      : 'Heat has not read the template at this URL yet.';
  return schema.superRefine((_v, ctx) =>
    ctx.addIssue({ code: 'custom', path: [PARAMETERS_PENDING], message }),
  );
}
