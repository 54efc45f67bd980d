import { randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { analyze, isMap, type Analysis } from './analyze';
import { customConstraints } from './cloud';
import {
  analysisOf,
  planUpdate,
  startAction,
  startCreate,
  startDelete,
  startUpdate,
  type Run,
} from './engine';
import { HeatError, badRequest, entityNotFound, stackNotFound, validationFailed } from './errors';
import { HOT_VERSIONS, findVersion, functionDescription, parseTemplate } from './hot';
import { parameterGroups, validatedParameter } from './parameters';
import { RESOURCE_TYPES } from './resource-types';
import { eventView, resourceView, stackDetail, stackHref, stackSummary } from './views';
import { parseJsonObject } from '../http/body';
import { pageByMarker } from '../http/marker-paging';
import type { HeatCall } from './call';
import type { HeatResource, HeatStack } from './schema';
import type { SandboxResponse } from '../http/types';

const NAME = /^[a-zA-Z][a-zA-Z0-9_.-]{0,254}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function body(call: HeatCall): Record<string, unknown> {
  const parsed = parseJsonObject(call.req.body);
  if (!parsed)
    throw badRequest(
      'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    );
  return parsed;
}

const custom = (call: HeatCall) => customConstraints(call.state, call.regionId, call.viewer);

function visible(call: HeatCall): HeatStack[] {
  return call.region.stacks.filter((s) => s.projectId === call.viewer.projectId);
}

function stackOf(call: HeatCall): HeatStack {
  const { stack_name: name, stack_id: id } = call.req.params;
  const s = visible(call).find((x) => x.id === id && x.name === name);
  if (!s) throw stackNotFound(name ?? id ?? '');
  return s;
}

function analysisOrNull(call: HeatCall, s: HeatStack): Analysis | null {
  try {
    return analysisOf(s, { check: () => null });
  } catch {
    return null;
  }
}

interface Source {
  template: Record<string, unknown>;
  files: Record<string, string>;
  environment: Record<string, unknown>;
  params: Record<string, unknown>;
}

function sourceOf(b: Record<string, unknown>, previous?: HeatStack, patch = false): Source {
  let template: Record<string, unknown>;
  // A template_url has been fetched into `template` already (template-url.ts).
  if (b.template !== undefined) template = parseTemplate(b.template);
  else if (patch && previous) template = previous.template;
  else throw badRequest('No template specified');
  const files: Record<string, string> = {};
  if (isMap(b.files)) for (const [k, v] of Object.entries(b.files)) files[k] = String(v);
  let environment: Record<string, unknown> = {};
  if (typeof b.environment === 'string') {
    try {
      const e = parseYaml(b.environment) ?? {};
      if (!isMap(e)) throw new Error('The environment is not a valid YAML mapping data type.');
      environment = e;
    } catch (err) {
      throw badRequest((err as Error).message);
    }
  } else if (isMap(b.environment)) environment = b.environment;
  for (const key of Object.keys(environment))
    if (
      ![
        'parameters',
        'parameter_defaults',
        'resource_registry',
        'event_sinks',
        'encrypted_param_names',
        'parameter_merge_strategies',
      ].includes(key)
    )
      throw badRequest(`environment has wrong section "${key}"`);
  const params: Record<string, unknown> = {
    ...(patch && previous ? previous.params : {}),
    ...(isMap(environment.parameter_defaults) ? environment.parameter_defaults : {}),
    ...(isMap(environment.parameters) ? environment.parameters : {}),
    ...(isMap(b.parameters) ? b.parameters : {}),
  };
  if (patch && Array.isArray(b.clear_parameters))
    for (const k of b.clear_parameters) delete params[String(k)];
  // Defaults from the environment apply only to declared parameters.
  if (isMap(environment.parameter_defaults)) {
    const declared = isMap(template.parameters) ? template.parameters : {};
    for (const k of Object.keys(environment.parameter_defaults))
      if (!(k in declared) && !(isMap(b.parameters) && k in b.parameters)) delete params[k];
  }
  return {
    template,
    files: patch && previous && !isMap(b.files) ? previous.files : files,
    environment,
    params,
  };
}

function busy(s: HeatStack) {
  if (s.status === 'IN_PROGRESS')
    throw new HeatError(
      409,
      'ActionInProgress',
      `Stack ${s.name} already has an action (${s.action}) in progress.`,
    );
}

function run(call: HeatCall, s: HeatStack): Run {
  return { stack: s, token: call.token, custom: custom(call) };
}

// ---------------------------------------------------------------------------

export function listStacks(call: HeatCall): SandboxResponse {
  const q = call.req.query;
  let rows = [...visible(call)];
  for (const key of ['name', 'id', 'status', 'action'] as const) {
    const wanted = q.getAll(key);
    if (wanted.length === 0) continue;
    rows = rows.filter((s) => {
      const v =
        key === 'name' ? s.name : key === 'id' ? s.id : key === 'status' ? s.status : s.action;
      return wanted.includes(v) || (key === 'status' && wanted.includes(`${s.action}_${s.status}`));
    });
  }
  const tags = q.get('tags');
  if (tags) rows = rows.filter((s) => tags.split(',').every((t) => s.tags.includes(t)));
  const sortKey = q.get('sort_keys') ?? 'created_at';
  const dir = q.get('sort_dir') === 'asc' ? 1 : -1;
  const keyOf = (s: HeatStack): string | number =>
    sortKey === 'stack_name'
      ? s.name
      : sortKey === 'stack_status'
        ? `${s.action}_${s.status}`
        : sortKey === 'updated_at'
          ? (s.updatedAt ?? 0)
          : s.createdAt;
  rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -dir : keyOf(a) > keyOf(b) ? dir : 0));
  const limitText = q.get('limit');
  const limit = limitText === null ? null : Number(limitText);
  if (limit !== null && (!Number.isInteger(limit) || limit < 0))
    throw badRequest("Only integer is acceptable by 'limit'.");
  const page = pageByMarker(rows, {
    marker: q.get('marker'),
    limit,
    isMarker: (s, m) => s.id === m,
    unknownMarker: (m) => stackNotFound(m),
  });
  const out: Record<string, unknown> = { stacks: page.map((s) => stackSummary(call, s)) };
  if (limit !== null && page.length === limit && page.length > 0)
    out.links = [
      {
        rel: 'next',
        href: `${call.req.origin}/v1/${call.viewer.projectId}/stacks?limit=${limit}&marker=${page[page.length - 1]!.id}`,
      },
    ];
  if (q.get('with_count') === 'true') out.count = rows.length;
  return { status: 200, body: out };
}

function prepare(call: HeatCall, b: Record<string, unknown>) {
  const name = b.stack_name;
  if (typeof name !== 'string' || !name) throw badRequest('No stack name specified');
  if (!NAME.test(name))
    throw validationFailed(
      `Invalid stack name ${name} must contain only alphanumeric or "_-." characters, must start with alpha and must be 255 characters or less.`,
    );
  const source = sourceOf(b);
  const id = randomUUID();
  const a = analyze({
    template: source.template,
    params: source.params,
    files: source.files,
    custom: custom(call),
    stack: { name, id, projectId: call.viewer.projectId },
  });
  return { name, id, source, a };
}

export function createStack(call: HeatCall): SandboxResponse {
  const b = body(call);
  const { name, id, source, a } = prepare(call, b);
  if (visible(call).some((s) => s.name === name))
    throw new HeatError(409, 'StackExists', `The Stack (${name}) already exists.`);
  const tags =
    typeof b.tags === 'string'
      ? b.tags.split(',').filter(Boolean)
      : Array.isArray(b.tags)
        ? b.tags.map(String)
        : [];
  const stack: HeatStack = {
    id,
    name,
    projectId: call.viewer.projectId,
    userId: call.viewer.userId,
    action: 'CREATE',
    status: 'IN_PROGRESS',
    reason: 'Stack CREATE started',
    template: source.template,
    files: source.files,
    environment: source.environment,
    params: source.params,
    disableRollback:
      b.disable_rollback === undefined
        ? true
        : b.disable_rollback === true || b.disable_rollback === 'true',
    timeoutMins: typeof b.timeout_mins === 'number' ? b.timeout_mins : null,
    tags,
    createdAt: call.now,
    updatedAt: null,
    resources: [],
    events: [],
  };
  call.region.stacks.push(stack);
  call.changed();
  startCreate(call.engine, run(call, stack), a);
  return {
    status: 201,
    body: { stack: { id, links: [{ href: stackHref(call, stack), rel: 'self' }] } },
  };
}

export function previewStack(call: HeatCall): SandboxResponse {
  const b = body(call);
  const { name, id, a } = prepare(call, b);
  const tenant = call.viewer.projectId;
  const resources = a.resources.map((d) => ({
    resource_name: d.name,
    resource_type: d.type,
    resource_action: 'INIT',
    resource_status: 'COMPLETE',
    resource_status_reason: '',
    physical_resource_id: '',
    resource_identity: { tenant, stack_name: name, stack_id: 'None', path: `/resources/${d.name}` },
    stack_identity: { tenant, stack_name: name, stack_id: 'None', path: '' },
    stack_name: name,
    required_by: a.resources.filter((o) => o.requires.includes(d.name)).map((o) => o.name),
    description: '',
    metadata: {},
    properties: d.properties,
    creation_time: null,
    updated_time: null,
  }));
  const description =
    typeof a.template.description === 'string' ? a.template.description : 'No description';
  const parameters: Record<string, string> = {
    'OS::stack_id': 'None',
    'OS::project_id': tenant,
    'OS::stack_name': name,
  };
  for (const p of a.paramSchemas)
    if (p.name in a.params) parameters[p.name] = p.hidden ? '******' : String(a.params[p.name]);
  void id;
  return {
    status: 200,
    body: {
      stack: {
        stack_name: name,
        id: 'None',
        links: [],
        creation_time: null,
        updated_time: null,
        deletion_time: null,
        notification_topics: [],
        parameters,
        description,
        template_description: description,
        capabilities: [],
        disable_rollback: b.disable_rollback === undefined ? true : Boolean(b.disable_rollback),
        timeout_mins: typeof b.timeout_mins === 'number' ? b.timeout_mins : null,
        stack_owner: call.viewer.userName,
        parent: null,
        stack_user_project_id: tenant,
        tags: null,
        resources,
      },
    },
  };
}

/** Heat's lookup: 302 to the stack's canonical URL (with `sub`, a sub-path such as events). */
export function findStack(call: HeatCall, sub?: string): SandboxResponse {
  const ident = call.req.params.stack_identity ?? '';
  const rest = sub ? `/${sub}` : '';
  const s =
    visible(call).find((x) => x.name === ident) ??
    (UUID.test(ident) ? visible(call).find((x) => x.id === ident) : undefined);
  if (!s) throw stackNotFound(ident);
  const query = call.req.rawQuery ? `?${call.req.rawQuery}` : '';
  return {
    status: 302,
    headers: { location: `${stackHref(call, s)}${rest}${query}` },
    body: { message: 'Found' },
  };
}

export function showStack(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  return { status: 200, body: { stack: stackDetail(call, s, analysisOrNull(call, s)) } };
}

function updatePlan(call: HeatCall, patch: boolean) {
  const s = stackOf(call);
  const b = body(call);
  const source = sourceOf(b, s, patch);
  const next = analyze({
    template: source.template,
    params: source.params,
    files: source.files,
    custom: custom(call),
    stack: { name: s.name, id: s.id, projectId: s.projectId },
  });
  return { s, b, source, next, plan: planUpdate(s, next) };
}

export function updateStack(call: HeatCall, patch: boolean): SandboxResponse {
  const s = stackOf(call);
  busy(s);
  const { b, source, next, plan } = updatePlan(call, patch);
  s.template = source.template;
  s.files = source.files;
  s.environment = source.environment;
  s.params = source.params;
  if (b.timeout_mins !== undefined)
    s.timeoutMins = typeof b.timeout_mins === 'number' ? b.timeout_mins : null;
  if (b.disable_rollback !== undefined) s.disableRollback = Boolean(b.disable_rollback);
  if (typeof b.tags === 'string') s.tags = b.tags.split(',').filter(Boolean);
  startUpdate(call.engine, run(call, s), next, plan);
  return {
    status: 202,
    body: {
      message: 'The request is accepted for processing.<br /><br />\n\n\n',
      code: '202 Accepted',
      title: 'Accepted',
    },
  };
}

export function previewUpdate(call: HeatCall, patch: boolean): SandboxResponse {
  const { s, plan } = updatePlan(call, patch);
  const old = (name: string) => s.resources.find((r) => r.name === name);
  const view = (name: string, type: string, r?: HeatResource) => ({
    resource_name: name,
    resource_type: type,
    physical_resource_id: r?.physicalId ?? '',
    resource_action: r?.action ?? 'INIT',
    resource_status: r?.status ?? 'COMPLETE',
    resource_status_reason: r?.reason ?? '',
    stack_name: s.name,
    required_by: s.resources.filter((o) => o.requires.includes(name)).map((o) => o.name),
    description: '',
    metadata: {},
  });
  return {
    status: 200,
    body: {
      resource_changes: {
        added: plan.added.map((d) => view(d.name, d.type)),
        deleted: plan.deleted.map((r) => view(r.name, r.type, r)),
        replaced: plan.replaced.map((d) => view(d.name, d.type)),
        updated: plan.updated.map((d) => view(d.name, d.type, old(d.name))),
        unchanged: plan.unchanged.map((d) => view(d.name, d.type, old(d.name))),
      },
    },
  };
}

export function deleteStack(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  if (s.action === 'DELETE' && s.status === 'IN_PROGRESS') return { status: 204 };
  startDelete(call.engine, run(call, s), () => {
    call.region.stacks = call.region.stacks.filter((x) => x !== s);
  });
  return { status: 204 };
}

export function stackActions(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  const b = body(call);
  const keys = Object.keys(b);
  if (keys.length !== 1) throw badRequest('Multiple actions specified');
  const action = keys[0]!;
  if (!['suspend', 'resume', 'check', 'cancel_update', 'cancel_without_rollback'].includes(action))
    throw badRequest(`Invalid action ${action} specified`);
  if (action === 'cancel_update' || action === 'cancel_without_rollback') {
    if (!(s.action === 'UPDATE' && s.status === 'IN_PROGRESS'))
      throw new HeatError(
        400,
        'NotSupported',
        `Cancelling update when stack is ${s.action}_${s.status} is not supported.`,
      );
    return { status: 200, body: null };
  }
  busy(s);
  startAction(call.engine, run(call, s), action.toUpperCase() as 'SUSPEND' | 'RESUME' | 'CHECK');
  return { status: 200, body: null };
}

export function stackTemplate(call: HeatCall): SandboxResponse {
  return { status: 200, body: stackOf(call).template };
}

export function listResources(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  const q = call.req.query;
  let rows = s.resources;
  const type = q.getAll('type');
  if (type.length) rows = rows.filter((r) => type.includes(r.type));
  const name = q.getAll('name');
  if (name.length) rows = rows.filter((r) => name.includes(r.name));
  const status = q.getAll('status');
  if (status.length)
    rows = rows.filter(
      (r) => status.includes(r.status) || status.includes(`${r.action}_${r.status}`),
    );
  const detail = q.get('with_detail') === 'true';
  return { status: 200, body: { resources: rows.map((r) => resourceView(call, s, r, detail)) } };
}

function resourceOf(call: HeatCall, s: HeatStack): HeatResource {
  const name = call.req.params.resource_name ?? '';
  const r = s.resources.find((x) => x.name === name);
  if (!r)
    throw new HeatError(
      404,
      'ResourceNotFound',
      `The Resource (${name}) could not be found in Stack ${s.name}.`,
    );
  return r;
}

export function showResource(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  return { status: 200, body: { resource: resourceView(call, s, resourceOf(call, s), true) } };
}

function listEventsOf(call: HeatCall, s: HeatStack, resourceName?: string): SandboxResponse {
  const q = call.req.query;
  let rows = s.events;
  if (resourceName !== undefined) rows = rows.filter((e) => e.resourceName === resourceName);
  const action = q.getAll('resource_action');
  if (action.length) rows = rows.filter((e) => action.some((a) => e.status.startsWith(`${a}_`)));
  const status = q.getAll('resource_status');
  if (status.length) rows = rows.filter((e) => status.some((x) => e.status.endsWith(`_${x}`)));
  const names = q.getAll('resource_name');
  if (names.length) rows = rows.filter((e) => names.includes(e.resourceName));
  // Heat lists events newest first unless asked otherwise.
  const dir = q.get('sort_dir') === 'asc' ? 1 : -1;
  const order = new Map(s.events.map((e, i) => [e, i]));
  rows = [...rows].sort((a, b) => dir * (order.get(a)! - order.get(b)!));
  const limitText = q.get('limit');
  const limit = limitText === null ? null : Number(limitText);
  if (limit !== null && (!Number.isInteger(limit) || limit < 0))
    throw badRequest("Only integer is acceptable by 'limit'.");
  const page = pageByMarker(rows, {
    marker: q.get('marker'),
    limit,
    isMarker: (e, m) => e.id === m,
    unknownMarker: (m) => entityNotFound('Event', m),
  });
  return { status: 200, body: { events: page.map((e) => eventView(call, s, e)) } };
}

export function listEvents(call: HeatCall): SandboxResponse {
  return listEventsOf(call, stackOf(call));
}

export function listResourceEvents(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  return listEventsOf(call, s, resourceOf(call, s).name);
}

export function listOutputs(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  const a = analysisOrNull(call, s);
  const outs = Object.entries(a?.outputs ?? {}).map(([k, o]) => ({
    output_key: k,
    description: typeof o.description === 'string' ? o.description : 'No description given',
  }));
  return { status: 200, body: { outputs: outs } };
}

export function showOutput(call: HeatCall): SandboxResponse {
  const s = stackOf(call);
  const a = analysisOrNull(call, s);
  const key = call.req.params.output_key ?? '';
  const out = stackDetail(call, s, a).outputs.find((o) => o.output_key === key);
  if (!out) throw new HeatError(404, 'NotFound', `Specified output key ${key} not found.`);
  return { status: 200, body: { output: out } };
}

export function validateTemplate(call: HeatCall): SandboxResponse {
  const b = body(call);
  const source = sourceOf(b);
  const a = analyze({
    template: source.template,
    params: {},
    files: source.files,
    custom: { check: () => null },
    stack: { name: 'None', id: 'None', projectId: call.viewer.projectId },
    requireValues: false,
  });
  for (const key of Object.keys(source.params))
    if (!a.paramSchemas.some((p) => p.name === key))
      throw new HeatError(
        400,
        'UnknownUserParameter',
        `The Parameter (${key}) was not defined in template.`,
      );
  const Parameters: Record<string, unknown> = {};
  for (const p of a.paramSchemas) Parameters[p.name] = validatedParameter(p, source.params[p.name]);
  const out: Record<string, unknown> = {
    Description:
      typeof a.template.description === 'string' ? a.template.description : 'No description',
    Parameters,
  };
  const groups = parameterGroups(a.template, a.paramSchemas);
  if (groups) out.ParameterGroups = groups;
  out.Environment = {
    resource_registry: { resources: {} },
    parameters: isMap(source.environment.parameters)
      ? { ...source.environment.parameters, ...(isMap(b.parameters) ? b.parameters : {}) }
      : isMap(b.parameters)
        ? b.parameters
        : {},
    parameter_defaults: isMap(source.environment.parameter_defaults)
      ? source.environment.parameter_defaults
      : {},
    event_sinks: [],
  };
  return { status: 200, body: out };
}

/** Heat filters types with Python's re.match: a pattern anchored at the start only. */
function nameMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})`).test(value);
  } catch {
    return false;
  }
}

export function listResourceTypes(call: HeatCall): SandboxResponse {
  const name = call.req.query.get('name');
  const names = Object.keys(RESOURCE_TYPES)
    .filter((t) => !name || nameMatch(name, t))
    .filter((t) => call.viewer.isAdmin || !RESOURCE_TYPES[t]!.adminOnly)
    .sort();
  const withDescription = call.req.query.get('with_description') === 'true';
  return {
    status: 200,
    body: {
      resource_types: withDescription
        ? names.map((t) => ({ resource_type: t, description: RESOURCE_TYPES[t]!.description }))
        : names,
    },
  };
}

export function showResourceType(call: HeatCall): SandboxResponse {
  const type = call.req.params.type_name ?? '';
  const plugin = RESOURCE_TYPES[type];
  if (!plugin) throw entityNotFound('Resource Type', type);
  const properties = Object.fromEntries(
    Object.entries(plugin.properties).map(([k, p]) => [
      k,
      {
        type: p.type,
        description: p.description,
        required: p.required ?? false,
        update_allowed: p.update_allowed ?? false,
        immutable: false,
        ...(p.default !== undefined ? { default: p.default } : {}),
        ...(p.constraints ? { constraints: p.constraints } : {}),
      },
    ]),
  );
  const attributes: Record<string, unknown> = Object.fromEntries(
    Object.entries(plugin.attributes).map(([k, d]) => [k, { description: d }]),
  );
  attributes.show ??= { description: 'Detailed information about resource.', type: 'map' };
  return {
    status: 200,
    body: {
      resource_type: type,
      properties,
      attributes,
      support_status: { status: 'SUPPORTED', message: null, version: null, previous_status: null },
    },
  };
}

export function listTemplateVersions(): SandboxResponse {
  return {
    status: 200,
    body: {
      template_versions: HOT_VERSIONS.map((v) => ({
        version: `heat_template_version.${v.date}`,
        type: 'hot',
        aliases: v.aliases.map((a) => `heat_template_version.${a}`),
      })),
    },
  };
}

export function listTemplateFunctions(call: HeatCall): SandboxResponse {
  const raw = call.req.params.template_version ?? '';
  const [kind, date] = raw.split('.', 2);
  const version = kind === 'heat_template_version' ? findVersion(date) : undefined;
  if (!version) throw new HeatError(404, 'NotFound', `Template with version ${raw} not found`);
  const withCondition = call.req.query.get('with_condition_func') === 'true';
  const names = [
    ...version.functions,
    ...(withCondition
      ? version.conditionFunctions.filter((f) => !version.functions.includes(f))
      : []),
  ];
  return {
    status: 200,
    body: {
      template_functions: names.map((f) => ({ functions: f, description: functionDescription(f) })),
    },
  };
}

const PARAM_TYPES: Record<string, string> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  map: 'json',
  list: 'comma_delimited_list',
};

/** GET /resource_types/{type}/template: a HOT template using every property and attribute. */
export function resourceTypeTemplate(call: HeatCall): SandboxResponse {
  const type = call.req.params.type_name ?? '';
  const plugin = RESOURCE_TYPES[type];
  if (!plugin) throw entityNotFound('Resource Type', type);
  const name = type.split('::').at(-1) ?? type;
  const parameters = Object.fromEntries(
    Object.entries(plugin.properties).map(([k, p]) => [
      k,
      {
        type: PARAM_TYPES[p.type] ?? 'string',
        description: p.description,
        ...(p.default !== undefined ? { default: p.default } : {}),
      },
    ]),
  );
  const outputs: Record<string, unknown> = Object.fromEntries(
    Object.entries(plugin.attributes).map(([k, d]) => [
      k,
      { value: { get_attr: [name, k] }, description: d },
    ]),
  );
  outputs['OS::stack_id'] = { value: { get_resource: name } };
  return {
    status: 200,
    body: {
      heat_template_version: '2016-10-14',
      description: `Initial template of ${name}`,
      parameters,
      resources: {
        [name]: {
          type,
          properties: Object.fromEntries(
            Object.keys(plugin.properties).map((k) => [k, { get_param: k }]),
          ),
        },
      },
      outputs,
    },
  };
}
