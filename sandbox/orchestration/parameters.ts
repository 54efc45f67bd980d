import { HeatError, validationFailed } from './errors';

// HOT parameters: their schema, the values a stack gets (user's, else default),
// the constraints in Heat's words, and what template validate answers for them.

export interface CustomChecks {
  /** Returns Heat's message for a value the custom constraint refuses, or null. */
  check(constraint: string, value: string): string | null;
}

const TYPES: Record<string, string> = {
  string: 'String',
  number: 'Number',
  comma_delimited_list: 'CommaDelimitedList',
  json: 'Json',
  boolean: 'Boolean',
};

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParamSchema {
  name: string;
  type: string;
  label?: string;
  description?: string;
  default?: unknown;
  hidden: boolean;
  immutable: boolean;
  tags?: string[];
  constraints: Record<string, unknown>[];
}

export function parameterSchemas(template: Record<string, unknown>): ParamSchema[] {
  const params = template.parameters ?? {};
  if (!isMap(params)) throw validationFailed('The template section is invalid: parameters');
  return Object.entries(params).map(([name, raw]) => {
    if (!isMap(raw))
      throw new HeatError(
        400,
        'InvalidSchemaError',
        `Invalid parameter ${name}, expected a mapping`,
      );
    if (raw.type === undefined)
      throw new HeatError(
        400,
        'InvalidSchemaError',
        `Missing parameter type for parameter: ${name}`,
      );
    const type = String(raw.type);
    if (!(type in TYPES)) throw new HeatError(400, 'InvalidSchemaError', `Invalid type (${type})`);
    const constraints = raw.constraints ?? [];
    if (!Array.isArray(constraints) || !constraints.every(isMap))
      throw new HeatError(
        400,
        'InvalidSchemaError',
        `Invalid parameter constraints for parameter ${name}, expected a list`,
      );
    return {
      name,
      type,
      label: raw.label === undefined ? undefined : String(raw.label),
      description: raw.description === undefined ? undefined : String(raw.description),
      default: raw.default,
      hidden: raw.hidden === true || raw.hidden === 'true',
      immutable: raw.immutable === true,
      tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
      constraints,
    };
  });
}

function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || Number.isNaN(n))
    throw validationFailed(`could not convert string to float: '${String(value)}'`);
  return n;
}

/** The parameter's value in its type (numbers as numbers, lists as lists). */
export function coerce(schema: ParamSchema, value: unknown): unknown {
  switch (schema.type) {
    case 'number':
      return toNumber(value);
    case 'comma_delimited_list':
      if (Array.isArray(value)) return value.map(String);
      return String(value) === ''
        ? []
        : String(value)
            .split(',')
            .map((s) => s.trim());
    case 'json':
      if (typeof value === 'string') {
        try {
          return JSON.parse(value);
        } catch (err) {
          throw validationFailed(`Value must be valid JSON: ${(err as Error).message}`);
        }
      }
      return value;
    case 'boolean': {
      const s = String(value).toLowerCase();
      if (['true', 't', 'on', 'y', 'yes', '1'].includes(s)) return true;
      if (['false', 'f', 'off', 'n', 'no', '0'].includes(s)) return false;
      throw validationFailed(
        `Unrecognized value "${String(value)}", acceptable values are: '0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'`,
      );
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

const pyNum = (n: unknown) => (n === undefined || n === null ? 'None' : String(n));

function constraintError(
  c: Record<string, unknown>,
  value: unknown,
  custom: CustomChecks,
): string | null {
  const own = (m: string) => (c.description ? String(c.description) : m);
  if (isMap(c.range)) {
    const n = toNumber(value);
    const { min, max } = c.range as { min?: number; max?: number };
    if ((min !== undefined && n < min) || (max !== undefined && n > max))
      return own(`${String(value)} is out of range (min: ${pyNum(min)}, max: ${pyNum(max)})`);
  }
  if (isMap(c.length)) {
    const len = Array.isArray(value)
      ? value.length
      : isMap(value)
        ? Object.keys(value).length
        : String(value).length;
    const { min, max } = c.length as { min?: number; max?: number };
    if ((min !== undefined && len < min) || (max !== undefined && len > max))
      return own(`length (${len}) is out of range (min: ${pyNum(min)}, max: ${pyNum(max)})`);
  }
  if (Array.isArray(c.allowed_values)) {
    const allowed = c.allowed_values.map((a) => String(a));
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (!values.every((v) => allowed.includes(v)))
      return own(
        `${JSON.stringify(Array.isArray(value) ? value : String(value))} is not an allowed value [${c.allowed_values.map((a) => JSON.stringify(a)).join(', ')}]`,
      );
  }
  if (typeof c.allowed_pattern === 'string') {
    const match = new RegExp(`^(?:${c.allowed_pattern})`).exec(String(value));
    if (!match || match[0] !== String(value))
      return own(`"${String(value)}" does not match pattern "${c.allowed_pattern}"`);
  }
  if (typeof c.custom_constraint === 'string') {
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const v of values) {
      const message = custom.check(c.custom_constraint, v);
      if (message) return own(message);
    }
  }
  return null;
}

/**
 * The stack's parameter values: the user's (every one must be declared), else the
 * default; each checked against its constraints. Pseudo parameters are added by the caller.
 */
export function resolveParameters(
  schemas: ParamSchema[],
  given: Record<string, unknown>,
  custom: CustomChecks,
  options: { requireValues: boolean } = { requireValues: true },
): Record<string, unknown> {
  for (const key of Object.keys(given))
    if (!schemas.some((s) => s.name === key))
      throw new HeatError(
        400,
        'UnknownUserParameter',
        `The Parameter (${key}) was not defined in template.`,
      );
  const values: Record<string, unknown> = {};
  for (const schema of schemas) {
    const raw = given[schema.name] ?? schema.default;
    if (raw === undefined || raw === null) {
      if (options.requireValues)
        throw new HeatError(
          400,
          'UserParameterMissing',
          `The Parameter (${schema.name}) was not provided.`,
        );
      // Template validate checks the template, not the values: get_param of a parameter
      // that has none yet gives nothing, as Heat's validation does.
      values[schema.name] = null;
      continue;
    }
    try {
      const value = coerce(schema, raw);
      for (const c of schema.constraints) {
        const message = constraintError(c, value, custom);
        if (message) throw validationFailed(message);
      }
      values[schema.name] = value;
    } catch (err) {
      if (err instanceof HeatError && err.type === 'StackValidationFailed')
        throw validationFailed(`Parameter '${schema.name}' is invalid: ${err.message}`);
      throw err;
    }
  }
  return values;
}

/** What POST /validate answers for one parameter (CloudFormation-style keys). */
export function validatedParameter(schema: ParamSchema, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Type: TYPES[schema.type],
    Description: schema.description ?? '',
    Label: schema.label ?? schema.name,
    NoEcho: schema.hidden ? 'true' : 'false',
  };
  if (schema.default !== undefined) out.Default = schema.default;
  if (value !== undefined) out.Value = value;
  const descriptions: string[] = [];
  for (const c of schema.constraints) {
    if (c.description) descriptions.push(String(c.description));
    if (isMap(c.range)) {
      if (c.range.min !== undefined) out.MinValue = c.range.min;
      if (c.range.max !== undefined) out.MaxValue = c.range.max;
    }
    if (isMap(c.length)) {
      if (c.length.min !== undefined) out.MinLength = c.length.min;
      if (c.length.max !== undefined) out.MaxLength = c.length.max;
    }
    if (Array.isArray(c.allowed_values)) out.AllowedValues = c.allowed_values;
    if (typeof c.allowed_pattern === 'string') out.AllowedPattern = c.allowed_pattern;
    if (typeof c.custom_constraint === 'string') out.CustomConstraint = c.custom_constraint;
  }
  if (descriptions.length) out.ConstraintDescription = descriptions.join('\n');
  if (schema.immutable) out.Immutable = true;
  if (schema.tags) out.Tags = schema.tags;
  return out;
}

/** parameter_groups as validate answers them; a parameter in two groups, or unknown, is refused. */
export function parameterGroups(
  template: Record<string, unknown>,
  schemas: ParamSchema[],
): unknown[] | undefined {
  const groups = template.parameter_groups;
  if (groups === undefined) return undefined;
  if (!Array.isArray(groups))
    throw validationFailed(
      'Parameter Groups error: parameter_groups: The parameter_groups should be a list.',
    );
  const seen = new Set<string>();
  return groups.map((g) => {
    const group = isMap(g) ? g : {};
    const params = group.parameters;
    if (!Array.isArray(params))
      throw validationFailed(
        'Parameter Groups error: parameter_groups.: The parameters must be provided for each parameter group.',
      );
    for (const p of params) {
      const name = String(p);
      if (!schemas.some((s) => s.name === name))
        throw validationFailed(
          `Parameter Groups error: parameter_groups.${String(group.label ?? '')}: The grouped parameter ${name} does not reference a valid parameter.`,
        );
      if (seen.has(name))
        throw validationFailed(
          `Parameter Groups error: parameter_groups.${String(group.label ?? '')}: The ${name} parameter must be assigned to one parameter group only.`,
        );
      seen.add(name);
    }
    return {
      ...(group.label !== undefined ? { label: group.label } : {}),
      ...(group.description !== undefined ? { description: group.description } : {}),
      parameters: params.map(String),
    };
  });
}
