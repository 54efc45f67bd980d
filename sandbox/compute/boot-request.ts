import { randomInt } from 'node:crypto';
import * as bridges from './bridges';
import { badRequest } from './faults';
import { pyBool } from './server-schemas';
import { isUuidLike } from './validation';
import type { ComputeCall } from './call';
import type { BdmRecord, FaultRecord, FlavorRecord } from './nova-state';

// The parts of POST /servers that read the request (networks, block device
// mappings, image) and the checks Nova makes of flavor, image and host.

/** What the one sandbox host can take (a 16-core, 64 GiB host with Nova's allocation ratios). */
export const HOST_CAPACITY = { vcpus: 16 * 16, ram: 64 * 1024 * 1.5, disk: 1000 };

const GIB = 1024 ** 3;

/** utils.sanitize_hostname */
export function sanitizeHostname(name: string): string {
  let host = [...name].filter((ch) => (ch.codePointAt(0) ?? 0) <= 0xff).join('');
  host = host.slice(0, 63).replace(/[ _.]/g, '-');
  host = host.replace(/[^\w.-]+/g, '').toLowerCase();
  return host.replace(/^[.-]+|[.-]+$/g, '');
}

/** utils.generate_uid('r'): r- and 8 of [0-9a-z]. */
export function reservationId(): string {
  const chars = '01234567890abcdefghijklmnopqrstuvwxyz';
  return `r-${Array.from({ length: 8 }, () => chars[randomInt(chars.length)]).join('')}`;
}

/** utils.generate_password: 12 characters without look-alikes. */
export function generatePassword(): string {
  const chars = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return Array.from({ length: 12 }, () => chars[randomInt(chars.length)]).join('');
}

/** flavorRef may be an id or a link ending in one (common.get_id_from_href). */
export function flavorIdFrom(ref: unknown): string {
  const text = String(ref);
  return text.includes('/') ? (text.split('/').filter(Boolean).at(-1) ?? text) : text;
}

export function parseNetworks(raw: unknown): bridges.NetworkRequest {
  if (raw === 'auto' || raw === 'none') return { kind: raw };
  // Before 2.37 no `networks` means every network available to the project.
  if (raw === undefined) return { kind: 'list', items: [] };
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
  return { kind: 'list', items };
}

export interface BootSource {
  imageId: string;
  /** Each mapping; `volumeId` is empty for a volume Cinder makes at boot (from `sourceId`). */
  bdms: (Omit<BdmRecord, 'attachmentId' | 'attached'> & { sourceId: string | null })[];
  /** Size of the new root volume, when booting from one. */
  rootVolumeGb: number | null;
  image: bridges.ImageInfo | null;
}

export function bootSource(call: ComputeCall, server: Record<string, unknown>): BootSource {
  const projectId = call.caller.projectId ?? '';
  const viewer = { projectId, isAdmin: call.caller.roles.includes('admin') };
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
    let size = item.volume_size === undefined ? null : Number(item.volume_size);
    const uuid =
      typeof item.uuid === 'string'
        ? item.uuid
        : typeof item.volume_id === 'string'
          ? item.volume_id
          : null;
    const common = {
      device: `/dev/vd${String.fromCharCode(97 + index)}`,
      bootIndex,
      destinationType: 'volume',
      deleteOnTermination: pyBool(item.delete_on_termination ?? false),
      tag: typeof item.tag === 'string' ? item.tag : null,
    };
    if (source === 'volume') {
      const volume = uuid
        ? bridges.findVolume(call.state, call.regionId, viewer, uuid, call.now)
        : null;
      if (!volume)
        throw badRequest(`Block Device Mapping is Invalid: failed to get volume ${uuid ?? ''}.`);
      if (bootIndex === 0 && !volume.bootable)
        throw badRequest(`Block Device ${volume.id} is not bootable.`);
      if (volume.status !== 'available') {
        throw badRequest(
          `Invalid volume: Volume status must be available to reserve, but the status is ${volume.status}.`,
        );
      }
      const volumeImage = volume.imageId
        ? bridges.findImage(call.state, call.regionId, projectId, volume.imageId)
        : null;
      if (bootIndex === 0) {
        rootVolumeGb = volume.size;
        image = volumeImage;
        bootFromBdm = true;
      }
      bdms.push({
        ...common,
        volumeId: volume.id,
        sourceType: 'volume',
        imageId: volume.imageId,
        size: volume.size,
        sourceId: volume.id,
      });
      continue;
    }
    if (source === 'snapshot') {
      const snapshot = uuid
        ? bridges.findVolumeSnapshot(call.state, call.regionId, viewer, uuid, call.now)
        : null;
      if (!snapshot)
        throw badRequest(`Block Device Mapping is Invalid: failed to get snapshot ${uuid ?? ''}.`);
      if (bootIndex === 0 && !snapshot.bootable)
        // Nova names the snapshot's volume, as it read that volume's flag.
        throw badRequest(`Block Device ${snapshot.volumeId} is not bootable.`);
      size = size || snapshot.size;
      if (bootIndex === 0) {
        rootVolumeGb = size;
        bootFromBdm = true;
      }
      bdms.push({
        ...common,
        volumeId: '',
        sourceType: 'snapshot',
        imageId: null,
        size,
        sourceId: uuid,
      });
      continue;
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
          ...common,
          volumeId: '',
          sourceType: 'image',
          imageId: found.id,
          size,
          sourceId: found.id,
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

/**
 * The scheduler's answer: null when the host fits, else the NoValidHost reason —
 * empty when Placement has no room, Nova's text when the filters turn the host down.
 */
export function schedulingProblem(
  call: ComputeCall,
  flavor: FlavorRecord,
  groupId: string | null,
): string | null {
  if (
    flavor.vcpus > HOST_CAPACITY.vcpus ||
    flavor.ram > HOST_CAPACITY.ram ||
    flavor.disk + flavor.ephemeral > HOST_CAPACITY.disk
  ) {
    return '';
  }
  const group = groupId ? call.region.serverGroups.find((g) => g.id === groupId) : undefined;
  // One host: a second member of an anti-affinity group has nowhere to go.
  const full =
    group?.policy === 'anti-affinity' &&
    group.members.length >= (group.rules.max_server_per_host ?? 1);
  return full ? 'There are not enough hosts available.' : null;
}

export function noValidHost(now: number, reason: string): FaultRecord {
  const message = `No valid host was found. ${reason}`;
  return {
    code: 500,
    message,
    details:
      'Traceback (most recent call last):\n' +
      '  File "/usr/lib/python3/dist-packages/nova/conductor/manager.py", line 1654, in schedule_and_build_instances\n' +
      '    host_lists = self._schedule_instances(context, request_specs[0],\n' +
      `nova.exception.NoValidHost: ${message}\n`,
    createdAt: now,
  };
}
