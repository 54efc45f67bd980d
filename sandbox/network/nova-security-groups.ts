import { apiError, networkRegion, serverPorts, UUID, type BridgeFailure } from './nova-common';
import { securityGroupVisible } from './policy';
import { touch } from './records';
import { ensureDefaultSecurityGroup } from './security-group-store';
import { requestId } from '../ids';
import type { SecurityGroupRecord } from './schema';
import type { SandboxState } from '../state';

// Security groups as Nova uses them (nova/network/security_group_api.py): name
// look-ups for POST /servers, the groups a server shows, add/removeSecurityGroup.

export type SecurityGroupLookup =
  { ok: true; group: SecurityGroupRecord } | { ok: false; status: number; message: string };

/**
 * neutronclient's find_resource_by_name_or_id, as Nova validates the names in
 * POST /servers: by id among the groups the caller sees, else by name in the project.
 */
export function findSecurityGroup(
  state: SandboxState,
  region: string,
  projectId: string,
  nameOrId: string,
  isAdmin = false,
): SecurityGroupLookup {
  const net = networkRegion(state, region);
  ensureDefaultSecurityGroup(net, projectId, Date.now());
  const viewer = { projectId, isAdmin };
  if (UUID.test(nameOrId)) {
    const byId = net.securityGroups.find(
      (g) => g.id === nameOrId && securityGroupVisible(viewer, g),
    );
    if (byId) return { ok: true, group: byId };
  }
  const byName = net.securityGroups.filter((g) => g.projectId === projectId && g.name === nameOrId);
  if (byName.length > 1) {
    return {
      ok: false,
      status: 409,
      message: `Multiple security_group matches found for name '${nameOrId}', use an ID to be more specific.`,
    };
  }
  const [group] = byName;
  if (!group) {
    return {
      ok: false,
      status: 400,
      message: `Unable to find security_group with name or id '${nameOrId}'`,
    };
  }
  return { ok: true, group };
}

/** The server's security groups as Nova shows them: [{name}], one per port binding. */
export function serverSecurityGroups(
  state: SandboxState,
  region: string,
  serverId: string,
): { name: string }[] {
  const net = networkRegion(state, region);
  const names: { name: string }[] = [];
  for (const port of serverPorts(state, region, serverId)) {
    for (const id of port.securityGroups) {
      const group = net.securityGroups.find((g) => g.id === id);
      if (group) names.push({ name: group.name || group.id });
    }
  }
  return names;
}

/**
 * addSecurityGroup / removeSecurityGroup (security_group_api.add_to_instance and
 * remove_from_instance) with their errors: 404 not found, 409 ambiguous name,
 * 400 when a port cannot carry groups.
 */
export function setServerSecurityGroup(
  state: SandboxState,
  region: string,
  request: {
    projectId: string;
    serverId: string;
    group: string;
    add: boolean;
    isAdmin?: boolean;
    now?: number;
  },
): { ok: true } | BridgeFailure {
  const now = request.now ?? Date.now();
  const found = findSecurityGroup(state, region, request.projectId, request.group, request.isAdmin);
  if (!found.ok) {
    return found.status === 409
      ? apiError(409, found.message)
      : apiError(
          404,
          `Security group ${request.group} is not found for project ${request.projectId}`,
        );
  }
  const ports = serverPorts(state, region, request.serverId);
  if (ports.length === 0) {
    return apiError(
      404,
      `instance_id ${request.serverId} could not be found as device id on any ports`,
    );
  }
  const groupId = found.group.id;
  if (request.add) {
    for (const port of ports) {
      if (!port.portSecurityEnabled || port.fixedIps.length === 0) {
        return apiError(
          400,
          'Network requires port_security_enabled and subnet associated in order to apply security groups.',
        );
      }
    }
    for (const port of ports) {
      if (port.securityGroups.includes(groupId)) {
        // Neutron refuses the duplicate; Nova passes its message on with the request id.
        return apiError(
          400,
          `Invalid input for security_groups. Reason: Duplicate items in the list: '${groupId}'.` +
            `\nNeutron server returns request_ids: ['${requestId()}']`,
        );
      }
    }
    for (const port of ports) {
      port.securityGroups = [...port.securityGroups, groupId];
      touch(port, now);
    }
    return { ok: true };
  }
  let removed = false;
  for (const port of ports) {
    if (!port.securityGroups.includes(groupId)) continue;
    port.securityGroups = port.securityGroups.filter((id) => id !== groupId);
    touch(port, now);
    removed = true;
  }
  if (!removed) {
    return apiError(
      404,
      `Security group ${request.group} not associated with the instance ${request.serverId}`,
    );
  }
  return { ok: true };
}
