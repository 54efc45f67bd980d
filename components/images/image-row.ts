// An image as the panel shows it: Glance's record with a name always set, and
// Horizon's words for its type, status and visibility.
import type { Image } from '@/lib/openstack/image/glance-schemas';
import type { StatusTone } from '@/lib/ui/status-tone';

export type ImageRow = Image & { name: string };

export function toImageRow(image: Image): ImageRow {
  return { ...image, name: image.name ?? '' };
}

/** Instance snapshots carry image_type=snapshot (Nova sets it). */
export function imageType(image: Image): 'Image' | 'Snapshot' {
  return image.image_type === 'snapshot' ? 'Snapshot' : 'Image';
}

const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  saving: 'Saving',
  queued: 'Queued',
  pending_delete: 'Pending Delete',
  killed: 'Killed',
  deleted: 'Deleted',
  deactivated: 'Deactivated',
  uploading: 'Uploading',
  importing: 'Importing',
};

export function imageStatusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** States Glance leaves by itself: the row is re-polled. */
export const TRANSITIONAL_STATUSES = new Set(['queued', 'saving', 'uploading', 'importing']);

export function imageStatusTone(status: string): StatusTone {
  if (status === 'active') return 'ok';
  if (TRANSITIONAL_STATUSES.has(status) || status === 'pending_delete') return 'busy';
  if (status === 'killed') return 'bad';
  return 'idle';
}

const VISIBILITY_LABELS: Record<string, string> = {
  public: 'Public',
  private: 'Private',
  shared: 'Shared',
  community: 'Community',
};

export function visibilityLabel(visibility: string | undefined): string {
  return visibility ? (VISIBILITY_LABELS[visibility] ?? visibility) : '-';
}

/** Glance's own fields; every other key of an image is a custom property (its metadata). */
const CORE_KEYS = new Set([
  'id',
  'name',
  'status',
  'visibility',
  'protected',
  'os_hidden',
  'checksum',
  'os_hash_algo',
  'os_hash_value',
  'owner',
  'size',
  'virtual_size',
  'min_disk',
  'min_ram',
  'disk_format',
  'container_format',
  'created_at',
  'updated_at',
  'tags',
  'direct_url',
  'locations',
  'self',
  'file',
  'schema',
  'stores',
]);

/** The image's custom properties as strings, sorted by key. */
export function imageProperties(image: Image): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(image).sort()) {
    if (CORE_KEYS.has(key)) continue;
    const value = (image as Record<string, unknown>)[key];
    if (value === null || value === undefined) continue;
    out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/** Bytes as Horizon shows an image's size: "12.5 MB". */
export function imageSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '-';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The smallest volume, in GiB, an image fits in: its min_disk and its size. */
export function minimumVolumeSize(image: Image): number {
  const bySize = image.size ? Math.ceil(image.size / 1024 ** 3) : 0;
  return Math.max(1, image.min_disk ?? 0, bySize);
}

/** Container formats follow the disk format, as Horizon sets them. */
export function containerFormatFor(diskFormat: string): string {
  if (diskFormat === 'aki' || diskFormat === 'ami' || diskFormat === 'ari') return diskFormat;
  if (diskFormat === 'ova' || diskFormat === 'docker') return diskFormat;
  return 'bare';
}

export const DISK_FORMATS: { value: string; label: string }[] = [
  { value: 'aki', label: 'AKI - Amazon Kernel Image' },
  { value: 'ami', label: 'AMI - Amazon Machine Image' },
  { value: 'ari', label: 'ARI - Amazon Ramdisk Image' },
  { value: 'iso', label: 'ISO - Optical Disk Image' },
  { value: 'ploop', label: 'PLOOP - Virtuozzo/Parallels Loopback Disk' },
  { value: 'qcow2', label: 'QCOW2 - QEMU Emulator' },
  { value: 'raw', label: 'Raw' },
  { value: 'vdi', label: 'VDI - Virtual Disk Image' },
  { value: 'vhd', label: 'VHD - Virtual Hard Disk' },
  { value: 'vhdx', label: 'VHDX - Large Virtual Hard Disk' },
  { value: 'vmdk', label: 'VMDK - Virtual Machine Disk' },
];
