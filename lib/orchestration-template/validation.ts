// Heat's answer to template validate (POST /validate), read into the same
// parameter model as a template's text: a template Heat fetched from a URL
// then gets the same generated form. The answer gives each parameter in
// CloudFormation-style keys (heat.engine.api.format_validate_parameter): Type
// String/Number/CommaDelimitedList/Json/Boolean, NoEcho "true"/"false", Label
// (the name when the template has none), Default, Value (the environment's),
// MinLength/MaxLength, MinValue/MaxValue, AllowedValues, AllowedPattern,
// CustomConstraint and one ConstraintDescription for them all; and the
// template's parameter_groups as ParameterGroups.
import {
  defaultText,
  isTrue,
  sectionsOf,
  type ParameterConstraint,
  type ParameterField,
  type ParameterSection,
  type ParameterType,
} from './parameters';

/** The part of the validate answer the form needs; extra keys are ignored. */
export interface ValidationAnswer {
  Parameters?: Record<string, Record<string, unknown>> | null;
  ParameterGroups?: unknown;
}

export interface ValidatedParameters {
  sections: ParameterSection[];
  parameters: ParameterField[];
}

const TYPES: Record<string, ParameterType> = {
  String: 'string',
  Number: 'number',
  CommaDelimitedList: 'comma_delimited_list',
  Json: 'json',
  Boolean: 'boolean',
};

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function typeOf(value: unknown): ParameterType {
  const name = String(value);
  return TYPES[name] ?? Object.values(TYPES).find((t) => t === name) ?? 'string';
}

/**
 * The constraints the answer flattens into keys. Heat joins the constraints'
 * descriptions into one ConstraintDescription, so each constraint carries it.
 */
function constraintsOf(p: Record<string, unknown>): ParameterConstraint[] {
  const description = text(p.ConstraintDescription);
  const extra = description !== undefined ? { description } : {};
  const out: ParameterConstraint[] = [];
  const minLength = num(p.MinLength);
  const maxLength = num(p.MaxLength);
  if (minLength !== undefined || maxLength !== undefined)
    out.push({ kind: 'length', min: minLength, max: maxLength, ...extra });
  const minValue = num(p.MinValue);
  const maxValue = num(p.MaxValue);
  if (minValue !== undefined || maxValue !== undefined)
    out.push({ kind: 'range', min: minValue, max: maxValue, ...extra });
  if (Array.isArray(p.AllowedValues))
    out.push({ kind: 'allowed_values', values: p.AllowedValues.map(String), ...extra });
  if (typeof p.AllowedPattern === 'string')
    out.push({ kind: 'allowed_pattern', pattern: p.AllowedPattern, ...extra });
  if (typeof p.CustomConstraint === 'string')
    out.push({ kind: 'custom_constraint', name: p.CustomConstraint, ...extra });
  return out;
}

function fieldOf(name: string, p: Record<string, unknown>): ParameterField {
  const type = typeOf(p.Type);
  const description = text(p.Description);
  // The environment's value (Value) is what the stack would get; else the default.
  const dflt = defaultText(type, p.Value ?? p.Default);
  return {
    name,
    type,
    label: text(p.Label) ?? name,
    ...(description !== undefined ? { description } : {}),
    ...(dflt !== undefined ? { default: dflt } : {}),
    hidden: isTrue(p.NoEcho ?? false),
    immutable: isTrue(p.Immutable ?? false),
    constraints: constraintsOf(p),
  };
}

/** The validate answer's parameters, in the form's sections (parameter groups first). */
export function parametersFromValidation(answer: ValidationAnswer): ValidatedParameters {
  const declared = answer.Parameters ?? {};
  const parameters = Object.entries(declared).map(([name, p]) =>
    fieldOf(name, typeof p === 'object' && p !== null ? p : {}),
  );
  return { sections: sectionsOf(parameters, answer.ParameterGroups), parameters };
}
