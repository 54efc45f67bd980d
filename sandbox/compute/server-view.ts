import { createHash } from 'node:crypto';
import * as bridges from './bridges';
import { atLeast } from './microversion';
import { statusOf } from './server-states';
import { isAdmin } from './server-store';
import { novaTime } from '../time';
import type { ComputeCall } from './call';
import type { InstanceFlavor, ServerRecord } from './nova-state';

// nova/api/openstack/compute/views/servers.py: which attributes each microversion
// and each role sees.

/** utils.isotime: second precision with a Z. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** utils.generate_hostid: sha224(project_id + host), or '' when unscheduled. */
export function hostId(host: string | null, projectId: string): string {
  return host
    ? createHash('sha224')
        .update(projectId + host)
        .digest('hex')
    : '';
}

/** {origin}/v2.1[/{project_id}] — Nova keeps the project id the client used. */
export function apiBase(call: Pick<ComputeCall, 'req' | 'urlProjectId'>): string {
  return [`${call.req.origin}/v2.1`, call.urlProjectId].filter(Boolean).join('/');
}

function bookmarkBase(call: Pick<ComputeCall, 'req' | 'urlProjectId'>): string {
  return [call.req.origin, call.urlProjectId].filter(Boolean).join('/');
}

export function resourceLinks(call: ComputeCall, collection: string, id: string) {
  return [
    { rel: 'self', href: `${apiBase(call)}/${collection}/${id}` },
    { rel: 'bookmark', href: `${bookmarkBase(call)}/${collection}/${id}` },
  ];
}

function flavorView(call: ComputeCall, flavor: InstanceFlavor): Record<string, unknown> {
  if (atLeast(call.version, '2.47')) {
    return {
      vcpus: flavor.vcpus,
      ram: flavor.ram,
      disk: flavor.disk,
      ephemeral: flavor.ephemeral,
      swap: flavor.swap,
      original_name: flavor.name,
      extra_specs: { ...flavor.extraSpecs },
    };
  }
  return {
    id: flavor.id,
    links: [{ rel: 'bookmark', href: `${bookmarkBase(call)}/flavors/${flavor.id}` }],
  };
}

export function basicView(call: ComputeCall, server: ServerRecord): Record<string, unknown> {
  return { id: server.id, name: server.name, links: resourceLinks(call, 'servers', server.id) };
}

export interface ShowOptions {
  /** GET /servers/{id}, PUT and rebuild show server_groups from 2.71; lists do not. */
  serverGroups?: boolean;
  /** Rebuild leaves user_data out of the extended attributes (it adds its own). */
  userData?: boolean;
  /** PUT and rebuild before 2.75: no AZ, key, usage, groups, extended status or volumes. */
  reduced?: boolean;
}

export function detailView(
  call: ComputeCall,
  server: ServerRecord,
  options: ShowOptions = {},
): Record<string, unknown> {
  const v = call.version;
  const admin = isAdmin(call);
  const state = server.state;
  const deleted = server.deletedAt !== null;
  const status = deleted ? 'DELETED' : statusOf(state);
  const view: Record<string, unknown> = {
    id: server.id,
    name: server.name,
    status,
    tenant_id: server.projectId,
    user_id: server.userId,
    metadata: { ...server.metadata },
    hostId: hostId(server.host, server.projectId),
    image: server.imageId
      ? {
          id: server.imageId,
          links: [{ rel: 'bookmark', href: `${bookmarkBase(call)}/images/${server.imageId}` }],
        }
      : '',
    flavor: flavorView(call, server.flavor),
    created: isoTime(server.createdAt),
    updated: isoTime(server.updatedAt),
    addresses:
      state.vmState === 'building' || deleted
        ? {}
        : bridges.serverAddresses(call.state, call.regionId, server.id),
    accessIPv4: server.accessIPv4,
    accessIPv6: server.accessIPv6,
    links: resourceLinks(call, 'servers', server.id),
    'OS-DCF:diskConfig': server.diskConfig,
  };
  if ((status === 'ERROR' || status === 'DELETED') && server.fault) {
    const fault: Record<string, unknown> = {
      code: server.fault.code,
      created: isoTime(server.fault.createdAt),
      message: server.fault.message,
    };
    if (server.fault.details && (admin || server.fault.code !== 500)) {
      fault.details = server.fault.details;
    }
    view.fault = fault;
  }
  if (['ACTIVE', 'BUILD', 'REBUILD', 'RESIZE', 'VERIFY_RESIZE', 'MIGRATING'].includes(status)) {
    view.progress = 0;
  }
  if (options.reduced) {
    view.addresses = Object.fromEntries(
      Object.entries(view.addresses as Record<string, Record<string, unknown>[]>).map(
        ([net, list]) => [net, list.map((a) => ({ version: a.version, addr: a.addr }))],
      ),
    );
    return laterFields(call, server, view, options);
  }
  // Until the scheduler places it, an instance has only the zone it asked for.
  const placed = server.host !== null || server.launchedAt !== null;
  view['OS-EXT-AZ:availability_zone'] = placed
    ? server.availabilityZone
    : (server.requestedAvailabilityZone ?? '');
  view.config_drive = server.configDrive ? 'True' : '';
  view.key_name = server.keyName;
  view['OS-SRV-USG:launched_at'] = server.launchedAt === null ? null : novaTime(server.launchedAt);
  view['OS-SRV-USG:terminated_at'] =
    server.terminatedAt === null ? null : novaTime(server.terminatedAt);
  // Nova lists the groups of the server's ports, and leaves the key out without ports.
  const groups = [
    ...new Set(
      bridges.serverSecurityGroups(call.state, call.regionId, server.id).map((g) => g.name),
    ),
  ];
  if (groups.length > 0 && !deleted) view.security_groups = groups.map((name) => ({ name }));
  if (admin) {
    view['OS-EXT-SRV-ATTR:host'] = server.host;
    view['OS-EXT-SRV-ATTR:instance_name'] = instanceName(server);
    view['OS-EXT-SRV-ATTR:hypervisor_hostname'] = server.host;
    if (atLeast(v, '2.3')) {
      view['OS-EXT-SRV-ATTR:reservation_id'] = server.reservationId;
      view['OS-EXT-SRV-ATTR:launch_index'] = server.launchIndex;
      view['OS-EXT-SRV-ATTR:hostname'] = server.hostname;
      view['OS-EXT-SRV-ATTR:kernel_id'] = '';
      view['OS-EXT-SRV-ATTR:ramdisk_id'] = '';
      view['OS-EXT-SRV-ATTR:root_device_name'] = '/dev/vda';
      if (options.userData !== false) view['OS-EXT-SRV-ATTR:user_data'] = server.userData;
    }
  }
  view['OS-EXT-STS:task_state'] = deleted ? null : state.taskState;
  view['OS-EXT-STS:vm_state'] = deleted ? 'deleted' : state.vmState;
  view['OS-EXT-STS:power_state'] = state.powerState;
  view['os-extended-volumes:volumes_attached'] = server.bdms
    .filter((b) => b.attached)
    .map((b) =>
      atLeast(v, '2.3')
        ? { id: b.volumeId, delete_on_termination: b.deleteOnTermination }
        : { id: b.volumeId },
    );
  if (atLeast(v, '2.16') && admin) view.host_status = server.host ? 'UP' : '';
  return laterFields(call, server, view, options);
}

/** The attributes later microversions added, shown in every detailed view. */
function laterFields(
  call: ComputeCall,
  server: ServerRecord,
  view: Record<string, unknown>,
  options: ShowOptions,
): Record<string, unknown> {
  const v = call.version;
  const admin = isAdmin(call);
  if (atLeast(v, '2.9')) view.locked = server.locked;
  if (atLeast(v, '2.73')) view.locked_reason = server.lockedReason;
  if (atLeast(v, '2.19')) view.description = server.description;
  if (atLeast(v, '2.26')) view.tags = [...server.tags];
  if (atLeast(v, '2.63')) view.trusted_image_certificates = null;
  if (atLeast(v, '2.90') && !admin) view['OS-EXT-SRV-ATTR:hostname'] = server.hostname;
  if (options.serverGroups && atLeast(v, '2.71')) {
    view.server_groups = server.groupId ? [server.groupId] : [];
  }
  return view;
}

/** libvirt's instance-%08x name. */
export function instanceName(server: Pick<ServerRecord, 'instanceNumber'>): string {
  return `instance-${server.instanceNumber.toString(16).padStart(8, '0')}`;
}
