// Launch Instance: what the wizard sends (LaunchInput), what it knows about the cloud
// (LaunchContext) and the small rules both the schemas and the request share.
import type { FormValues } from '@/lib/forms/types';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';

export const SOURCE_TYPES = ['image', 'snapshot', 'volume', 'volume_snapshot'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_LABELS: Record<SourceType, string> = {
  image: 'Image',
  snapshot: 'Instance Snapshot',
  volume: 'Volume',
  volume_snapshot: 'Volume Snapshot',
};

/** Sources that Glance holds (booted as an image, or copied into a new volume). */
export function isImageSource(type: SourceType): boolean {
  return type === 'image' || type === 'snapshot';
}

/** Nova's limits, from its own JSON schemas (nova/api/validation). */
export const NOVA_LIMITS = {
  name: 255,
  description: 255,
  metadataKey: 255,
  metadataValue: 255,
  /** user_data is checked *after* base64 encoding. */
  userDataBase64: 65535,
} as const;

export const GIB = 1024 ** 3;

/** What the wizard sends: the merged output of every step's schema. */
export interface LaunchInput {
  name: string;
  description: string;
  availability_zone: string;
  count: number;
  source_type: SourceType;
  source_id: string;
  create_volume: boolean;
  /** GB; set only when a new volume is made from an image. */
  volume_size: number | undefined;
  delete_on_termination: boolean;
  flavor: string;
  /** Network ids, in NIC order. */
  networks: string[];
  /** Used when there is neither a network nor a port. */
  network_fallback: 'none' | 'auto';
  ports: string[];
  /** Names (or ids where a name is not unique). */
  security_groups: string[];
  key_name: string;
  user_data: string;
  config_drive: boolean;
  server_group: string;
  scheduler_hints: Record<string, string | string[]>;
  metadata: Record<string, string>;
}

export const LAUNCH_DEFAULTS: FormValues = {
  name: '',
  description: '',
  availability_zone: '',
  count: '1',
  source_type: 'image',
  source_id: '',
  create_volume: 'no',
  volume_size: '',
  delete_on_termination: false,
  flavor: '',
  networks: [],
  network_fallback: 'none',
  ports: [],
  security_groups: ['default'],
  key_name: '',
  user_data: '',
  config_drive: false,
  server_group: '',
  scheduler_hints: '',
  metadata: '',
};

// ---------------------------------------------------------------------------
// What the schemas need to know about the cloud (filled in as lists load).

export interface SourceInfo {
  name: string;
  /** Glance's min_disk / min_ram (GB / MB); 0 when unset. */
  minDisk: number;
  minRam: number;
  /** Image bytes, or a volume's / snapshot's size in GB × 2^30. */
  sizeBytes: number;
}

export interface QuotaSummary {
  instances: { limit: number; used: number; left: number };
  cores: { limit: number; used: number; left: number };
  ram: { limit: number; used: number; left: number };
  /** Nova's maxServerMeta; Infinity when unlimited. */
  maxServerMeta: number;
}

/** From GET /limits: -1 means unlimited (Infinity here). */
export function quotaFromLimits(absolute: Record<string, number>): QuotaSummary {
  function entry(maxKey: string, usedKey: string) {
    const limit = absolute[maxKey] ?? -1;
    const used = absolute[usedKey] ?? 0;
    const unlimited = limit < 0;
    return {
      limit: unlimited ? Infinity : limit,
      used,
      left: unlimited ? Infinity : Math.max(0, limit - used),
    };
  }
  const meta = absolute.maxServerMeta ?? -1;
  return {
    instances: entry('maxTotalInstances', 'totalInstancesUsed'),
    cores: entry('maxTotalCores', 'totalCoresUsed'),
    ram: entry('maxTotalRAMSize', 'totalRAMUsed'),
    maxServerMeta: meta < 0 ? Infinity : meta,
  };
}

export interface LaunchContext {
  /** Undefined while GET /limits loads (or when it failed): no quota checks then. */
  quota?: QuotaSummary;
  /** Details of a listed source, once its list has loaded. */
  source?: (type: SourceType, id: string) => SourceInfo | undefined;
  /** Why a source cannot boot an instance (a `?launch=` link's unknown id…). */
  unusable?: (type: SourceType, id: string) => string | undefined;
  flavors?: Flavor[];
  /** Ids of the networks the project may use; undefined while loading. */
  availableNetworks?: string[];
}

// ---------------------------------------------------------------------------
// Small helpers.

/** 12345 → "12,345", whatever the locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Base64 of the UTF-8 bytes, as Nova wants user_data. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** Unicode "other" characters (controls, format, unassigned): Nova's name format refuses them. */
export const CONTROL = /\p{C}/u;
export const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** The Count field as a number, or undefined when it is not a whole number ≥ 1. */
export function parseCount(raw: unknown): number | undefined {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

/** The smallest volume (GB) that holds this source. */
export function minimumVolumeSize(info: SourceInfo | undefined): number {
  if (!info) return 1;
  return Math.max(1, info.minDisk, Math.ceil(info.sizeBytes / GIB));
}

/** The networks actually sent: the only available one is used when nothing is chosen. */
export function effectiveNetworks(
  chosen: string[],
  ports: string[],
  available: string[] | undefined,
): string[] {
  if (chosen.length > 0 || ports.length > 0) return chosen;
  return available?.length === 1 && available[0] !== undefined ? [available[0]] : [];
}

/**
 * More than one network: the user must choose (Horizon's rule). Until the list has
 * loaded nobody knows, so a launch must wait rather than go out without a network.
 */
export function networksRequired(ctx: LaunchContext): boolean {
  return ctx.availableNetworks === undefined || ctx.availableNetworks.length > 1;
}
