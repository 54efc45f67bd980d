import * as bridges from './bridges';
import { badRequest, conflict } from './faults';
import { atLeast } from './microversion';
import { metadata, name } from './server-schemas';
import { actionSteps } from './server-states';
import { isAdmin } from './server-store';
import { actionBody, transition } from './server-transitions';
import { apiBase } from './server-view';
import { refusal } from './state-rules';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// The actions that make images in the sandbox's Glance: createImage, and shelve
// with its "<name>-shelved" snapshot that unshelve removes again.

/** The image service's endpoint as the catalog lists it, for createImage's Location. */
function imageEndpoint(call: ComputeCall): string | null {
  const identity = call.state.identity;
  const service = identity.services.find((s) => s.type === 'image');
  const endpoint = identity.endpoints.find(
    (e) => e.serviceId === service?.id && e.regionId === call.regionId && e.interface === 'public',
  );
  return endpoint ? endpoint.url.replace(/\/+$/, '') : null;
}

export function createImageAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  validateBody(
    actionBody('createImage', {
      type: 'object',
      properties: { name, metadata },
      required: ['name'],
      additionalProperties: false,
    }),
    body,
  );
  const params = (body as { createImage: { name: string; metadata?: Record<string, string> } })
    .createImage;
  const problem = refusal('createImage', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const base = server.imageId
    ? bridges.findImage(call.state, call.regionId, server.projectId, server.imageId)
    : null;
  const steps = actionSteps('createImage', server.state, null, call.now, call.timings);
  const duration = (steps.at(-1)?.at ?? call.now) - call.now;
  const image = bridges.createSnapshotImage(call.state, call.regionId, {
    projectId: call.caller.projectId ?? server.projectId,
    serverId: server.id,
    name: params.name,
    minDisk: Math.max(server.flavor.disk, base?.minDisk ?? 0),
    minRam: Math.max(0, base?.minRam ?? 0),
    metadata: {
      ...(server.imageId ? { base_image_ref: server.imageId } : {}),
      user_id: call.caller.userId,
      ...(params.metadata ?? {}),
    },
    activateAfterMs: duration,
    now: call.now,
  });
  transition(call, server, 'createImage', 'createImage', ['compute_snapshot_instance']);
  if (atLeast(call.version, '2.45')) return { status: 202, body: { image_id: image.id } };
  const glance = imageEndpoint(call) ?? `${apiBase(call)}`;
  return { status: 202, headers: { Location: `${glance}/images/${image.id}` } };
}

/** Shelve: a "<name>-shelved" snapshot for image-backed servers, then offload. */
export function shelveAction(call: ComputeCall, server: ServerRecord): SandboxResponse {
  const problem = refusal('shelve', server, isAdmin(call));
  if (problem) throw conflict(problem);
  if (server.imageId) {
    const steps = actionSteps('shelve', server.state, null, call.now, call.timings);
    const uploaded = steps.find((s) => s.vmState === 'shelved')?.at ?? call.now;
    const base = bridges.findImage(call.state, call.regionId, server.projectId, server.imageId);
    const image = bridges.createSnapshotImage(call.state, call.regionId, {
      projectId: server.projectId,
      serverId: server.id,
      name: `${server.name}-shelved`,
      minDisk: Math.max(server.flavor.disk, base?.minDisk ?? 0),
      minRam: base?.minRam ?? 0,
      metadata: { base_image_ref: server.imageId, user_id: call.caller.userId },
      activateAfterMs: uploaded - call.now,
      now: call.now,
    });
    server.shelvedImageId = image.id;
  }
  transition(call, server, 'shelve', 'shelve', ['compute_shelve_instance']);
  return { status: 202 };
}

/** Unshelve brings the server back from its snapshot and deletes that snapshot. */
export function unshelveAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  if (atLeast(call.version, '2.77')) {
    validateBody(
      actionBody('unshelve', {
        type: ['object', 'null'],
        properties: { availability_zone: { type: ['string', 'null'] } },
        additionalProperties: !atLeast(call.version, '2.91') ? false : true,
      }),
      body,
    );
    const az = (body as { unshelve: { availability_zone?: string | null } | null }).unshelve
      ?.availability_zone;
    if (typeof az === 'string' && az !== 'nova') {
      throw badRequest('The requested availability zone is not available');
    }
  }
  transition(call, server, 'unshelve', 'unshelve', [
    'get_image_info',
    'schedule_instances',
    'compute_unshelve_instance',
  ]);
  if (server.shelvedImageId) {
    bridges.deleteImage(call.state, call.regionId, server.shelvedImageId);
    server.shelvedImageId = null;
  }
  return { status: 202 };
}
