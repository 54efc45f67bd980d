import * as bridges from './bridges';
import { notFound } from './faults';
import { splitDue } from './server-states';
import type { ComputeCall } from './call';
import type { ActionEventRecord, ServerRecord, TransitionStep } from './nova-state';
import type { ComputeRegionState } from '../state';

// Servers of one region: lookup with Nova's visibility rules, and folding the
// transition steps whose time has come into the record (with their side effects).

/** The one compute host of the sandbox (the devcloud has one too). */
export const COMPUTE_HOST = 'sandbox-compute';

export const isAdmin = (call: Pick<ComputeCall, 'caller'>): boolean =>
  call.caller.roles.includes('admin');

function applyStep(call: ComputeCall, server: ServerRecord, step: TransitionStep): void {
  server.state = { vmState: step.vmState, taskState: step.taskState, powerState: step.powerState };
  server.updatedAt = step.at;
  for (const effect of step.effects) {
    switch (effect) {
      case 'launched':
        server.launchedAt = step.at;
        break;
      case 'host':
        server.host = COMPUTE_HOST;
        break;
      case 'unhost':
        server.host = null;
        break;
      case 'applyNewFlavor':
        if (server.newFlavor) {
          server.oldFlavor = server.flavor;
          server.flavor = server.newFlavor;
          server.newFlavor = null;
        }
        break;
      case 'restoreOldFlavor':
        if (server.oldFlavor) server.flavor = server.oldFlavor;
        server.oldFlavor = null;
        server.resizeFrom = null;
        break;
      case 'dropOldFlavor':
        server.oldFlavor = null;
        server.resizeFrom = null;
        break;
      case 'error':
        server.fault = server.pendingFault ? { ...server.pendingFault, createdAt: step.at } : null;
        server.pendingFault = null;
        break;
      case 'deleted':
        server.deletedAt = step.at;
        server.terminatedAt = step.at;
        bridges.releaseServerPorts(call.state, call.regionId, server.id);
        server.ports = [];
        bridges.releaseServerVolumes(call.state, call.regionId, {
          serverId: server.id,
          deleteVolumeIds: server.bdms.filter((b) => b.deleteOnTermination).map((b) => b.volumeId),
          now: step.at,
        });
        for (const group of call.region.serverGroups) {
          group.members = group.members.filter((m) => m !== server.id);
        }
        break;
    }
  }
}

/** Folds every due step of every server; returns whether anything changed. */
export function settleServers(call: ComputeCall): boolean {
  let changed = false;
  for (const server of call.region.servers) {
    if (server.steps.length === 0 || (server.steps[0]?.at ?? Infinity) > call.now) continue;
    const { due, pending } = splitDue(server.steps, call.now);
    server.steps = pending;
    for (const step of due) applyStep(call, server, step);
    changed = true;
  }
  if (changed) call.changed();
  return changed;
}

/** Replaces whatever is pending with a new transition and applies its first (current) step. */
export function startTransition(
  call: ComputeCall,
  server: ServerRecord,
  steps: TransitionStep[],
): void {
  server.steps = steps;
  settleServers(call);
}

/** A server the caller may act on: its project's, or any for an admin. Deleted ones are gone. */
export function findServer(call: ComputeCall, id: string): ServerRecord {
  settleServers(call);
  const server = call.region.servers.find((s) => s.id === id && s.deletedAt === null);
  if (!server || (server.projectId !== call.caller.projectId && !isAdmin(call))) {
    throw notFound(`Instance ${id} could not be found.`);
  }
  return server;
}

export interface ActionEvent {
  event: string;
  /** Offsets from the request time, in ms. */
  start: number;
  finish: number;
  result?: 'Success' | 'Error';
}

/** One row of the Action Log (os-instance-actions) with its events. */
export function recordAction(
  call: ComputeCall,
  server: Pick<ServerRecord, 'id' | 'projectId'>,
  action: string,
  events: ActionEvent[] = [],
  message: string | null = null,
): void {
  call.region.instanceActions.push({
    serverId: server.id,
    action,
    requestId: call.req.requestId,
    userId: call.caller.userId,
    projectId: call.caller.projectId ?? server.projectId,
    startAt: call.now,
    message,
    events: events.map((e): ActionEventRecord => ({
      event: e.event,
      startAt: call.now + e.start,
      finishAt: call.now + e.finish,
      result: e.result ?? 'Success',
      host: e.event.startsWith('compute_') ? COMPUTE_HOST : null,
      traceback: null,
    })),
  });
}

export function regionServers(region: ComputeRegionState): ServerRecord[] {
  return region.servers;
}
