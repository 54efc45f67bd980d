import * as glance from '../image/nova-bridge';
import * as neutron from '../network/nova-bridge';
import * as cinder from '../volume/nova-bridge';
import type { SandboxState } from '../state';

// Nova's calls into the sandbox's Glance, Neutron and Cinder, in one place, shaped the way
// the compute code wants them.

export interface ImageInfo {
  id: string;
  name: string;
  status: string;
  /** GiB */
  minDisk: number;
  /** MiB */
  minRam: number;
  /** bytes */
  size: number;
}

export type NetworkRequest =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'list'; items: { uuid?: string; port?: string; fixedIp?: string; tag?: string }[] };

export type BridgeFailure = {
  ok: false;
  status: number;
  message: string;
  /** 'build': the compute host fails it, the server goes to ERROR with this fault. */
  phase: 'api' | 'build';
  detail?: string;
};

export function findImage(
  state: SandboxState,
  region: string,
  projectId: string,
  imageId: string,
  isAdmin = false,
): ImageInfo | null {
  const image = glance.findImage(state, region, projectId, imageId, { isAdmin });
  if (!image) return null;
  return {
    id: image.id,
    name: image.name ?? '',
    status: image.status,
    minDisk: image.minDisk,
    minRam: image.minRam,
    size: image.size ?? 0,
  };
}

export interface SnapshotRequest {
  projectId: string;
  serverId: string;
  name: string;
  minDisk: number;
  minRam: number;
  metadata: Record<string, string>;
  /** When the upload finishes and the image turns active. */
  activateAfterMs: number;
  now: number;
}

export function createSnapshotImage(
  state: SandboxState,
  region: string,
  request: SnapshotRequest,
): { id: string } {
  return glance.createSnapshotImage(state, region, request);
}

export function deleteImage(state: SandboxState, region: string, imageId: string): void {
  glance.deleteImage(state, region, imageId);
}

export function allocateServerPorts(
  state: SandboxState,
  region: string,
  args: {
    projectId: string;
    serverId: string;
    networks: NetworkRequest;
    securityGroups: string[];
    isAdmin: boolean;
    now: number;
  },
): { ok: true; value: string[] } | BridgeFailure {
  const { networks } = args;
  const result = neutron.allocateServerPorts(state, region, {
    projectId: args.projectId,
    serverId: args.serverId,
    networks:
      networks.kind === 'list'
        ? networks.items.map((i) => ({
            ...(i.uuid ? { uuid: i.uuid } : {}),
            ...(i.port ? { port: i.port } : {}),
            ...(i.fixedIp ? { fixed_ip: i.fixedIp } : {}),
          }))
        : networks.kind,
    securityGroups: args.securityGroups,
    isAdmin: args.isAdmin,
    now: args.now,
  });
  return result.ok ? { ok: true, value: result.ports.map((p) => p.id) } : result;
}

export function releaseServerPorts(state: SandboxState, region: string, serverId: string): void {
  neutron.releaseServerPorts(state, region, serverId);
}

/** Nova's `addresses`: network name → [{version, addr, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}]. */
export function serverAddresses(
  state: SandboxState,
  region: string,
  serverId: string,
): Record<string, Record<string, unknown>[]> {
  return neutron.serverAddresses(state, region, serverId);
}

export function serverInterfaces(
  state: SandboxState,
  region: string,
  serverId: string,
): Record<string, unknown>[] {
  return neutron.serverPorts(state, region, serverId).map(neutron.interfaceAttachmentView);
}

export function attachInterface(
  state: SandboxState,
  region: string,
  args: neutron.AttachRequest,
): { ok: true; value: Record<string, unknown> } | BridgeFailure {
  const result = neutron.attachInterface(state, region, args);
  return result.ok ? { ok: true, value: neutron.interfaceAttachmentView(result.port) } : result;
}

export function detachInterface(
  state: SandboxState,
  region: string,
  serverId: string,
  portId: string,
): { ok: true } | BridgeFailure {
  return neutron.detachInterface(state, region, { serverId, portId });
}

/** A security group the project may use, by name or id, or Nova's error for it. */
export function findSecurityGroup(
  state: SandboxState,
  region: string,
  projectId: string,
  nameOrId: string,
  isAdmin = false,
): neutron.SecurityGroupLookup {
  return neutron.findSecurityGroup(state, region, projectId, nameOrId, isAdmin);
}

/** The server's security groups as Nova shows them: [{name}] per port. */
export function serverSecurityGroups(
  state: SandboxState,
  region: string,
  serverId: string,
): { name: string }[] {
  return neutron.serverSecurityGroups(state, region, serverId);
}

export function setServerSecurityGroup(
  state: SandboxState,
  region: string,
  request: { projectId: string; serverId: string; group: string; add: boolean; isAdmin: boolean },
): { ok: true } | BridgeFailure {
  return neutron.setServerSecurityGroup(state, region, request);
}

export function setServerFloatingIp(
  state: SandboxState,
  region: string,
  request: neutron.FloatingIpActionRequest & { add: boolean },
  now: number,
): { ok: true } | BridgeFailure {
  return request.add
    ? neutron.addServerFloatingIp(state, region, request, now)
    : neutron.removeServerFloatingIp(state, region, request, now);
}

export type VolumeInfo = cinder.VolumeInfo;

export function findVolume(
  state: SandboxState,
  region: string,
  viewer: { projectId: string; isAdmin: boolean },
  volumeId: string,
  now: number,
): VolumeInfo | null {
  return cinder.findVolume(state, region, viewer, volumeId, now);
}

export function findVolumeSnapshot(
  state: SandboxState,
  region: string,
  viewer: { projectId: string; isAdmin: boolean },
  snapshotId: string,
  now: number,
): { size: number; status: string; bootable: boolean; volumeId: string } | null {
  return cinder.findSnapshotSize(state, region, viewer, snapshotId, now);
}

export function attachVolume(
  state: SandboxState,
  region: string,
  request: Parameters<typeof cinder.attachVolume>[2],
): { ok: true; value: VolumeInfo } | BridgeFailure {
  const result = cinder.attachVolume(state, region, request);
  return result.ok ? result : { ...result, phase: 'api' };
}

export function detachVolume(
  state: SandboxState,
  region: string,
  request: { volumeId: string; serverId: string; now: number },
): void {
  cinder.detachVolume(state, region, request);
}

/** A server is gone: Cinder detaches its volumes and deletes those marked so. */
export function releaseServerVolumes(
  state: SandboxState,
  region: string,
  request: { serverId: string; deleteVolumeIds: string[]; now: number },
): void {
  cinder.serverDeleted(state, region, request);
}

export function createBootVolume(
  state: SandboxState,
  region: string,
  request: cinder.BootVolumeRequest,
): { ok: true; value: VolumeInfo } | BridgeFailure {
  const result = cinder.createBootVolume(state, region, request);
  return result.ok ? result : { ...result, phase: 'api' };
}
