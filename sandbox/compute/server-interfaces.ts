import * as bridges from './bridges';
import { conflict, notFound, NovaFault } from './faults';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { uuid } from './server-schemas';
import { findServer, isAdmin, recordAction } from './server-store';
import { refusal } from './state-rules';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Port interfaces (servers, os-interface)": the server's Neutron ports.

function withTag(call: ComputeCall, view: Record<string, unknown>) {
  return atLeast(call.version, '2.70') ? { ...view, tag: null } : view;
}

export function listInterfaces(call: ComputeCall): SandboxResponse {
  const server = findServer(call, call.req.params.server_id ?? '');
  const list = bridges.serverInterfaces(call.state, call.regionId, server.id);
  return { status: 200, body: { interfaceAttachments: list.map((v) => withTag(call, v)) } };
}

export function showInterface(call: ComputeCall): SandboxResponse {
  const server = findServer(call, call.req.params.server_id ?? '');
  const portId = call.req.params.port_id ?? '';
  const found = bridges
    .serverInterfaces(call.state, call.regionId, server.id)
    .find((v) => v.port_id === portId);
  if (!found) {
    throw notFound(`Instance ${server.id} does not have a port with id ${portId}`);
  }
  return { status: 200, body: { interfaceAttachment: withTag(call, found) } };
}

export function attachInterface(call: ComputeCall): SandboxResponse {
  const properties: Record<string, JsonSchema> = {
    net_id: uuid,
    port_id: uuid,
    fixed_ips: {
      type: 'array',
      maxItems: 1,
      items: {
        type: 'object',
        properties: { ip_address: { type: 'string' } },
        required: ['ip_address'],
        additionalProperties: false,
      },
    },
  };
  if (atLeast(call.version, '2.49')) {
    properties.tag = { type: 'string', minLength: 1, maxLength: 60, pattern: '^[^,/]*$' };
  }
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: {
        interfaceAttachment: { type: 'object', properties, additionalProperties: false },
      },
      additionalProperties: false,
    },
    body,
  );
  const server = findServer(call, call.req.params.server_id ?? '');
  const problem = refusal('attachInterface', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const params =
    (body as { interfaceAttachment?: Record<string, unknown> } | null)?.interfaceAttachment ?? {};
  const fixedIp = (params.fixed_ips as { ip_address: string }[] | undefined)?.[0]?.ip_address;
  const result = bridges.attachInterface(call.state, call.regionId, {
    projectId: server.projectId,
    serverId: server.id,
    ...(typeof params.net_id === 'string' ? { netId: params.net_id } : {}),
    ...(typeof params.port_id === 'string' ? { portId: params.port_id } : {}),
    ...(fixedIp ? { fixedIp } : {}),
    isAdmin: isAdmin(call),
    now: call.now,
  });
  if (!result.ok) throw new NovaFault(result.status, result.message);
  server.ports.push(String(result.value.port_id));
  recordAction(call, server, 'attach_interface', [
    { event: 'compute_attach_interface', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 200, body: { interfaceAttachment: withTag(call, result.value) } };
}

export function detachInterface(call: ComputeCall): SandboxResponse {
  const server = findServer(call, call.req.params.server_id ?? '');
  const portId = call.req.params.port_id ?? '';
  const problem = refusal('detachInterface', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const result = bridges.detachInterface(call.state, call.regionId, server.id, portId);
  if (!result.ok) throw new NovaFault(result.status, result.message);
  server.ports = server.ports.filter((p) => p !== portId);
  recordAction(call, server, 'detach_interface', [
    { event: 'compute_detach_interface', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 202 };
}
