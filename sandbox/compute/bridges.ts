import { createHash, randomUUID } from 'node:crypto';
import type { SandboxState } from '../state';

// Nova's calls into Glance and Neutron, in one place. Until the sandbox's own
// image and network services exist these are small stand-ins: a fixed image list
// and one "private" network whose addresses come from 10.0.0.0/24.

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

export interface PortInfo {
  portId: string;
  networkId: string;
  networkName: string;
  macAddr: string;
  fixedIps: { ipAddress: string; subnetId: string; version: 4 | 6 }[];
  status: string;
}

export type NetworkRequest =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'list'; items: { uuid?: string; port?: string; fixedIp?: string; tag?: string }[] };

export type BridgeResult<T> =
  { ok: true; value: T } | { ok: false; status: number; message: string };

export const FALLBACK_IMAGES: ImageInfo[] = [
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    name: 'cirros-0.6.2-x86_64-disk',
    status: 'active',
    minDisk: 0,
    minRam: 0,
    size: 21430272,
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    name: 'ubuntu-22.04-server',
    status: 'active',
    minDisk: 3,
    minRam: 512,
    size: 679477248,
  },
];

const FALLBACK_NETWORK = {
  id: 'b1c2d3e4-0000-4000-8000-000000000001',
  name: 'private',
  subnetId: 'b1c2d3e4-0000-4000-8000-000000000002',
};

/** Stand-in ports, kept out of the saved state: they are rebuilt from server ids. */
const fallbackPorts = new Map<string, PortInfo[]>();

export function findImage(
  _state: SandboxState,
  _region: string,
  _projectId: string,
  imageId: string,
): ImageInfo | null {
  return FALLBACK_IMAGES.find((i) => i.id === imageId) ?? null;
}

export function createSnapshotImage(
  _state: SandboxState,
  _region: string,
  args: { projectId: string; serverId: string; name: string; metadata: Record<string, string> },
): ImageInfo {
  return { id: randomUUID(), name: args.name, status: 'queued', minDisk: 0, minRam: 0, size: 0 };
}

function macFor(seed: string): string {
  const hash = createHash('sha256').update(seed).digest();
  return `fa:16:3e:${[...hash.subarray(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
}

function fallbackPort(serverId: string, index: number): PortInfo {
  const octet = 3 + ((createHash('sha256').update(`${serverId}/${index}`).digest()[0] ?? 0) % 250);
  return {
    portId: randomUUID(),
    networkId: FALLBACK_NETWORK.id,
    networkName: FALLBACK_NETWORK.name,
    macAddr: macFor(`${serverId}/${index}`),
    fixedIps: [{ ipAddress: `10.0.0.${octet}`, subnetId: FALLBACK_NETWORK.subnetId, version: 4 }],
    status: 'ACTIVE',
  };
}

export function allocateServerPorts(
  _state: SandboxState,
  _region: string,
  args: {
    projectId: string;
    serverId: string;
    networks: NetworkRequest;
    securityGroups: string[];
    isAdmin: boolean;
  },
): BridgeResult<string[]> {
  const { networks } = args;
  if (networks.kind === 'none') return { ok: true, value: [] };
  const items = networks.kind === 'auto' ? [{ uuid: FALLBACK_NETWORK.id }] : networks.items;
  for (const item of items) {
    if (item.port)
      return { ok: false, status: 400, message: `Port id ${item.port} could not be found.` };
    if (item.uuid && item.uuid !== FALLBACK_NETWORK.id) {
      return { ok: false, status: 400, message: `Network ${item.uuid} could not be found.` };
    }
  }
  const ports = items.map((_, i) => fallbackPort(args.serverId, i));
  fallbackPorts.set(args.serverId, ports);
  return { ok: true, value: ports.map((p) => p.portId) };
}

export function releaseServerPorts(_state: SandboxState, _region: string, serverId: string): void {
  fallbackPorts.delete(serverId);
}

export function serverPorts(_state: SandboxState, _region: string, serverId: string): PortInfo[] {
  return fallbackPorts.get(serverId) ?? [];
}

/** Nova's `addresses`: network name → [{version, addr, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}]. */
export function serverAddresses(
  state: SandboxState,
  region: string,
  serverId: string,
): Record<string, Record<string, unknown>[]> {
  const addresses: Record<string, Record<string, unknown>[]> = {};
  for (const port of serverPorts(state, region, serverId)) {
    const list = (addresses[port.networkName] ??= []);
    for (const ip of port.fixedIps) {
      list.push({
        version: ip.version,
        addr: ip.ipAddress,
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': port.macAddr,
      });
    }
  }
  return addresses;
}

export function attachInterface(
  state: SandboxState,
  region: string,
  args: {
    projectId: string;
    serverId: string;
    networkId?: string;
    portId?: string;
    fixedIp?: string;
  },
): BridgeResult<PortInfo> {
  if (args.portId) {
    return { ok: false, status: 404, message: `Port id ${args.portId} could not be found.` };
  }
  if (args.networkId && args.networkId !== FALLBACK_NETWORK.id) {
    return { ok: false, status: 404, message: `Network ${args.networkId} could not be found.` };
  }
  const ports = fallbackPorts.get(args.serverId) ?? [];
  const port = fallbackPort(args.serverId, ports.length + 1);
  fallbackPorts.set(args.serverId, [...ports, port]);
  void state;
  void region;
  return { ok: true, value: port };
}

export function detachInterface(
  _state: SandboxState,
  _region: string,
  serverId: string,
  portId: string,
): boolean {
  const ports = fallbackPorts.get(serverId) ?? [];
  const kept = ports.filter((p) => p.portId !== portId);
  fallbackPorts.set(serverId, kept);
  return kept.length < ports.length;
}

/** A security group visible to the project, by name or id; null when there is none. */
export function findSecurityGroup(
  _state: SandboxState,
  _region: string,
  _projectId: string,
  nameOrId: string,
): { id: string; name: string } | null {
  return nameOrId === 'default' ? { id: 'default', name: 'default' } : null;
}
