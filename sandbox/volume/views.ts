import { atLeast } from './microversion';
import type { VolumeCall } from './call';
import type {
  BackupRecord,
  SnapshotRecord,
  TransferRecord,
  VolumeRecord,
  VolumeTypeRecord,
} from './schema';

// Cinder's view builders: what a volume, snapshot, backup, transfer and volume
// type look like in its answers at the negotiated microversion.

/** Cinder's timestamps: naive ISO 8601, microseconds as MySQL keeps them (none). */
export const cinderTime = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000');

export function apiBase(call: VolumeCall, projectId: string): string {
  return `${call.req.origin}/v3/${projectId}`;
}

export function links(call: VolumeCall, projectId: string, collection: string, id: string) {
  return [
    { rel: 'self', href: `${apiBase(call, projectId)}/${collection}/${id}` },
    { rel: 'bookmark', href: `${call.req.origin}/${projectId}/${collection}/${id}` },
  ];
}

function typeOf(call: VolumeCall, id: string): VolumeTypeRecord | undefined {
  return call.region.types.find((t) => t.id === id);
}

export function volumeSummary(call: VolumeCall, v: VolumeRecord) {
  return { id: v.id, links: links(call, v.projectId, 'volumes', v.id), name: v.name };
}

export function volumeView(call: VolumeCall, v: VolumeRecord): Record<string, unknown> {
  const ver = call.version;
  const view: Record<string, unknown> = {
    id: v.id,
    status: v.status,
    size: v.size,
    availability_zone: v.availabilityZone,
    created_at: cinderTime(v.createdAt),
    updated_at: cinderTime(v.updatedAt),
    name: v.name,
    description: v.description,
    volume_type: typeOf(call, v.typeId)?.name ?? null,
    snapshot_id: v.snapshotId,
    source_volid: v.sourceVolumeId,
    metadata: v.metadata,
    links: links(call, v.projectId, 'volumes', v.id),
    user_id: v.userId,
    bootable: String(v.bootable),
    encrypted: false,
    replication_status: null,
    consistencygroup_id: null,
    multiattach: false,
    attachments: v.attachments.map((a) => ({
      id: v.id,
      attachment_id: a.id,
      volume_id: v.id,
      server_id: a.serverId,
      host_name: null,
      device: a.device,
      attached_at: cinderTime(a.attachedAt),
    })),
    'os-vol-tenant-attr:tenant_id': v.projectId,
  };
  if (v.imageMetadata) view.volume_image_metadata = v.imageMetadata;
  if (call.viewer.isAdmin) {
    view['os-vol-host-attr:host'] = 'sandbox-volume@sandbox#sandbox';
    view['os-vol-mig-status-attr:migstat'] = null;
    view['os-vol-mig-status-attr:name_id'] = null;
  }
  if (atLeast(ver, '3.13')) view.group_id = null;
  if (atLeast(ver, '3.21') && call.viewer.isAdmin) view.provider_id = null;
  if (atLeast(ver, '3.48')) {
    view.shared_targets = true;
    view.service_uuid = null;
  }
  if (atLeast(ver, '3.63')) view.volume_type_id = v.typeId;
  if (atLeast(ver, '3.65')) view.consumes_quota = true;
  return view;
}

export function snapshotView(call: VolumeCall, s: SnapshotRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: s.id,
    created_at: cinderTime(s.createdAt),
    updated_at: cinderTime(s.updatedAt),
    name: s.name,
    description: s.description,
    volume_id: s.volumeId,
    status: s.status,
    size: s.size,
    metadata: s.metadata,
    'os-extended-snapshot-attributes:project_id': s.projectId,
    'os-extended-snapshot-attributes:progress': s.status === 'creating' ? '0%' : '100%',
  };
  if (atLeast(call.version, '3.14')) view.group_snapshot_id = null;
  if (atLeast(call.version, '3.41')) view.user_id = s.userId;
  if (atLeast(call.version, '3.65')) view.consumes_quota = true;
  return view;
}

export function backupView(call: VolumeCall, b: BackupRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: b.id,
    status: b.status,
    size: b.size,
    object_count: b.status === 'available' ? 1 : 0,
    availability_zone: 'nova',
    container: b.container,
    created_at: cinderTime(b.createdAt),
    updated_at: cinderTime(b.updatedAt),
    name: b.name,
    description: b.description,
    fail_reason: null,
    volume_id: b.volumeId,
    links: links(call, b.projectId, 'backups', b.id),
    is_incremental: b.incremental,
    has_dependent_backups: false,
    snapshot_id: b.snapshotId,
    data_timestamp: cinderTime(b.createdAt),
  };
  if (atLeast(call.version, '3.18')) view['os-backup-project-attr:project_id'] = b.projectId;
  if (atLeast(call.version, '3.43')) view.metadata = {};
  if (atLeast(call.version, '3.56')) view.user_id = b.userId;
  return view;
}

export function transferView(call: VolumeCall, t: TransferRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: t.id,
    created_at: cinderTime(t.createdAt),
    name: t.name,
    volume_id: t.volumeId,
    links: links(call, t.projectId, 'os-volume-transfer', t.id),
  };
  if (atLeast(call.version, '3.55')) view.no_snapshots = t.noSnapshots;
  if (atLeast(call.version, '3.57')) {
    view.destination_project_id = null;
    view.source_project_id = t.projectId;
    view.accepted = false;
  }
  return view;
}

export function typeView(call: VolumeCall, t: VolumeTypeRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    is_public: t.isPublic,
    description: t.description,
    extra_specs: t.extraSpecs,
  };
  if (call.viewer.isAdmin) {
    view['os-volume-type-access:is_public'] = t.isPublic;
    view.qos_specs_id = null;
  }
  return view;
}
