import { randomInt, randomUUID } from 'node:crypto';
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
import { isUuidLike, validateBody } from './validation';
import type { ComputeCall } from './keypairs';
import type { BdmRecord, FaultRecord, FlavorRecord, ServerRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';

// POST /servers (api-ref "Create Server"): Nova's API-side checks in its order,
// quota, then one record per instance whose boot runs as timed steps.

/** What the one sandbox host can take (a 16-core, 64 GiB host with Nova's allocation ratios). */
export const HOST_CAPACITY = { vcpus: 16 * 16, ram: 64 * 1024 * 1.5, disk: 1000 };

const GIB = 1024 ** 3;

type Body = {
  server: Record<string, unknown>;
  'os:scheduler_hints'?: Record<string, unknown>;
  'OS-SCH-HNT:scheduler_hints'?: Record<string, unknown>;
};

/** utils.sanitize_hostname */
export function sanitizeHostname(name: string): string {
  let host = [...name].filter((ch) => (ch.codePointAt(0) ?? 0) <= 0xff).join('');
  host = host.slice(0, 63).replace(/[ _.]/g, '-');
  host = host.replace(/[^\w.-]+/g, '').toLowerCase();
  return host.replace(/^[.-]+|[.-]+$/g, '');
}

/** utils.generate_uid('r'): r- and 8 of [0-9a-z]. */
function reservationId(): string {
  const chars = '01234567890abcdefghijklmnopqrstuvwxyz';
  return `r-${Array.from({ length: 8 }, () => chars[randomInt(chars.length)]).join('')}`;
}

/** utils.generate_password: 12 characters without look-alikes. */
export function generatePassword(): string {
  const chars = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return Array.from({ length: 12 }, () => chars[randomInt(chars.length)]).join('');
}

/** flavorRef may be an id or a link ending in one (common.get_id_from_href). */
function flavorIdFrom(ref: unknown): string {
  const text = String(ref);
  return text.includes('/') ? (text.split('/').filter(Boolean).at(-1) ?? text) : text;
}

function parseNetworks(call: ComputeCall, raw: unknown): bridges.NetworkRequest {
  if (raw === 'auto' || raw === 'none') return { kind: raw };
  if (raw === undefined) return { kind: 'auto' };
  const items: { uuid?: string; port?: string; fixedIp?: string; tag?: string }[] = [];
  const ports = new Set<string>();
  for (const entry of raw as Record<string, unknown>[]) {
    const port = typeof entry.port === 'string' ? entry.port : undefined;
    const fixedIp = typeof entry.fixed_ip === 'string' ? entry.fixed_ip : undefined;
    if (port) {
      if (ports.has(port)) {
        throw badRequest(
          `Port ID '${port}' was specified twice: you cannot attach a port multiple times.`,
        );
      }
      if (fixedIp !== undefined) {
        throw badRequest(
          `Specified Fixed IP '${fixedIp}' cannot be used with port '${port}': the two cannot be specified together.`,
        );
      }
      ports.add(port);
      items.push({ port });
      continue;
    }
    if (typeof entry.uuid !== 'string') throw badRequest("Bad network format: missing 'uuid'");
    if (!isUuidLike(entry.uuid)) {
      throw badRequest(`Bad networks format: network uuid is not in proper format (${entry.uuid})`);
    }
    items.push({ uuid: entry.uuid, ...(fixedIp ? { fixedIp } : {}) });
  }
  void call;
  return { kind: 'list', items };
}

interface BootSource {
  imageId: string;
  bdms: Omit<BdmRecord, 'attachmentId' | 'attached'>[];
  /** Size of the new root volume, when booting from one. */
  rootVolumeGb: number | null;
  image: bridges.ImageInfo | null;
}

function bootSource(call: ComputeCall, server: Record<string, unknown>): BootSource {
  const projectId = call.caller.projectId ?? '';
  const raw = (server.block_device_mapping_v2 ?? []) as Record<string, unknown>[];
  const bdms: BootSource['bdms'] = [];
  let rootVolumeGb: number | null = null;
  let image: bridges.ImageInfo | null = null;
  let bootFromBdm = false;
  for (const [index, item] of raw.entries()) {
    const source = String(item.source_type ?? (item.volume_id ? 'volume' : 'blank'));
    const destination = String(item.destination_type ?? (source === 'image' ? 'local' : 'volume'));
    const bootIndex =
      item.boot_index === undefined || item.boot_index === null ? null : Number(item.boot_index);
    const size = item.volume_size === undefined ? null : Number(item.volume_size);
    const uuid = typeof item.uuid === 'string' ? item.uuid : null;
    if (source === 'volume' || source === 'snapshot') {
      // No Cinder in the sandbox yet: only volumes Nova itself makes exist.
      const kind = source === 'volume' ? 'volume' : 'snapshot';
      throw badRequest(`Block Device Mapping is Invalid: failed to get ${kind} ${uuid ?? ''}.`);
    }
    if (source === 'image') {
      const found = uuid ? bridges.findImage(call.state, call.regionId, projectId, uuid) : null;
      if (!found)
        throw badRequest(`Block Device Mapping is Invalid: failed to get image ${uuid ?? ''}.`);
      if (destination === 'volume') {
        if (!size) {
          throw badRequest(
            "Block Device Mapping is Invalid: Images with destination_type 'volume' need to have a non-zero size specified",
          );
        }
        if (bootIndex === 0) {
          rootVolumeGb = size;
          image = found;
          bootFromBdm = true;
        }
        bdms.push({
          volumeId: randomUUID(),
          device: `/dev/vd${String.fromCharCode(97 + index)}`,
          bootIndex,
          sourceType: 'image',
          destinationType: 'volume',
          imageId: found.id,
          size,
          deleteOnTermination: pyBool(item.delete_on_termination ?? false),
          tag: typeof item.tag === 'string' ? item.tag : null,
        });
      } else if (bootIndex === 0) {
        image = found;
      }
    }
  }
  const imageRef = typeof server.imageRef === 'string' ? server.imageRef : '';
  if (bootFromBdm) return { imageId: '', bdms, rootVolumeGb, image };
  if (!imageRef && !image) {
    throw badRequest(
      'Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.',
    );
  }
  const imageId = imageRef || image?.id || '';
  const found = bridges.findImage(call.state, call.regionId, projectId, imageId);
  if (!found) throw badRequest('Can not find requested image');
  if (found.status !== 'active') throw badRequest(`Image ${imageId} is not active.`);
  return { imageId, bdms, rootVolumeGb: null, image: found };
}

/** compute.API._validate_flavor_image_nostatus: the 400s a too-small flavor gets. */
export function flavorImageProblem(
  flavor: Pick<FlavorRecord, 'ram' | 'disk'>,
  image: bridges.ImageInfo,
  rootVolumeGb: number | null,
): string | null {
  if (flavor.ram < image.minRam) return "Flavor's memory is too small for requested image.";
  const minDisk = image.minDisk * GIB;
  if (rootVolumeGb !== null) {
    const volume = rootVolumeGb * GIB;
    return minDisk > volume
      ? `Volume is smaller than the minimum size specified in image metadata. Volume size is ${volume} bytes, minimum size is ${minDisk} bytes.`
      : null;
  }
  const disk = flavor.disk * GIB;
  if (disk === 0) return null;
  if (image.size > disk) {
    return `Flavor's disk is too small for requested image. Flavor disk is ${disk} bytes, image is ${image.size} bytes.`;
  }
  if (minDisk > disk) {
    return `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${disk} bytes, minimum size is ${minDisk} bytes.`;
  }
  return null;
}

/** The scheduler's answer: null when a host fits, else why not (the fault becomes ERROR). */
function schedulingProblem(
  call: ComputeCall,
  flavor: FlavorRecord,
  groupId: string | null,
): boolean {
  if (
    flavor.vcpus > HOST_CAPACITY.vcpus ||
    flavor.ram > HOST_CAPACITY.ram ||
    flavor.disk + flavor.ephemeral > HOST_CAPACITY.disk
  ) {
    return true;
  }
  const group = groupId ? call.region.serverGroups.find((g) => g.id === groupId) : undefined;
  // One host: a second member of an anti-affinity group has nowhere to go.
  return (
    group?.policy === 'anti-affinity' &&
    group.members.length >= (group.rules.max_server_per_host ?? 1)
  );
}

function noValidHost(now: number): FaultRecord {
  return {
    code: 500,
    message: 'No valid host was found. ',
    details:
      'Traceback (most recent call last):\n' +
      '  File "/usr/lib/python3/dist-packages/nova/conductor/manager.py", line 1654, in schedule_and_build_instances\n' +
      '    host_lists = self._schedule_instances(context, request_specs[0],\n' +
      'nova.exception.NoValidHost: No valid host was found. \n',
    createdAt: now,
  };
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
  const networks = parseNetworks(call, params.networks);

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

  const reservation = reservationId();
  const password = typeof params.adminPass === 'string' ? params.adminPass : generatePassword();
  const created: ServerRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = randomUUID();
    const fails = schedulingProblem(call, flavor, group?.id ?? null);
    let ports: string[] = [];
    let buildFault: FaultRecord | null = fails ? noValidHost(call.now) : null;
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
        for (const s of created) bridges.releaseServerPorts(call.state, call.regionId, s.id);
        call.region.servers = call.region.servers.filter((s) => !created.includes(s));
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
      hostname: !baseHost ? `Server-${id}` : count > 1 ? `${baseHost}-${index + 1}` : baseHost,
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
      bdms: source.bdms.map((b) => ({
        ...b,
        volumeId: index === 0 ? b.volumeId : randomUUID(),
        attachmentId: randomUUID(),
        attached: true,
      })),
      requestedNetworks: JSON.stringify(networks),
      ports,
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
