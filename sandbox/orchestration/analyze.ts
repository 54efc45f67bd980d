import { HeatError, badRequest, validationFailed } from './errors';
import {
  evalCondition,
  parseTemplate,
  referencedResources,
  resolve,
  templateVersion,
  type EvalContext,
  type HotVersion,
} from './hot';
import {
  parameterSchemas,
  resolveParameters,
  type CustomChecks,
  type ParamSchema,
} from './parameters';
import { RESOURCE_TYPES, type PropSpec } from './resource-types';

// A template read and checked as Heat's stack validation does, before anything
// is made: version and sections, parameters against their constraints,
// conditions, resource types and properties, references, dependency cycles.

/** Types a real Heat has that this sandbox does not make: refused as unavailable. */
const KNOWN_UNAVAILABLE = [
  'OS::Heat::SoftwareConfig',
  'OS::Heat::SoftwareDeployment',
  'OS::Heat::CloudConfig',
  'OS::Heat::MultipartMime',
  'OS::Heat::AutoScalingGroup',
  'OS::Heat::Stack',
  'OS::Heat::TestResource',
  'OS::Neutron::ProviderNet',
  'OS::Glance::WebImage',
  'OS::Cinder::VolumeType',
  'OS::Magnum::Cluster',
  'OS::Magnum::ClusterTemplate',
];

export const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ResourceDef {
  name: string;
  type: string;
  properties: Record<string, unknown>;
  dependsOn: string[];
  /** Everything it needs first: depends_on plus get_resource/get_attr targets. */
  requires: string[];
  definition: Record<string, unknown>;
}

export interface Analysis {
  template: Record<string, unknown>;
  version: HotVersion;
  paramSchemas: ParamSchema[];
  params: Record<string, unknown>;
  conditions: Record<string, boolean>;
  /** In an order where each comes after what it requires. */
  resources: ResourceDef[];
  outputs: Record<string, Record<string, unknown>>;
}

export interface AnalyzeInput {
  template: unknown;
  params: Record<string, unknown>;
  files: Record<string, string>;
  custom: CustomChecks;
  stack: { name: string; id: string; projectId: string };
  /** Validate without parameter values (template validate). */
  requireValues?: boolean;
}

export function baseContext(
  a: { version: HotVersion; params: Record<string, unknown>; conditions: Record<string, boolean> },
  files: Record<string, string>,
  path: string,
): EvalContext {
  return {
    version: a.version,
    path,
    files,
    param(name) {
      if (!(name in a.params))
        throw new HeatError(
          400,
          'UserParameterMissing',
          `The Parameter (${name}) was not provided.`,
        );
      return a.params[name];
    },
    resourceRef: () => null,
    attribute: () => null,
    condition(name) {
      if (!(name in a.conditions)) throw validationFailed(`Invalid condition "${name}"`);
      return a.conditions[name]!;
    },
  };
}

export function analyze(input: AnalyzeInput): Analysis {
  const template = parseTemplate(input.template);
  const version = templateVersion(template);
  const paramSchemas = parameterSchemas(template);
  const values = resolveParameters(paramSchemas, input.params, input.custom, {
    requireValues: input.requireValues ?? true,
  });
  const params = {
    ...values,
    'OS::stack_name': input.stack.name,
    'OS::stack_id': input.stack.id,
    'OS::project_id': input.stack.projectId,
  };

  const conditions: Record<string, boolean> = {};
  const rawConditions = template.conditions ?? {};
  if (!isMap(rawConditions))
    throw new HeatError(
      400,
      'InvalidTemplateSection',
      'The template section is invalid: conditions',
    );
  const partial = { version, params, conditions };
  const pending = new Set(Object.keys(rawConditions));
  const condCtx: EvalContext = {
    ...baseContext(partial, input.files, 'conditions'),
    condition(name) {
      if (name in conditions) return conditions[name]!;
      if (!pending.has(name)) throw validationFailed(`Invalid condition "${name}"`);
      pending.delete(name);
      return (conditions[name] = evalCondition(rawConditions[name], {
        ...condCtx,
        path: `conditions.${name}`,
      }));
    },
  };
  for (const name of Object.keys(rawConditions)) condCtx.condition(name);

  const rawResources = template.resources ?? {};
  if (!isMap(rawResources))
    throw new HeatError(
      400,
      'InvalidTemplateSection',
      'The template section is invalid: resources',
    );
  const defs: ResourceDef[] = [];
  const enabled = new Map<string, Record<string, unknown>>();
  for (const [name, raw] of Object.entries(rawResources)) {
    if (!isMap(raw)) throw validationFailed(`Resource ${name} is missing "type"`);
    for (const key of Object.keys(raw))
      if (
        ![
          'type',
          'properties',
          'metadata',
          'depends_on',
          'deletion_policy',
          'update_policy',
          'description',
          'condition',
          'external_id',
        ].includes(key)
      )
        throw validationFailed(`"${key}" is not a valid keyword inside a resource definition`);
    if (typeof raw.type !== 'string') throw validationFailed(`Resource ${name} is missing "type"`);
    if (raw.condition !== undefined) {
      const ctx = { ...condCtx, path: `resources.${name}.condition` };
      if (
        !(typeof raw.condition === 'string'
          ? ctx.condition(raw.condition)
          : evalCondition(raw.condition, ctx))
      )
        continue;
    }
    enabled.set(name, raw);
  }
  for (const [name, raw] of enabled) {
    const type = raw.type as string;
    const plugin = RESOURCE_TYPES[type];
    if (!plugin) {
      if (KNOWN_UNAVAILABLE.includes(type))
        throw new HeatError(
          400,
          'ResourceTypeUnavailable',
          `HEAT-E99001 Service sandbox is not available for resource type ${type}, reason: the sandbox cloud does not emulate this resource type`,
        );
      throw validationFailed(`The Resource Type (${type}) could not be found.`);
    }
    const props = raw.properties ?? {};
    if (!isMap(props))
      throw validationFailed(
        `Property error: resources.${name}.properties: Properties must be a map`,
      );
    for (const key of Object.keys(props))
      if (!(key in plugin.properties))
        throw validationFailed(
          `Property error: : resources.${name}.properties: : Unknown Property ${key}`,
        );
    for (const [key, spec] of Object.entries(plugin.properties))
      if (spec.required && (props[key] === undefined || props[key] === null))
        throw validationFailed(
          `Property error: : resources.${name}.properties: : Property ${key} not assigned`,
        );
    const dependsOn =
      raw.depends_on === undefined
        ? []
        : Array.isArray(raw.depends_on)
          ? raw.depends_on.map(String)
          : [String(raw.depends_on)];
    for (const dep of dependsOn)
      if (!enabled.has(dep))
        throw new HeatError(
          400,
          'InvalidTemplateReference',
          `The specified reference "${dep}" (in ${name}) is incorrect.`,
        );
    for (const [key, value] of Object.entries(props))
      for (const ref of referencedResources(value))
        if (!enabled.has(ref))
          throw new HeatError(
            400,
            'InvalidTemplateReference',
            `The specified reference "${ref}" (in ${name}.Properties.${key}) is incorrect.`,
          );
    const refs = referencedResources(props);
    checkAttributes(props, enabled, `resources.${name}.properties`);
    // Functions are checked (and their errors raised) with references still empty.
    const resolved = resolve(props, {
      ...baseContext(partial, input.files, `resources.${name}.properties`),
    });
    checkPropertyTypes(name, plugin.properties, isMap(resolved) ? resolved : {}, props);
    if (input.requireValues ?? true) {
      checkConstraints(name, plugin.properties, isMap(resolved) ? resolved : {}, props);
      const refused = plugin.validate?.(props);
      if (refused) throw validationFailed(refused);
    }
    defs.push({
      name,
      type,
      properties: props,
      dependsOn,
      requires: [...new Set([...dependsOn, ...refs])],
      definition: raw,
    });
  }

  const rawOutputs = template.outputs ?? {};
  if (!isMap(rawOutputs))
    throw new HeatError(400, 'InvalidTemplateSection', 'The template section is invalid: outputs');
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [key, out] of Object.entries(rawOutputs)) {
    if (!isMap(out) || !('value' in out))
      throw validationFailed(
        `Output validation error: outputs.${key}: Each output definition must contain a value key.`,
      );
    if (out.condition !== undefined && !condCtx.condition(String(out.condition))) continue;
    for (const ref of referencedResources(out.value))
      if (!enabled.has(ref))
        throw new HeatError(
          400,
          'InvalidTemplateReference',
          `The specified reference "${ref}" (in unknown) is incorrect.`,
        );
    checkAttributes(out.value, enabled, `outputs.${key}.value`);
    outputs[key] = out;
  }

  return {
    template,
    version,
    paramSchemas,
    params,
    conditions,
    resources: topoSort(defs),
    outputs,
  };
}

/**
 * The properties whose values are known (functions resolved) with their specs, and
 * how Heat words a refusal of one. A value from another resource is not known yet:
 * Heat checks it when it is.
 */
function* knownProperties(
  name: string,
  specs: Record<string, PropSpec>,
  resolved: Record<string, unknown>,
  raw: Record<string, unknown>,
) {
  for (const [key, spec] of Object.entries(specs)) {
    const value = resolved[key];
    if (value === undefined || value === null || referencedResources(raw[key]).size > 0) continue;
    const fail = (m: string): never => {
      throw validationFailed(`Property error: : resources.${name}.properties.${key}: : ${m}`);
    };
    yield { spec, value, fail };
  }
}

/** Values (once functions are resolved) of the wrong type, in Heat's words. */
function checkPropertyTypes(...args: Parameters<typeof knownProperties>) {
  for (const { spec, value, fail } of knownProperties(...args)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (spec.type === 'integer' && !/^-?\d+$/.test(String(value).trim()))
      fail(`Value '${text}' is not an integer`);
    if (spec.type === 'number' && Number.isNaN(Number(value)))
      fail(`Value '${text}' is not a number`);
    if (
      spec.type === 'boolean' &&
      !['true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', 'on', 'off', '1', '0'].includes(
        String(value).toLowerCase(),
      )
    )
      fail(`"${text}" is not a valid boolean`);
    if (spec.type === 'list' && !Array.isArray(value)) fail(`"'${text}'" is not a list`);
    if (spec.type === 'map' && !isMap(value)) fail(`"${text}" is not a map`);
  }
}

/** Ranges and allowed values, as Heat checks them when the stack is made (not on validate). */
function checkConstraints(...args: Parameters<typeof knownProperties>) {
  for (const { spec, value, fail } of knownProperties(...args)) {
    for (const c of spec.constraints ?? []) {
      if ('range' in c) {
        const n = Number(value);
        if (
          (c.range.min !== undefined && n < c.range.min) ||
          (c.range.max !== undefined && n > c.range.max)
        )
          fail(
            `${String(value)} is out of range (min: ${c.range.min ?? 'None'}, max: ${c.range.max ?? 'None'})`,
          );
      } else if (!c.allowed_values.includes(String(value)))
        fail(
          `${JSON.stringify(value)} is not an allowed value [${c.allowed_values.map((v) => JSON.stringify(v)).join(', ')}]`,
        );
    }
  }
}

function checkAttributes(
  value: unknown,
  enabled: Map<string, Record<string, unknown>>,
  path: string,
) {
  if (Array.isArray(value)) value.forEach((v, i) => checkAttributes(v, enabled, `${path}[${i}]`));
  else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (
        k === 'get_attr' &&
        Array.isArray(v) &&
        typeof v[0] === 'string' &&
        typeof v[1] === 'string'
      ) {
        const plugin = RESOURCE_TYPES[String(enabled.get(v[0])?.type)];
        if (plugin && !(v[1] in plugin.attributes) && !plugin.attributePattern?.test(v[1]))
          throw badRequest(
            `${path}.get_attr: The Referenced Attribute (${v[0]} ${v[1]}) is incorrect.`,
          );
      } else checkAttributes(v, enabled, `${path}.${k}`);
    }
  }
}

function topoSort(defs: ResourceDef[]): ResourceDef[] {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const done = new Set<string>();
  const visiting: string[] = [];
  const out: ResourceDef[] = [];
  const visit = (d: ResourceDef) => {
    if (done.has(d.name)) return;
    const at = visiting.indexOf(d.name);
    if (at >= 0) {
      const cycle = [...visiting.slice(at), d.name];
      throw new HeatError(
        400,
        'CircularDependencyException',
        `Circular Dependency Found: ${cycle.join(' -> ')}`,
      );
    }
    visiting.push(d.name);
    for (const r of d.requires) visit(byName.get(r)!);
    visiting.pop();
    done.add(d.name);
    out.push(d);
  };
  defs.forEach(visit);
  return out;
}
