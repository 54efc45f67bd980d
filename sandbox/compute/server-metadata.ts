import { badRequest, conflict, forbidden, notFound } from './faults';
import { projectLimits } from './quota-math';
import { requestJson } from './request-body';
import { metadata as metadataSchema } from './server-schemas';
import { findServer, isAdmin } from './server-store';
import { refusal } from './state-rules';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// api-ref "Server metadata (servers, metadata)": list, merge (POST), replace (PUT),
// and one item (GET/PUT/DELETE), with the metadata_items quota and the state rules.

const body = (key: 'metadata' | 'meta', schema = metadataSchema) => ({
  type: 'object' as const,
  properties: { [key]: schema },
  required: [key],
  additionalProperties: false,
});

function write(
  call: ComputeCall,
  server: ServerRecord,
  next: Record<string, string>,
  rule: 'updateMetadata' | 'deleteMetadata',
): void {
  const problem = refusal(rule, server, isAdmin(call));
  if (problem) throw conflict(problem);
  const limit = projectLimits(call.region, server.projectId).metadata_items ?? 128;
  if (limit >= 0 && Object.keys(next).length > limit) {
    throw forbidden(`Maximum number of metadata items exceeds ${limit}`);
  }
  server.metadata = next;
  server.updatedAt = call.now;
  call.changed();
}

const serverOf = (call: ComputeCall) => findServer(call, call.req.params.server_id ?? '');

export function listServerMetadata(call: ComputeCall): SandboxResponse {
  return { status: 200, body: { metadata: { ...serverOf(call).metadata } } };
}

export function mergeServerMetadata(call: ComputeCall): SandboxResponse {
  const data = requestJson(call.req);
  validateBody(body('metadata'), data);
  const server = serverOf(call);
  const given = (data as { metadata: Record<string, string> }).metadata;
  write(call, server, { ...server.metadata, ...given }, 'updateMetadata');
  return { status: 200, body: { metadata: { ...server.metadata } } };
}

export function replaceServerMetadata(call: ComputeCall): SandboxResponse {
  const data = requestJson(call.req);
  validateBody(body('metadata'), data);
  const server = serverOf(call);
  write(
    call,
    server,
    { ...(data as { metadata: Record<string, string> }).metadata },
    'updateMetadata',
  );
  return { status: 200, body: { metadata: { ...server.metadata } } };
}

export function showServerMetadataItem(call: ComputeCall): SandboxResponse {
  const server = serverOf(call);
  const key = call.req.params.key ?? '';
  if (!(key in server.metadata)) throw notFound('Metadata item was not found');
  return { status: 200, body: { meta: { [key]: server.metadata[key] } } };
}

export function putServerMetadataItem(call: ComputeCall): SandboxResponse {
  const data = requestJson(call.req);
  validateBody(body('meta', { ...metadataSchema, minProperties: 1, maxProperties: 1 }), data);
  const server = serverOf(call);
  const key = call.req.params.key ?? '';
  const meta = (data as { meta: Record<string, string> }).meta;
  if (!(key in meta)) throw badRequest('Request body and URI mismatch');
  write(call, server, { ...server.metadata, ...meta }, 'updateMetadata');
  return { status: 200, body: { meta } };
}

export function deleteServerMetadataItem(call: ComputeCall): SandboxResponse {
  const server = serverOf(call);
  const key = call.req.params.key ?? '';
  if (!(key in server.metadata)) throw notFound('Metadata item was not found');
  const next = { ...server.metadata };
  delete next[key];
  write(call, server, next, 'deleteMetadata');
  return { status: 204 };
}
