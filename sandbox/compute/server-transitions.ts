import { flavorImageProblem, generatePassword } from './boot-request';
import * as bridges from './bridges';
import { badRequest, conflict, forbidden } from './faults';
import { canSeeFlavor, findFlavor, instanceFlavor } from './flavor-store';
import { findKeypair } from './keypair-store';
import { atLeast } from './microversion';
import { projectLimits, projectUsage } from './quota-math';
import { boolean, description, metadata, name, uuid } from './server-schemas';
import { actionSteps, type ServerActionKind } from './server-states';
import { isAdmin, recordAction, startTransition } from './server-store';
import { detailView } from './server-view';
import { refusal, type RuleName } from './state-rules';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// The actions that move a server through task states: the state check, the timed
// steps, and one Action Log entry whose events finish when the steps do.

/** Checks lock and state for `kind`, starts its steps and logs `action`. */
export function transition(
  call: ComputeCall,
  server: ServerRecord,
  kind: ServerActionKind & RuleName,
  action: string,
  events: string[],
): void {
  const problem = refusal(kind, server, isAdmin(call));
  if (problem) throw conflict(problem);
  const steps = actionSteps(kind, server.state, server.resizeFrom, call.now, call.timings);
  startTransition(call, server, steps);
  const end = (steps.at(-1)?.at ?? call.now) - call.now;
  const slice = end / Math.max(1, events.length);
  recordAction(
    call,
    server,
    action,
    events.map((event, i) => ({
      event,
      start: Math.round(slice * i),
      finish: Math.round(slice * (i + 1)),
    })),
  );
}

export const actionBody = (key: string, inner: JsonSchema, required = true): JsonSchema => ({
  type: 'object',
  properties: { [key]: inner },
  required: required ? [key] : [],
  additionalProperties: false,
});

export function resizeAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  validateBody(
    actionBody('resize', {
      type: 'object',
      properties: {
        flavorRef: { type: ['string', 'integer'], minLength: 1 },
        'OS-DCF:diskConfig': { type: 'string', enum: ['AUTO', 'MANUAL'] },
      },
      required: ['flavorRef'],
      additionalProperties: false,
    }),
    body,
  );
  const ref = String((body as { resize: { flavorRef: unknown } }).resize.flavorRef);
  const problem = refusal('resize', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const flavor = findFlavor(call.region, ref);
  if (!flavor || !canSeeFlavor(call.region, flavor, call.caller.projectId, isAdmin(call))) {
    throw badRequest(`Flavor ${ref} could not be found.`);
  }
  if (flavor.id === server.flavor.id)
    throw badRequest('When resizing, instances must change flavor!');
  if (flavor.disk === 0 && server.flavor.disk !== 0 && server.imageId) {
    throw badRequest(
      'Server disk was unable to be resized because: Resize to zero disk flavor is not allowed.',
    );
  }
  const image = server.imageId
    ? bridges.findImage(call.state, call.regionId, server.projectId, server.imageId)
    : null;
  if (image) {
    const tooSmall = flavorImageProblem(flavor, image, null);
    if (tooSmall) throw badRequest(tooSmall);
  }
  const limits = projectLimits(call.region, server.projectId);
  const usage = projectUsage(call.region, server.projectId, server.userId);
  const deltas: Record<string, number> = {
    cores: flavor.vcpus - server.flavor.vcpus,
    ram: flavor.ram - server.flavor.ram,
  };
  const overs = ['cores', 'ram'].filter(
    (r) =>
      (deltas[r] ?? 0) > 0 &&
      (limits[r] ?? -1) >= 0 &&
      (usage[r] ?? 0) + (deltas[r] ?? 0) > (limits[r] ?? 0),
  );
  if (overs.length > 0) {
    const list = (f: (r: string) => unknown) => overs.map((r) => String(f(r))).join(', ');
    throw forbidden(
      `Quota exceeded for ${overs.join(', ')}: Requested ${list((r) => deltas[r])}, ` +
        `but already used ${list((r) => usage[r])} of ${list((r) => limits[r])} ${overs.join(', ')}`,
    );
  }
  server.newFlavor = instanceFlavor(flavor);
  server.resizeFrom = server.state.vmState === 'stopped' ? 'stopped' : 'active';
  transition(call, server, 'resize', 'resize', [
    'conductor_migrate_server',
    'cold_migrate',
    'compute_prep_resize',
    'compute_resize_instance',
    'compute_finish_resize',
  ]);
  return { status: 202 };
}

function rebuildSchema(call: ComputeCall): JsonSchema {
  const v = call.version;
  const properties: Record<string, JsonSchema> = {
    name,
    imageRef: uuid,
    adminPass: { type: 'string' },
    metadata,
    preserve_ephemeral: boolean,
    'OS-DCF:diskConfig': { type: 'string', enum: ['AUTO', 'MANUAL'] },
    accessIPv4: { type: 'string', format: 'ipv4' },
    accessIPv6: { type: 'string', format: 'ipv6' },
  };
  if (!atLeast(v, '2.57')) properties.personality = { type: 'array' };
  if (atLeast(v, '2.19')) properties.description = description;
  if (atLeast(v, '2.54')) properties.key_name = { oneOf: [name, { type: 'null' }] };
  if (atLeast(v, '2.57')) {
    properties.user_data = {
      oneOf: [{ type: 'string', format: 'base64', maxLength: 65535 }, { type: 'null' }],
    };
  }
  if (atLeast(v, '2.63')) properties.trusted_image_certificates = { type: ['array', 'null'] };
  return actionBody('rebuild', {
    type: 'object',
    properties,
    required: ['imageRef'],
    additionalProperties: false,
  });
}

export function rebuildAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  validateBody(rebuildSchema(call), body);
  const params = (body as { rebuild: Record<string, unknown> }).rebuild;
  const problem = refusal('rebuild', server, isAdmin(call));
  if (problem) throw conflict(problem);
  const imageId = String(params.imageRef);
  const image = bridges.findImage(call.state, call.regionId, server.projectId, imageId);
  if (!image) throw badRequest('Cannot find image for rebuild');
  if (image.status !== 'active') throw badRequest(`Image ${imageId} is not active.`);
  const root = server.bdms.find((b) => b.bootIndex === 0 && b.destinationType === 'volume');
  if (!server.imageId && root && root.imageId !== imageId) {
    // Re-imaging a boot volume came with 2.93.
    if (!atLeast(call.version, '2.93')) {
      throw badRequest(
        `Image ${imageId} is unacceptable: Unable to rebuild with a different image for a volume-backed server.`,
      );
    }
    root.imageId = imageId;
  }
  const tooSmall = flavorImageProblem(
    server.flavor,
    image,
    root && !server.imageId ? root.size : null,
  );
  if (tooSmall) throw badRequest(tooSmall);
  if (typeof params.key_name === 'string') {
    if (!findKeypair(call.region, server.userId, params.key_name)) {
      throw badRequest('Invalid key_name provided.');
    }
    server.keyName = params.key_name;
  } else if (params.key_name === null) {
    server.keyName = null;
  }
  if (server.imageId) server.imageId = imageId;
  if (typeof params.name === 'string') server.name = params.name.trim();
  if ('description' in params) server.description = (params.description as string | null) ?? null;
  if (params.metadata) server.metadata = { ...(params.metadata as Record<string, string>) };
  if ('user_data' in params) server.userData = (params.user_data as string | null) ?? null;
  const password = typeof params.adminPass === 'string' ? params.adminPass : generatePassword();
  transition(call, server, 'rebuild', 'rebuild', ['compute_rebuild_instance']);
  const view = detailView(call, server, {
    serverGroups: true,
    reduced: !atLeast(call.version, '2.75'),
    userData: false,
  });
  view.adminPass = password;
  if (atLeast(call.version, '2.57')) view.user_data = server.userData;
  return { status: 202, body: { server: view } };
}

export function rescueAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  validateBody(
    actionBody('rescue', {
      type: ['object', 'null'],
      properties: { adminPass: { type: 'string' }, rescue_image_ref: uuid },
      additionalProperties: false,
    }),
    body,
  );
  const params = (body as { rescue: Record<string, unknown> | null }).rescue ?? {};
  const problem = refusal('rescue', server, isAdmin(call));
  if (problem) throw conflict(problem);
  if (typeof params.rescue_image_ref === 'string') {
    const image = bridges.findImage(
      call.state,
      call.regionId,
      server.projectId,
      params.rescue_image_ref,
    );
    if (!image) throw badRequest(`Image ${params.rescue_image_ref} could not be found.`);
  }
  const password = typeof params.adminPass === 'string' ? params.adminPass : generatePassword();
  transition(call, server, 'rescue', 'rescue', ['compute_rescue_instance']);
  return { status: 200, body: { adminPass: password } };
}
