import * as bridges from './bridges';
import { badRequest, conflict, NovaFault } from './faults';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { multi } from './query-schemas';
import { requestJson } from './request-body';
import { isProblem, listPlan } from './server-list';
import { nonNegativeInteger, updateSchema } from './server-schemas';
import { sortServers, sortSpec, validSortKeys } from './server-sort';
import { actionSteps } from './server-states';
import { findServer, isAdmin, recordAction, settleServers, startTransition } from './server-store';
import { apiBase, basicView, detailView } from './server-view';
import { refusal } from './state-rules';
import { validateBody, validateQuery } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Servers (servers)": list, list detail, show, update, delete.

export { createServer } from './server-create';

function listQuerySchema(call: ComputeCall): JsonSchema {
  return {
    type: 'object',
    properties: {
      limit: multi(nonNegativeInteger),
      marker: multi({ type: 'string' }),
      sort_key: multi({ type: 'string', enum: validSortKeys(call.version) }),
    },
    additionalProperties: true,
  };
}

const V275_KNOWN = new Set([
  'user_id',
  'project_id',
  'tenant_id',
  'launch_index',
  'image_ref',
  'image',
  'kernel_id',
  'ramdisk_id',
  'hostname',
  'key_name',
  'power_state',
  'vm_state',
  'task_state',
  'host',
  'node',
  'flavor',
  'reservation_id',
  'launched_at',
  'terminated_at',
  'availability_zone',
  'name',
  'display_name',
  'description',
  'display_description',
  'locked_by',
  'uuid',
  'root_device_name',
  'config_drive',
  'access_ip_v4',
  'access_ip_v6',
  'auto_disk_config',
  'progress',
  'sort_key',
  'sort_dir',
  'all_tenants',
  'soft_deleted',
  'deleted',
  'status',
  'changes-since',
  'ip',
  'ip6',
  'created_at',
  'block_device_mapping',
  'services',
  'metadata',
  'system_metadata',
  'pci_devices',
  'security_groups',
  'info_cache',
  'fault',
  'limit',
  'marker',
  'tags',
  'tags-any',
  'not-tags',
  'not-tags-any',
  'changes-before',
  'locked',
]);

function addressesOf(call: ComputeCall) {
  return (server: ServerRecord): string[] =>
    Object.values(bridges.serverAddresses(call.state, call.regionId, server.id)).flatMap((list) =>
      list.map((a) => String(a.addr)),
    );
}

function listServers(call: ComputeCall, detail: boolean): SandboxResponse {
  const { req, version: v } = call;
  validateQuery(listQuerySchema(call), req.query);
  if (atLeast(v, '2.75')) {
    const unknown = [...new Set(req.query.keys())].filter(
      (k) => !V275_KNOWN.has(k) && !k.startsWith('_'),
    );
    if (unknown.length > 0) {
      const verb = unknown.length === 1 ? 'was' : 'were';
      throw badRequest(
        `Additional properties are not allowed (${unknown.map((k) => `'${k}'`).join(', ')} ${verb} unexpected)`,
      );
    }
  }
  settleServers(call);
  const admin = isAdmin(call);
  const plan = listPlan({
    query: req.query,
    version: v,
    isAdmin: admin,
    projectId: call.caller.projectId,
    detail,
    addresses: addressesOf(call),
  });
  if (isProblem(plan)) throw new NovaFault(plan.status, plan.message);
  const spec = sortSpec(req.query, v, admin);
  if (isProblem(spec)) throw new NovaFault(spec.status, spec.message);
  const matching = plan.empty
    ? []
    : call.region.servers.filter(
        (s) => (plan.includeDeleted || s.deletedAt === null) && plan.filters.every((f) => f(s)),
      );
  const page = novaPage(call, sortServers(matching, spec), {
    collection: `${apiBase(call)}/servers${detail ? '/detail' : ''}`,
    keyOf: (s) => s.id,
    unknownMarker: (marker) => badRequest(`marker [${marker}] not found`),
  });
  const body: Record<string, unknown> = {
    servers: page.items.map((s) => (detail ? detailView(call, s) : basicView(call, s))),
  };
  if (page.links.length > 0) body.servers_links = page.links;
  return { status: 200, body };
}

export const listServerSummaries = (call: ComputeCall) => listServers(call, false);
export const listServerDetails = (call: ComputeCall) => listServers(call, true);

export function showServer(call: ComputeCall): SandboxResponse {
  const server = findServer(call, call.req.params.server_id ?? '');
  return { status: 200, body: { server: detailView(call, server, { serverGroups: true }) } };
}

export function updateServer(call: ComputeCall): SandboxResponse {
  const body = requestJson(call.req);
  validateBody(updateSchema(call.version), body);
  const server = findServer(call, call.req.params.server_id ?? '');
  const fields = (body as { server: Record<string, unknown> }).server;
  if (typeof fields.name === 'string') server.name = fields.name.trim();
  if ('description' in fields) server.description = (fields.description as string | null) ?? null;
  if (typeof fields.hostname === 'string') server.hostname = fields.hostname;
  if (typeof fields.accessIPv4 === 'string') server.accessIPv4 = fields.accessIPv4;
  if (typeof fields.accessIPv6 === 'string') server.accessIPv6 = fields.accessIPv6;
  if (fields['OS-DCF:diskConfig'] === 'AUTO' || fields['OS-DCF:diskConfig'] === 'MANUAL') {
    server.diskConfig = fields['OS-DCF:diskConfig'];
  }
  server.updatedAt = call.now;
  call.changed();
  // Before 2.75 PUT answers with a reduced server; from 2.75 with what GET shows.
  const view = detailView(call, server, {
    serverGroups: true,
    reduced: !atLeast(call.version, '2.75'),
  });
  return { status: 200, body: { server: view } };
}

export function deleteServer(call: ComputeCall): SandboxResponse {
  const server = findServer(call, call.req.params.server_id ?? '');
  const problem = refusal('delete', server, isAdmin(call));
  if (problem) throw conflict(problem);
  if (server.state.taskState !== 'deleting') {
    startTransition(
      call,
      server,
      actionSteps('delete', server.state, null, call.now, call.timings),
    );
    recordAction(call, server, 'delete');
  }
  call.changed();
  return { status: 204 };
}
