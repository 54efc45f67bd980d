// The Launch Stack and Change Stack Template forms: the template source, the
// stack's settings and the fields generated from the template's parameters.
import { z } from 'zod';
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import {
  customConstraint,
  parameterProblem,
  readTemplateParameters,
  yamlProblems,
  type ParameterField,
} from '@/lib/orchestration-template/parameters';

export const PARAM_PREFIX = 'param:';
export const paramKey = (name: string) => `${PARAM_PREFIX}${name}`;

export type TemplateSource = 'file' | 'raw' | 'url';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A URL Heat can fetch a template from (heat.common.urlfetch: http and https only). */
export const TEMPLATE_URL = /^https?:\/\/\S+$/;

/** Step 1: where the template (and the environment) come from. */
export const templateSourceInput = z
  .object({
    template_source: z.enum(['file', 'raw', 'url']),
    template_data: z.string().optional().default(''),
    template_url: z.string().optional().default(''),
    environment_data: z.string().optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.template_source === 'url') {
      if (!TEMPLATE_URL.test(v.template_url.trim()))
        ctx.addIssue({
          code: 'custom',
          path: ['template_url'],
          message: 'Enter a valid URL (http:// or https://).',
        });
      return;
    }
    if (v.template_data.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['template_data'],
        message:
          v.template_source === 'file'
            ? 'Choose a template file.'
            : 'Enter the template (YAML or JSON).',
      });
      return;
    }
    const problem = yamlProblems(v.template_data)[0];
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['template_data'],
        message: `Line ${problem.line}: ${problem.message}`,
      });
    const envProblem = yamlProblems(v.environment_data)[0];
    if (envProblem)
      ctx.addIssue({
        code: 'custom',
        path: ['environment_data'],
        message: `Line ${envProblem.line}: ${envProblem.message}`,
      });
  });

/** Heat's rule for stack names (heat/api/openstack/v1/stacks.py). */
const STACK_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

export const stackSettingsInput = z.object({
  stack_name: z
    .string()
    .trim()
    .min(1, 'Enter a stack name.')
    .max(255, 'At most 255 characters.')
    .regex(
      STACK_NAME,
      'A stack name must start with a letter and contain only letters, digits and "_-.".',
    ),
  timeout_mins: z.coerce
    .number({ message: 'Enter a whole number of minutes.' })
    .int('Enter a whole number of minutes.')
    .min(1, 'At least 1 minute.'),
  rollback: z.boolean().default(false),
});

/** The parameters of a template text (none when it does not parse). */
export function templateParameters(template: string): ParameterField[] {
  const reading = readTemplateParameters(template);
  return reading.ok ? reading.parameters : [];
}

/** The defaults of the generated fields. */
export function parameterDefaults(fields: ParameterField[]): FormValues {
  return Object.fromEntries(
    fields.map((f) => [
      paramKey(f.name),
      f.type === 'boolean' ? f.default === true : text(f.default),
    ]),
  );
}

/** One form field per parameter: hidden → password, boolean → checkbox, allowed_values → select. */
export function parameterFieldSpec(
  f: ParameterField,
  pickers: Record<string, { value: string; label: string }[] | undefined> = {},
): FieldSpec {
  const base = {
    name: paramKey(f.name),
    label: f.label,
    help: f.description,
    required: f.default === undefined && f.type !== 'boolean',
  };
  if (f.type === 'boolean') return { ...base, kind: 'checkbox' };
  if (f.hidden) return { ...base, kind: 'password', autoComplete: 'new-password' };
  const allowed = f.constraints.find((c) => c.kind === 'allowed_values');
  if (allowed && allowed.kind === 'allowed_values' && f.type !== 'comma_delimited_list')
    return {
      ...base,
      kind: 'select',
      options: [
        { value: '', label: 'Select a value' },
        ...allowed.values.map((v) => ({ value: v, label: v })),
      ],
    };
  const custom = customConstraint(f);
  const choices = custom ? pickers[custom] : undefined;
  if (choices)
    return {
      ...base,
      kind: 'select',
      options: [{ value: '', label: 'Select a value' }, ...choices],
    };
  if (f.type === 'json') return { ...base, kind: 'textarea', rows: 4, monospace: true };
  if (f.type === 'number') return { ...base, kind: 'number' };
  return { ...base, kind: 'text' };
}

/** What goes to Heat: every value the form holds for the template's parameters, as text. */
export function parameterValues(
  fields: ParameterField[],
  values: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const value = values[paramKey(f.name)];
    if (f.type === 'boolean') out[f.name] = value === true ? 'true' : 'false';
    else if (text(value) !== '') out[f.name] = text(value);
  }
  return out;
}

export const LAUNCH_DEFAULTS: FormValues = {
  template_source: 'raw',
  template_data: '',
  template_url: '',
  environment_data: '',
  stack_name: '',
  timeout_mins: '60',
  rollback: false,
};

/** One parameter's check, so each field gets its message whatever the others hold. */
function parameterCheck(f: ParameterField) {
  return z.unknown().superRefine((value, ctx) => {
    if (f.type === 'boolean') return;
    const s = text(value);
    if (s === '') {
      if (f.default === undefined)
        ctx.addIssue({ code: 'custom', message: `The Parameter (${f.name}) was not provided.` });
      return;
    }
    const problem = parameterProblem(f, s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** Step 2: the stack's settings and the generated parameter fields, each checked at its field. */
export function launchInput(fields: ParameterField[]) {
  // A field the user has not touched is absent from the values: it stands for
  // the parameter's default (or for nothing, which its check then refuses).
  const untouched = Object.fromEntries(
    fields.map((f) => [paramKey(f.name), f.type === 'boolean' ? f.default === true : '']),
  );
  const fill = (raw: unknown) =>
    typeof raw === 'object' && raw !== null ? { ...untouched, ...raw } : raw;
  return z.preprocess(fill, launchObject(fields));
}

function launchObject(fields: ParameterField[]) {
  return stackSettingsInput
    .extend(Object.fromEntries(fields.map((f) => [paramKey(f.name), parameterCheck(f)])))
    .loose()
    .transform((v) => ({
      stack_name: v.stack_name,
      timeout_mins: v.timeout_mins,
      rollback: v.rollback,
      parameters: parameterValues(fields, v),
    }));
}
