import { randomUUID } from 'node:crypto';
import * as bridges from './bridges';
import { badRequest, conflict, notFound, NovaFault, policyDenied } from './faults';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { findServer, isAdmin, recordAction } from './server-store';
import { refusal } from './state-rules';
import { isUuidLike, validateBody } from './validation';
import type { ComputeCall } from './call';
import type { BdmRecord, ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// api-ref "Servers with volume attachments (servers, os-volume_attachments)":
// attach and detach go through Cinder (bridges.ts), which moves the volume to
// in-use with its attachment and back to available; Nova keeps the BDM.

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
  const request = (
    body as {
      volumeAttachment: {
        volumeId: string;
        device?: string | null;
        tag?: string;
        delete_on_termination?: boolean;
      };
    }
  ).volumeAttachment;
  const volumeId = request.volumeId;
  const server = serverOf(call);
  const viewer = { projectId: call.caller.projectId ?? '', isAdmin: isAdmin(call) };
  const volume = bridges.findVolume(call.state, call.regionId, viewer, volumeId, call.now);
  if (!volume) throw notFound(`Volume ${volumeId} could not be found.`);
  const problem = refusal('attachVolume', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const device = request.device ?? nextDevice(server);
  const attachmentId = randomUUID();
  const result = bridges.attachVolume(call.state, call.regionId, {
    viewer,
    volumeId,
    serverId: server.id,
    device,
    attachmentId,
    now: call.now,
  });
  if (!result.ok) throw new NovaFault(result.status, result.message);
  const bdm: BdmRecord = {
    volumeId,
    attachmentId,
    device,
    bootIndex: null,
    sourceType: 'volume',
    destinationType: 'volume',
    imageId: null,
    size: volume.size,
    // 2.79: the attachment can be made to go with the server.
    deleteOnTermination: atLeast(call.version, '2.79') && request.delete_on_termination === true,
    tag: typeof request.tag === 'string' ? request.tag : null,
    attached: true,
  };
  server.bdms = [...server.bdms.filter((b) => b.volumeId !== volumeId), bdm];
  recordAction(call, server, 'attach_volume', [
    { event: 'compute_attach_volume', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 200, body: { volumeAttachment: view(call, server, bdm) } };
}

const UPDATE_SCHEMA = {
  type: 'object',
  properties: {
    volumeAttachment: {
      type: 'object',
      properties: {
        volumeId: { type: 'string', format: 'uuid' },
        device: { type: ['string', 'null'] },
        id: { type: 'string' },
        serverId: { type: 'string' },
        tag: { type: 'string' },
        delete_on_termination: { type: 'boolean' },
      },
      required: ['volumeId'],
      additionalProperties: false,
    },
  },
  required: ['volumeAttachment'],
  additionalProperties: false,
} as const;

/**
 * PUT …/os-volume_attachments/{volume_id}. Before 2.85 it only swaps volumes, and from
 * 2.85 a volumeId other than the path's does; swapping is an admin's (and Cinder's) call,
 * which the sandbox does not carry out. From 2.85 the owner may change
 * delete_on_termination; id, serverId, device and tag are Nova's and cannot change.
 */
export function updateVolumeAttachment(call: ComputeCall): SandboxResponse {
  const body = requestJson(call.req);
  validateBody(UPDATE_SCHEMA, body);
  const request = (body as { volumeAttachment: Record<string, unknown> }).volumeAttachment;
  const volumeId = call.req.params.volume_id ?? '';
  const server = serverOf(call);
  const swap = !atLeast(call.version, '2.85') || request.volumeId !== volumeId;
  if (swap) {
    if (!isAdmin(call)) throw policyDenied('os_compute_api:os-volumes-attachments:swap');
    throw new NovaFault(501, 'Swapping volumes is not available in the sandbox.');
  }
  const bdm = server.bdms.find((b) => b.volumeId === volumeId && b.attached);
  if (!bdm) throw notFound(`No volume Block Device Mapping with id ${volumeId}.`);
  const fixed: [string, unknown][] = [
    ['id', volumeId],
    ['serverId', server.id],
    ['device', bdm.device],
    ['tag', bdm.tag],
  ];
  for (const [key, current] of fixed)
    if (key in request && request[key] !== current)
      throw badRequest(`The ${key} property is not mutable`);
  if (typeof request.delete_on_termination === 'boolean') {
    bdm.deleteOnTermination = request.delete_on_termination;
    call.changed();
  }
  return { status: 202 };
}

/** The next free /dev/vdX after the server's devices (Nova's default naming). */
function nextDevice(server: ServerRecord): string {
  const used = new Set(server.bdms.filter((b) => b.attached).map((b) => b.device));
  for (let i = 0; i < 26; i += 1) {
    const device = `/dev/vd${String.fromCharCode(98 + i)}`;
    if (!used.has(device)) return device;
  }
  return '/dev/vdz';
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
  bridges.detachVolume(call.state, call.regionId, {
    volumeId,
    serverId: server.id,
    now: call.now,
  });
  server.bdms = server.bdms.filter((b) => b !== bdm);
  recordAction(call, server, 'detach_volume', [
    { event: 'compute_detach_volume', start: 0, finish: 1 },
  ]);
  call.changed();
  return { status: 202 };
}
