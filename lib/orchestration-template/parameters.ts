// Reads a HOT template's `parameters` and `parameter_groups` into field
// descriptions for the Launch Stack form, and checks a value against a
// parameter's constraints with Heat's own wording (heat/engine/constraints.py).
import { LineCounter, parseDocument } from 'yaml';

export type ParameterType = 'string' | 'number' | 'comma_delimited_list' | 'json' | 'boolean';

export type ParameterConstraint =
  | { kind: 'range'; min?: number; max?: number; description?: string }
  | { kind: 'length'; min?: number; max?: number; description?: string }
  | { kind: 'allowed_values'; values: string[]; description?: string }
  | { kind: 'allowed_pattern'; pattern: string; description?: string }
  | { kind: 'custom_constraint'; name: string; description?: string };

export interface ParameterField {
  name: string;
  type: ParameterType;
  label: string;
  description?: string;
  /** The default as the form shows it (lists joined with commas, JSON as text). */
  default?: string | boolean;
  hidden: boolean;
  immutable: boolean;
  constraints: ParameterConstraint[];
}

export interface ParameterSection {
  /** Absent for the parameters no group names. */
  label?: string;
  description?: string;
  parameters: ParameterField[];
}

export interface YamlProblem {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
  /** Offsets into the text, for marking. */
  from: number;
  to: number;
}

export type TemplateReading =
  | { ok: true; sections: ParameterSection[]; parameters: ParameterField[] }
  | { ok: false; problems: YamlProblem[] };

const TYPES: readonly ParameterType[] = [
  'string',
  'number',
  'comma_delimited_list',
  'json',
  'boolean',
];

/** The YAML errors of a text, each at its line, as the editor marks them. */
export function yamlProblems(text: string): YamlProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return doc.errors.map((e) => {
    const from = Math.min(e.pos[0], text.length);
    const to = Math.max(from, Math.min(e.pos[1], text.length));
    const at = lineCounter.linePos(from);
    return { line: at.line, column: at.col, message: firstLine(e.message), from, to };
  });
}

/** The library's first line, without its own " at line L, column C:" (the line is given apart). */
function firstLine(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A default as the form shows it: lists joined with commas, JSON as text, booleans as booleans. */
export function defaultText(type: ParameterType, value: unknown): string | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === 'boolean') return isTrue(value);
  if (type === 'comma_delimited_list' && Array.isArray(value)) return value.map(String).join(',');
  if (type === 'json' && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function readConstraints(value: unknown): ParameterConstraint[] {
  if (!Array.isArray(value)) return [];
  const out: ParameterConstraint[] = [];
  for (const c of value) {
    if (!isRecord(c)) continue;
    const description = str(c.description);
    const extra = description !== undefined ? { description } : {};
    if (isRecord(c.range))
      out.push({ kind: 'range', min: num(c.range.min), max: num(c.range.max), ...extra });
    else if (isRecord(c.length))
      out.push({ kind: 'length', min: num(c.length.min), max: num(c.length.max), ...extra });
    else if (Array.isArray(c.allowed_values))
      out.push({ kind: 'allowed_values', values: c.allowed_values.map(String), ...extra });
    else if (typeof c.allowed_pattern === 'string')
      out.push({ kind: 'allowed_pattern', pattern: c.allowed_pattern, ...extra });
    else if (typeof c.custom_constraint === 'string')
      out.push({ kind: 'custom_constraint', name: c.custom_constraint, ...extra });
  }
  return out;
}

/**
 * The template's parameters in form order: one section per parameter group
 * (in the groups' order), then the parameters no group names, in the
 * template's order. A YAML error gives the problems instead.
 */
export function readTemplateParameters(text: string): TemplateReading {
  const problems = yamlProblems(text);
  if (problems.length > 0) return { ok: false, problems };
  const doc: unknown = parseDocument(text).toJS();
  const root = isRecord(doc) ? doc : {};
  const declared = isRecord(root.parameters) ? root.parameters : {};
  const parameters: ParameterField[] = Object.entries(declared).map(([name, raw]) => {
    const p = isRecord(raw) ? raw : {};
    const type = TYPES.find((t) => t === p.type) ?? 'string';
    const label = str(p.label);
    const description = str(p.description);
    const dflt = defaultText(type, p.default);
    return {
      name,
      type,
      label: label ?? name,
      ...(description !== undefined ? { description } : {}),
      ...(dflt !== undefined ? { default: dflt } : {}),
      hidden: isTrue(p.hidden),
      immutable: isTrue(p.immutable),
      constraints: readConstraints(p.constraints),
    };
  });
  return { ok: true, sections: sectionsOf(parameters, root.parameter_groups), parameters };
}

/**
 * The parameters in form order: one section per parameter group (in the
 * groups' order, each parameter in its first group only), then the
 * parameters no group names, in their own order.
 */
export function sectionsOf(
  parameters: ParameterField[],
  parameterGroups: unknown,
): ParameterSection[] {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const grouped = new Set<string>();
  const sections: ParameterSection[] = [];
  const groups = Array.isArray(parameterGroups) ? parameterGroups : [];
  for (const g of groups) {
    if (!isRecord(g)) continue;
    const members = (Array.isArray(g.parameters) ? g.parameters : [])
      .map((n) => byName.get(String(n)))
      .filter((p): p is ParameterField => p !== undefined && !grouped.has(p.name));
    members.forEach((p) => grouped.add(p.name));
    const label = str(g.label);
    const description = str(g.description);
    sections.push({
      ...(label !== undefined ? { label } : {}),
      ...(description !== undefined ? { description } : {}),
      parameters: members,
    });
  }
  const rest = parameters.filter((p) => !grouped.has(p.name));
  if (rest.length > 0) sections.push({ parameters: rest });
  return sections;
}

/** Heat's reading of a boolean parameter (oslo strutils.bool_from_string). */
export function isTrue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return ['1', 't', 'true', 'on', 'y', 'yes'].includes(String(value).trim().toLowerCase());
}

function bounds(min: number | undefined, max: number | undefined, what: string): string {
  if (min !== undefined && max !== undefined)
    return `${what} must be in the range ${min} to ${max}.`;
  if (min !== undefined) return `${what} must be at least ${min}.`;
  return `${what} must be no greater than ${max}.`;
}

/**
 * What is wrong with `value` for `field`, in Heat's words (the constraint's
 * own description when it has one), or null. Custom constraints are left to
 * the pickers and the cloud.
 */
export function parameterProblem(field: ParameterField, value: string | boolean): string | null {
  if (field.type === 'boolean') return null;
  const text = String(value);
  if (field.type === 'number') {
    if (text.trim() === '' || !Number.isFinite(Number(text)))
      return `Value '${text}' is not an integer or a number.`;
  }
  if (field.type === 'json' && text.trim() !== '') {
    try {
      JSON.parse(text);
    } catch {
      return `Value must be valid JSON.`;
    }
  }
  for (const c of field.constraints) {
    const problem = constraintProblem(field.type, c, text);
    if (problem) return c.description ?? problem;
  }
  return null;
}

function constraintProblem(
  type: ParameterType,
  c: ParameterConstraint,
  text: string,
): string | null {
  switch (c.kind) {
    case 'range': {
      const n = Number(text);
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max))
        return bounds(c.min, c.max, 'The value');
      return null;
    }
    case 'length': {
      const length = type === 'comma_delimited_list' ? listOf(text).length : text.length;
      if ((c.min !== undefined && length < c.min) || (c.max !== undefined && length > c.max))
        return bounds(c.min, c.max, 'The length');
      return null;
    }
    case 'allowed_values': {
      const items = type === 'comma_delimited_list' ? listOf(text) : [text];
      const ok = items.every((v) =>
        type === 'number' ? c.values.some((a) => Number(a) === Number(v)) : c.values.includes(v),
      );
      return ok ? null : `Allowed values: ${c.values.join(', ')}`;
    }
    case 'allowed_pattern': {
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${c.pattern})$`);
      } catch {
        return null;
      }
      return re.test(text) ? null : `Value must match pattern: ${c.pattern}`;
    }
    case 'custom_constraint':
      return null;
  }
}

function listOf(text: string): string[] {
  return text === '' ? [] : text.split(',').map((s) => s.trim());
}

/** The first custom constraint of a parameter (nova.flavor, glance.image…), if any. */
export function customConstraint(field: ParameterField): string | undefined {
  for (const c of field.constraints) if (c.kind === 'custom_constraint') return c.name;
  return undefined;
}
