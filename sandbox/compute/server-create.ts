import { randomUUID } from 'node:crypto';
import {
  bootSource,
  type BootSource,
  flavorIdFrom,
  flavorImageProblem,
  noValidHost,
  parseNetworks,
  reservationId,
  sanitizeHostname,
  schedulingProblem,
  generatePassword,
} from './boot-request';
import * as bridges from './bridges';
import { badRequest, forbidden, NovaFault } from './faults';
import { canSeeFlavor, findFlavor, instanceFlavor } from './flavor-store';
import { findKeypair } from './keypair-store';
import { atLeast } from './microversion';
import { checkInstanceQuota, projectLimits, projectUsage } from './quota-math';
import { requestJson } from './request-body';
import { createSchema, pyBool } from './server-schemas';
import { bootSteps } from './server-states';
import { recordAction, settleServers } from './server-store';
import { apiBase, resourceLinks } from './server-view';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { BdmRecord, FaultRecord, ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// POST /servers (api-ref "Create Server"): Nova's API-side checks in its order,
// quota, then one record per instance whose boot runs as timed steps.

type Body = {
  server: Record<string, unknown>;
  'os:scheduler_hints'?: Record<string, unknown>;
  'OS-SCH-HNT:scheduler_hints'?: Record<string, unknown>;
};

/**
 * The server's block devices: Cinder makes the volumes the mappings ask for (from
 * an image, a snapshot or blank) and attaches them, and existing volumes, to it.
 */
function bootVolumes(
  call: ComputeCall,
  source: BootSource,
  serverId: string,
  projectId: string,
): BdmRecord[] {
  const viewer = { projectId, isAdmin: call.caller.roles.includes('admin') };
  return source.bdms.map(({ sourceId, ...b }) => {
    let volumeId = b.volumeId;
    if (!volumeId) {
      const made = bridges.createBootVolume(call.state, call.regionId, {
        projectId,
        userId: call.caller.userId,
        size: b.size ?? 1,
        source: {
          kind:
            b.sourceType === 'snapshot' ? 'snapshot' : b.sourceType === 'image' ? 'image' : 'blank',
          id: sourceId,
        },
        now: call.now,
      });
      if (!made.ok) throw new NovaFault(made.status, made.message);
      volumeId = made.value.id;
    }
    const attachmentId = randomUUID();
    const attached = bridges.attachVolume(call.state, call.regionId, {
      viewer,
      volumeId,
      serverId,
      device: b.device,
      attachmentId,
      now: call.now,
    });
    if (!attached.ok) throw new NovaFault(attached.status, attached.message);
    return { ...b, volumeId, attachmentId, attached: true };
  });
}

export function createServer(call: ComputeCall): SandboxResponse {
  const { version: v } = call;
  const body = requestJson(call.req);
  validateBody(createSchema(v), body);
  const { server: params, ...rest } = body as Body;
  const hints = rest['os:scheduler_hints'] ?? rest['OS-SCH-HNT:scheduler_hints'] ?? {};
  const projectId = call.caller.projectId;
  if (!projectId)
    throw forbidden("Policy doesn't allow os_compute_api:servers:create to be performed.");
  const name = String(params.name).trim();
  const description = atLeast(v, '2.19')
    ? ((params.description as string | null | undefined) ?? null)
    : name;
  const minCount = Number(params.min_count ?? 1);
  const maxCount = Number(params.max_count ?? minCount);
  if (minCount > maxCount) throw badRequest('min_count must be <= max_count');

  const az = typeof params.availability_zone === 'string' ? params.availability_zone : null;
  if (az !== null && az.split(':')[0] !== 'nova') {
    throw badRequest('The requested availability zone is not available');
  }
  const source = bootSource(call, params);
  const networks = parseNetworks(params.networks);
  if (maxCount > 1 && networks.kind === 'list') {
    if (networks.items.some((n) => n.port)) {
      throw badRequest(
        'Failed to launch instances: Unable to launch multiple instances with a single configured port ID. Please launch your instance one by one with different ports.',
      );
    }
    if (networks.items.some((n) => n.uuid && n.fixedIp)) {
      throw badRequest(
        'Failed to launch instances: max_count cannot be greater than 1 if an fixed_ip is specified.',
      );
    }
  }

  const flavorId = flavorIdFrom(params.flavorRef);
  const flavor = findFlavor(call.region, flavorId);
  const admin = call.caller.roles.includes('admin');
  if (!flavor || flavor.disabled || !canSeeFlavor(call.region, flavor, projectId, admin)) {
    throw badRequest(`Flavor ${flavorId} could not be found.`);
  }
  const keyName = typeof params.key_name === 'string' ? params.key_name : null;
  if (keyName !== null && !findKeypair(call.region, call.caller.userId, keyName)) {
    throw badRequest('Invalid key_name provided.');
  }
  const limits = projectLimits(call.region, projectId);
  const metadata = (params.metadata ?? {}) as Record<string, string>;
  const metadataLimit = limits.metadata_items ?? 128;
  if (metadataLimit >= 0 && Object.keys(metadata).length > metadataLimit) {
    throw forbidden(`Maximum number of metadata items exceeds ${metadataLimit}`);
  }
  const requestedGroups = (params.security_groups as { name?: string }[] | undefined)
    ?.map((g) => g.name)
    .filter((n): n is string => Boolean(n));
  const securityGroups = [...new Set(requestedGroups ?? ['default'])];
  const groupId = typeof hints.group === 'string' ? hints.group : null;
  const group = groupId
    ? call.region.serverGroups.find((g) => g.id === groupId && (g.projectId === projectId || admin))
    : undefined;
  if (groupId && !group) throw badRequest(`Instance group ${groupId} could not be found.`);
  if (source.image) {
    const problem = flavorImageProblem(flavor, source.image, source.rootVolumeGb);
    if (problem) throw badRequest(problem);
  }

  settleServers(call);
  const quota = checkInstanceQuota(
    limits,
    projectUsage(call.region, projectId, call.caller.userId),
    flavor,
    minCount,
    maxCount,
  );
  if (!quota.ok) throw forbidden(quota.message);
  const count = quota.count;
  if (group) {
    const memberLimit = limits.server_group_members ?? 10;
    if (memberLimit >= 0 && group.members.length + count > memberLimit) {
      throw forbidden('Quota exceeded, too many servers in group');
    }
  }

  // 2.90: an explicit hostname, which cannot be shared by several servers.
  const requestedHostname = typeof params.hostname === 'string' ? params.hostname : null;
  if (requestedHostname !== null && maxCount > 1) {
    throw badRequest('Unable to allocate a single hostname to multiple instances');
  }
  const reservation = reservationId();
  const password = typeof params.adminPass === 'string' ? params.adminPass : generatePassword();
  const created: ServerRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = randomUUID();
    const noHost = schedulingProblem(call, flavor, group?.id ?? null);
    const fails = noHost !== null;
    let ports: string[] = [];
    let buildFault: FaultRecord | null = noHost === null ? null : noValidHost(call.now, noHost);
    if (!fails) {
      const allocated = bridges.allocateServerPorts(call.state, call.regionId, {
        projectId,
        serverId: id,
        networks,
        securityGroups,
        isAdmin: admin,
        now: call.now,
      });
      if (allocated.ok) {
        ports = allocated.value;
      } else if (allocated.phase === 'build') {
        buildFault = {
          code: 500,
          message: allocated.message,
          details: allocated.detail ?? null,
          createdAt: call.now,
        };
      } else {
        // Nova validates every instance's networks before building any: undo the others.
        const ids = new Set(created.map((s) => s.id));
        for (const s of created) bridges.releaseServerPorts(call.state, call.regionId, s.id);
        call.region.servers = call.region.servers.filter((s) => !ids.has(s.id));
        call.region.instanceActions = call.region.instanceActions.filter(
          (a) => !ids.has(a.serverId),
        );
        if (group) group.members = group.members.filter((m) => !ids.has(m));
        throw new NovaFault(allocated.status, allocated.message);
      }
    }
    const baseHost = sanitizeHostname(name);
    const server: ServerRecord = {
      id,
      name: count > 1 ? `${name}-${index + 1}` : name,
      projectId,
      userId: call.caller.userId,
      description,
      hostname:
        requestedHostname ??
        (!baseHost ? `Server-${id}` : count > 1 ? `${baseHost}-${index + 1}` : baseHost),
      imageId: source.imageId,
      flavor: instanceFlavor(flavor),
      oldFlavor: null,
      newFlavor: null,
      keyName,
      userData: typeof params.user_data === 'string' ? params.user_data : null,
      configDrive: params.config_drive === undefined ? false : pyBool(params.config_drive),
      metadata: { ...metadata },
      tags: Array.isArray(params.tags) ? [...(params.tags as string[])] : [],
      securityGroups,
      availabilityZone: 'nova',
      requestedAvailabilityZone: az,
      accessIPv4: typeof params.accessIPv4 === 'string' ? params.accessIPv4 : '',
      accessIPv6: typeof params.accessIPv6 === 'string' ? params.accessIPv6 : '',
      diskConfig: params['OS-DCF:diskConfig'] === 'AUTO' ? 'AUTO' : 'MANUAL',
      reservationId: reservation,
      launchIndex: index,
      instanceNumber: call.region.nextInstanceNumber++,
      host: null,
      groupId: group?.id ?? null,
      resizeFrom: null,
      createdAt: call.now,
      updatedAt: call.now,
      launchedAt: null,
      terminatedAt: null,
      deletedAt: null,
      state: { vmState: 'building', taskState: 'scheduling', powerState: 0 },
      steps: bootSteps(call.now, call.timings, buildFault !== null),
      locked: false,
      lockedReason: null,
      lockedBy: null,
      fault: null,
      pendingFault: buildFault,
      bdms: fails ? [] : bootVolumes(call, source, id, projectId),
      requestedNetworks: JSON.stringify(networks),
      ports,
      shelvedImageId: null,
    };
    call.region.servers.push(server);
    group?.members.push(server.id);
    created.push(server);
    const end = (server.steps.at(-1)?.at ?? call.now) - call.now;
    recordAction(
      call,
      server,
      'create',
      fails
        ? [
            {
              event: 'conductor_schedule_and_build_instances',
              start: 0,
              finish: end,
              result: 'Error',
            },
          ]
        : [
            {
              event: 'compute__do_build_and_run_instance',
              start: Math.round(end * 0.2),
              finish: end,
            },
          ],
    );
  }
  settleServers(call);
  call.changed();

  if (params.return_reservation_id !== undefined && pyBool(params.return_reservation_id)) {
    return { status: 202, body: { reservation_id: reservation } };
  }
  const first = created[0] as ServerRecord;
  const view: Record<string, unknown> = {
    id: first.id,
    links: resourceLinks(call, 'servers', first.id),
    'OS-DCF:diskConfig': first.diskConfig,
    security_groups: (params.security_groups as unknown[] | undefined) ?? [{ name: 'default' }],
    adminPass: password,
  };
  return {
    status: 202,
    headers: { Location: `${apiBase(call)}/servers/${first.id}` },
    body: { server: view },
  };
}
