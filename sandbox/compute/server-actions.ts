import * as bridges from './bridges';
import { consoleOutputAction, legacyVncConsoleAction } from './consoles';
import { badRequest, notFound, NovaFault, policyDenied } from './faults';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { createImageAction, shelveAction, unshelveAction } from './server-snapshots';
import { findServer, isAdmin, recordAction } from './server-store';
import { rebuildAction, rescueAction, resizeAction, transition } from './server-transitions';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// POST /servers/{server_id}/action (api-ref "Servers - run an action"): one key
// names the action; each checks policy, lock and state as Nova's compute API does.

export type ActionHandler = (
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
) => SandboxResponse;

const accepted: SandboxResponse = { status: 202 };

function lockAction(call: ComputeCall, server: ServerRecord, body: unknown): SandboxResponse {
  if (atLeast(call.version, '2.73')) {
    validateBody(
      {
        type: 'object',
        properties: {
          lock: {
            type: ['object', 'null'],
            properties: { locked_reason: { type: 'string', minLength: 0, maxLength: 255 } },
            additionalProperties: false,
          },
        },
        required: ['lock'],
        additionalProperties: false,
      },
      body,
    );
  }
  const reason = (body as { lock?: { locked_reason?: string } | null }).lock?.locked_reason;
  if (!server.locked) {
    server.locked = true;
    server.lockedBy = server.projectId === call.caller.projectId ? 'owner' : 'admin';
    server.lockedReason = atLeast(call.version, '2.73') ? (reason ?? null) : null;
    server.updatedAt = call.now;
    recordAction(call, server, 'lock');
  }
  return accepted;
}

function unlockAction(call: ComputeCall, server: ServerRecord): SandboxResponse {
  if (server.locked && server.lockedBy === 'admin' && !isAdmin(call)) {
    throw policyDenied('os_compute_api:os-lock-server:unlock:unlock_override');
  }
  if (server.locked) {
    server.locked = false;
    server.lockedBy = null;
    server.lockedReason = null;
    server.updatedAt = call.now;
    recordAction(call, server, 'unlock');
  }
  return accepted;
}

function rebootAction(call: ComputeCall, server: ServerRecord, body: unknown): SandboxResponse {
  validateBody(
    {
      type: 'object',
      properties: {
        reboot: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft'] },
          },
          required: ['type'],
          additionalProperties: false,
        },
      },
      required: ['reboot'],
      additionalProperties: false,
    },
    body,
  );
  const hard = (body as { reboot: { type: string } }).reboot.type.toUpperCase() === 'HARD';
  transition(call, server, hard ? 'reboot-hard' : 'reboot-soft', 'reboot', [
    'compute_reboot_instance',
  ]);
  return accepted;
}

/** addSecurityGroup / removeSecurityGroup: Neutron does the work on the server's ports. */
function securityGroupAction(add: boolean): ActionHandler {
  return (call, server, body) => {
    const key = add ? 'addSecurityGroup' : 'removeSecurityGroup';
    const params = (body as Record<string, unknown>)[key];
    if (typeof params !== 'object' || params === null) throw badRequest('Missing parameter dict');
    if (!('name' in params)) throw badRequest('Security group not specified');
    const name = (params as { name: unknown }).name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw badRequest('Security group name cannot be empty');
    }
    const result = bridges.setServerSecurityGroup(call.state, call.regionId, {
      projectId: call.caller.projectId ?? server.projectId,
      serverId: server.id,
      group: name,
      add,
      isAdmin: isAdmin(call),
    });
    if (!result.ok) throw new NovaFault(result.status, result.message);
    server.updatedAt = call.now;
    return accepted;
  };
}

// Nova's parameter_types.ip_address.
const IP_ADDRESS: JsonSchema = { type: 'string', oneOf: [{ format: 'ipv4' }, { format: 'ipv6' }] };

const floatingIpBody = (key: string, withFixed: boolean): JsonSchema => ({
  type: 'object',
  properties: {
    [key]: {
      type: 'object',
      properties: {
        address: IP_ADDRESS,
        ...(withFixed ? { fixed_address: IP_ADDRESS } : {}),
      },
      required: ['address'],
      additionalProperties: false,
    },
  },
  required: [key],
  additionalProperties: false,
});

/** addFloatingIp / removeFloatingIp: gone from Nova's API after microversion 2.43. */
function floatingIpAction(add: boolean): ActionHandler {
  return (call, server, body) => {
    if (atLeast(call.version, '2.44')) throw notFound();
    const key = add ? 'addFloatingIp' : 'removeFloatingIp';
    validateBody(floatingIpBody(key, add), body);
    const params = (body as Record<string, { address: string; fixed_address?: string }>)[key]!;
    const result = bridges.setServerFloatingIp(
      call.state,
      call.regionId,
      {
        add,
        projectId: call.caller.projectId ?? server.projectId,
        isAdmin: isAdmin(call),
        serverId: server.id,
        address: params.address,
        fixedAddress: params.fixed_address,
      },
      call.now,
    );
    if (!result.ok) throw new NovaFault(result.status, result.message);
    return accepted;
  };
}

const simple =
  (
    kind: Parameters<typeof transition>[2],
    action: string,
    events: string[],
    status = 202,
  ): ActionHandler =>
  (call, server) => {
    transition(call, server, kind, action, events);
    return { status };
  };

const ACTIONS: Record<string, ActionHandler> = {
  'os-start': simple('start', 'start', ['compute_start_instance']),
  'os-stop': simple('stop', 'stop', ['compute_stop_instance']),
  reboot: rebootAction,
  pause: simple('pause', 'pause', ['compute_pause_instance']),
  unpause: simple('unpause', 'unpause', ['compute_unpause_instance']),
  suspend: simple('suspend', 'suspend', ['compute_suspend_instance']),
  resume: simple('resume', 'resume', ['compute_resume_instance']),
  shelve: (call, server) => shelveAction(call, server),
  shelveOffload: simple('shelveOffload', 'shelveOffload', ['compute_shelve_offload_instance']),
  unshelve: unshelveAction,
  lock: lockAction,
  unlock: (call, server) => unlockAction(call, server),
  rescue: rescueAction,
  unrescue: simple('unrescue', 'unrescue', ['compute_unrescue_instance']),
  resize: resizeAction,
  confirmResize: simple('confirmResize', 'confirmResize', ['compute_confirm_resize'], 204),
  revertResize: simple('revertResize', 'revertResize', [
    'compute_revert_resize',
    'compute_finish_revert_resize',
  ]),
  rebuild: rebuildAction,
  createImage: createImageAction,
  'os-getConsoleOutput': consoleOutputAction,
  'os-getVNCConsole': legacyVncConsoleAction,
  addSecurityGroup: securityGroupAction(true),
  removeSecurityGroup: securityGroupAction(false),
  addFloatingIp: floatingIpAction(true),
  removeFloatingIp: floatingIpAction(false),
};

export function serverAction(call: ComputeCall): SandboxResponse {
  const body = requestJson(call.req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Malformed request body');
  }
  const name = Object.keys(body)[0];
  if (name === undefined) throw badRequest('Malformed request body');
  const handler = ACTIONS[name];
  if (!handler) throw badRequest(`There is no such action: ${name}`);
  const server = findServer(call, call.req.params.server_id ?? '');
  const response = handler(call, server, body);
  call.changed();
  return response;
}
