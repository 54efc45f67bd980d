import { badRequest, notFound } from './faults';
import { MAX_LIMIT } from './limits';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { checkQuery, dateTime, nonNegative, single } from './query-schemas';
import { isAdmin, settleServers } from './server-store';
import { apiBase, hostId } from './server-view';
import { parseIsoTime } from './validation';
import { novaTime } from '../time';
import type { ComputeCall } from './call';
import type { ActionEventRecord, InstanceActionRecord, ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Servers actions (servers, os-instance-actions)": the Action Log. Events
// carry their future finish time; until then they show as running (no finish, no result).

function serverFor(call: ComputeCall): ServerRecord {
  settleServers(call);
  const id = call.req.params.server_id ?? '';
  // From 2.21 the log of a deleted server can still be read.
  const server = call.region.servers.find(
    (s) => s.id === id && (s.deletedAt === null || atLeast(call.version, '2.21')),
  );
  if (!server || (server.projectId !== call.caller.projectId && !isAdmin(call))) {
    throw notFound(`Instance ${id} could not be found.`);
  }
  return server;
}

function updatedAt(action: InstanceActionRecord, now: number): number {
  let latest = action.startAt;
  for (const e of action.events) {
    if (e.startAt <= now) latest = Math.max(latest, e.startAt);
    if (e.finishAt <= now) latest = Math.max(latest, e.finishAt);
  }
  return latest;
}

function actionView(call: ComputeCall, a: InstanceActionRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    action: a.action,
    instance_uuid: a.serverId,
    request_id: a.requestId,
    user_id: a.userId,
    project_id: a.projectId,
    start_time: novaTime(a.startAt),
    // The database marks the action 'Error' once one of its events finishes failed.
    message:
      a.message ??
      (a.events.some((e) => e.result === 'Error' && e.finishAt <= call.now) ? 'Error' : null),
  };
  if (atLeast(call.version, '2.58')) view.updated_at = novaTime(updatedAt(a, call.now));
  return view;
}

function eventView(call: ComputeCall, server: ServerRecord, e: ActionEventRecord) {
  const v = call.version;
  const admin = isAdmin(call);
  const done = e.finishAt <= call.now;
  const view: Record<string, unknown> = {
    event: e.event,
    start_time: novaTime(e.startAt),
    finish_time: done ? novaTime(e.finishAt) : null,
    result: done ? e.result : null,
  };
  if (admin) view.traceback = done && e.result === 'Error' ? e.traceback : null;
  if (atLeast(v, '2.62')) {
    if (admin) view.host = e.host ?? '';
    view.hostId = hostId(e.host, server.projectId);
  }
  if (atLeast(v, '2.84') && admin) view.details = null;
  return view;
}

const newestFirst = (a: InstanceActionRecord, b: InstanceActionRecord) =>
  b.startAt - a.startAt || (a.requestId < b.requestId ? 1 : -1);

export function listInstanceActions(call: ComputeCall): SandboxResponse {
  if (atLeast(call.version, '2.58')) {
    const properties: Record<string, JsonSchema> = {
      limit: single(nonNegative),
      marker: single({ type: 'string' }),
      'changes-since': single(dateTime),
    };
    if (atLeast(call.version, '2.66')) properties['changes-before'] = single(dateTime);
    checkQuery(call, properties, '2.58');
  }
  const server = serverFor(call);
  const q = call.req.query;
  let actions = call.region.instanceActions
    .filter((a) => a.serverId === server.id)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => y.a.startAt - x.a.startAt || y.i - x.i)
    .map(({ a }) => a);
  const paged = atLeast(call.version, '2.58');
  if (paged) {
    for (const [param, keep] of [
      ['changes-since', (t: number, at: number) => t >= at],
      ['changes-before', (t: number, at: number) => t <= at],
    ] as const) {
      const raw = q.getAll(param).at(-1);
      if (raw === undefined || (param === 'changes-before' && !atLeast(call.version, '2.66'))) {
        continue;
      }
      const at = parseIsoTime(raw) ?? 0;
      actions = actions.filter((a) => keep(updatedAt(a, call.now), at));
    }
  }
  // Paging came with 2.58; before it the first max_limit actions are listed.
  const page = paged
    ? novaPage(call, actions, {
        collection: `${apiBase(call)}/servers/${server.id}/os-instance-actions`,
        keyOf: (a) => a.requestId,
        unknownMarker: (marker) => badRequest(`Marker ${marker} could not be found.`),
      })
    : { items: actions.slice(0, MAX_LIMIT), links: [] };
  const body: Record<string, unknown> = {
    instanceActions: page.items.map((a) => actionView(call, a)),
  };
  if (page.links.length > 0) body.links = page.links;
  return { status: 200, body };
}

export function showInstanceAction(call: ComputeCall): SandboxResponse {
  const server = serverFor(call);
  const requestId = call.req.params.request_id ?? '';
  const action = call.region.instanceActions
    .filter((a) => a.serverId === server.id && a.requestId === requestId)
    .sort(newestFirst)[0];
  if (!action) throw notFound(`Action ${requestId} not found`);
  const view = actionView(call, action);
  if (isAdmin(call) || atLeast(call.version, '2.51')) {
    // Newest first, as InstanceActionEventList.get_by_action orders them.
    view.events = action.events
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.startAt <= call.now)
      .sort((x, y) => y.e.startAt - x.e.startAt || y.i - x.i)
      .map(({ e }) => eventView(call, server, e));
  }
  return { status: 200, body: { instanceAction: view } };
}
