import { badRequest, conflict, notFound } from './faults';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { findServer, isAdmin, recordAction } from './server-store';
import { refusal } from './state-rules';
import { isUuidLike, validateBody } from './validation';
import type { ComputeCall } from './call';
import type { BdmRecord, ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// api-ref "Servers with volume attachments (servers, os-volume_attachments)". The
// sandbox has no Cinder yet: the only volumes are those Nova made when booting a
// server from a new volume, so only those can be detached and attached again.

function view(call: ComputeCall, server: ServerRecord, bdm: BdmRecord) {
  const v = call.version;
  const d: Record<string, unknown> = {};
  if (!atLeast(v, '2.89')) d.id = bdm.volumeId;
  d.volumeId = bdm.volumeId;
  d.serverId = server.id;
  d.device = bdm.device;
  if (atLeast(v, '2.70')) d.tag = bdm.tag;
  if (atLeast(v, '2.79')) d.delete_on_termination = bdm.deleteOnTermination;
  if (atLeast(v, '2.89')) {
    d.attachment_id = bdm.attachmentId;
    d.bdm_uuid = bdm.attachmentId;
  }
  return d;
}

const serverOf = (call: ComputeCall) => findServer(call, call.req.params.server_id ?? '');

function attached(server: ServerRecord, volumeId: string): BdmRecord {
  const bdm = server.bdms.find((b) => b.volumeId === volumeId && b.attached);
  if (!bdm) throw notFound(`Instance ${server.id} is not attached to volume ${volumeId}`);
  return bdm;
}

export function listVolumeAttachments(call: ComputeCall): SandboxResponse {
  const server = serverOf(call);
  const list = server.bdms.filter((b) => b.attached).map((b) => view(call, server, b));
  return { status: 200, body: { volumeAttachments: list } };
}

export function showVolumeAttachment(call: ComputeCall): SandboxResponse {
  const server = serverOf(call);
  const bdm = attached(server, call.req.params.volume_id ?? '');
  return { status: 200, body: { volumeAttachment: view(call, server, bdm) } };
}

export function attachVolume(call: ComputeCall): SandboxResponse {
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: {
        volumeAttachment: {
          type: 'object',
          properties: {
            volumeId: { type: 'string', format: 'uuid' },
            device: {
              type: ['string', 'null'],
              pattern: '(^/dev/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$',
            },
          },
          required: ['volumeId'],
          additionalProperties: true,
        },
      },
      required: ['volumeAttachment'],
      additionalProperties: false,
    },
    body,
  );
  const volumeId = (body as { volumeAttachment: { volumeId: string } }).volumeAttachment.volumeId;
  const server = serverOf(call);
  const bdm = call.region.servers
    .flatMap((s) => s.bdms.map((b) => ({ s, b })))
    .find(({ b }) => b.volumeId === volumeId);
  if (!bdm || (bdm.s.projectId !== call.caller.projectId && !isAdmin(call))) {
    throw notFound(`Volume ${volumeId} could not be found.`);
  }
  const problem = refusal('attachVolume', server, isAdmin(call));
  if (problem) throw conflict(problem);
  if (bdm.b.attached || bdm.s.id !== server.id) {
    throw badRequest(`Invalid volume: volume ${volumeId} already attached`);
  }
  bdm.b.attached = true;
  recordAction(call, server, 'attach_volume', [
    { event: 'compute_attach_volume', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 200, body: { volumeAttachment: view(call, server, bdm.b) } };
}

export function detachVolume(call: ComputeCall): SandboxResponse {
  const server = serverOf(call);
  const volumeId = call.req.params.volume_id ?? '';
  if (!isUuidLike(volumeId) && !server.bdms.some((b) => b.volumeId === volumeId)) {
    throw notFound(`Volume ${volumeId} could not be found.`);
  }
  const bdm = attached(server, volumeId);
  if (bdm.bootIndex === 0) throw badRequest('Cannot detach a root device volume');
  const problem = refusal('detachVolume', server, isAdmin(call));
  if (problem) throw conflict(problem);
  bdm.attached = false;
  recordAction(call, server, 'detach_volume', [
    { event: 'compute_detach_volume', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 202 };
}
