import { liveContext } from './engine';
import { resolve } from './hot';
import type { Analysis } from './analyze';
import type { HeatCall } from './call';
import type { HeatEvent, HeatResource, HeatStack } from './schema';

/** Heat's timestamps: ISO 8601 to the second, with a Z. */
export const heatTime = (ms: number | null) =>
  ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function base(call: HeatCall): string {
  return `${call.req.origin}/v1/${call.viewer.projectId}`;
}

export function stackHref(call: HeatCall, s: HeatStack): string {
  return `${base(call)}/stacks/${encodeURIComponent(s.name)}/${s.id}`;
}

export function stackSummary(call: HeatCall, s: HeatStack) {
  return {
    id: s.id,
    links: [{ href: stackHref(call, s), rel: 'self' }],
    stack_name: s.name,
    description: typeof s.template.description === 'string' ? s.template.description : '',
    stack_status: `${s.action}_${s.status}`,
    stack_status_reason: s.reason,
    creation_time: heatTime(s.createdAt),
    updated_time: heatTime(s.updatedAt),
    deletion_time: null,
    stack_owner: call.viewer.userName,
    parent: null,
    stack_user_project_id: s.projectId,
    tags: s.tags.length ? s.tags : null,
  };
}

export function outputsOf(s: HeatStack, a: Analysis | null) {
  if (!a) return [];
  return Object.entries(a.outputs).map(([key, out]) => {
    const entry: Record<string, unknown> = {
      output_key: key,
      description: typeof out.description === 'string' ? out.description : 'No description given',
    };
    try {
      entry.output_value = resolve(out.value, liveContext(s, a, `outputs.${key}.value`));
    } catch (err) {
      entry.output_value = null;
      entry.output_error = (err as Error).message;
    }
    return entry;
  });
}

export function stackDetail(call: HeatCall, s: HeatStack, a: Analysis | null) {
  const hidden = new Set(a?.paramSchemas.filter((p) => p.hidden).map((p) => p.name) ?? []);
  const parameters: Record<string, string> = {
    'OS::stack_id': s.id,
    'OS::project_id': s.projectId,
    'OS::stack_name': s.name,
  };
  for (const [k, v] of Object.entries(a?.params ?? {})) {
    if (k.startsWith('OS::')) continue;
    parameters[k] = hidden.has(k)
      ? '******'
      : Array.isArray(v)
        ? v.join(',')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  }
  const description =
    typeof s.template.description === 'string' ? s.template.description : 'No description';
  return {
    ...stackSummary(call, s),
    notification_topics: [],
    parameters,
    description,
    template_description: description,
    capabilities: [],
    disable_rollback: s.disableRollback,
    timeout_mins: s.timeoutMins,
    tags: s.tags,
    outputs: outputsOf(s, a),
  };
}

export function resourceView(call: HeatCall, s: HeatStack, r: HeatResource, detail: boolean) {
  const href = stackHref(call, s);
  const view: Record<string, unknown> = {
    updated_time: heatTime(r.updatedAt ?? r.createdAt),
    creation_time: heatTime(r.createdAt),
    logical_resource_id: r.name,
    resource_name: r.name,
    physical_resource_id: r.physicalId ?? '',
    resource_status: `${r.action}_${r.status}`,
    resource_status_reason: r.reason,
    resource_type: r.type,
    links: [
      { href: `${href}/resources/${encodeURIComponent(r.name)}`, rel: 'self' },
      { href, rel: 'stack' },
    ],
    required_by: s.resources.filter((o) => o.requires.includes(r.name)).map((o) => o.name),
  };
  if (detail) {
    view.description = '';
    view.attributes = r.attributes;
  }
  return view;
}

export function eventView(call: HeatCall, s: HeatStack, e: HeatEvent) {
  const href = stackHref(call, s);
  return {
    id: e.id,
    links: [
      {
        href: `${href}/resources/${encodeURIComponent(e.resourceName)}/events/${e.id}`,
        rel: 'self',
      },
      { href: `${href}/resources/${encodeURIComponent(e.resourceName)}`, rel: 'resource' },
      { href, rel: 'stack' },
    ],
    event_time: heatTime(e.time),
    logical_resource_id: e.resourceName,
    resource_name: e.resourceName,
    physical_resource_id: e.physicalId,
    resource_status: e.status,
    resource_status_reason: e.reason,
  };
}
