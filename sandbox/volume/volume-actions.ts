import { badRequest, invalidInput, invalidVolume, notFound, policyRefusal } from './errors';
import * as glance from './glance-bridge';
import { atLeast } from './microversion';
import { checkQuota } from './quota-math';
import { bodyRecord, booleanField, sizeField } from './request';
import { cinderTime } from './views';
import { findTypeByNameOrId, findVolume, restingStatus, stepsFrom } from './volume-store';
import { startDelete } from './volumes';
import type { VolumeCall } from './call';
import type { VolumeRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volume actions (volumes, action)": extend, retype,
// set bootable, upload to image, and the admin's reset status and force delete.

type Action = (
  call: VolumeCall,
  volume: VolumeRecord,
  args: Record<string, unknown>,
) => SandboxResponse;

const args = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function extend(
  call: VolumeCall,
  volume: VolumeRecord,
  a: Record<string, unknown>,
): SandboxResponse {
  if (a.new_size === undefined) throw badRequest("'new_size' is a required property");
  const newSize = sizeField('new_size', a.new_size);
  const attached = volume.status === 'in-use' && atLeast(call.version, '3.42');
  const expected = attached ? 'in-use' : 'available';
  if (volume.status !== expected) {
    throw invalidVolume(
      `Volume ${volume.id} status must be '{'status': '${expected}'}' to extend, currently ${volume.status}.`,
    );
  }
  if (newSize <= volume.size) {
    throw invalidInput(
      `New size for extend must be greater than current size. (current: ${volume.size}, extended: ${newSize}).`,
    );
  }
  checkQuota(call.region, volume.projectId, {
    resource: 'volumes',
    size: newSize - volume.size,
    count: 0,
  });
  volume.pending.size = newSize;
  volume.status = 'extending';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, [restingStatus(volume), call.stepMs, ['extend']]);
  return { status: 202 };
}

const RETYPE_REFUSAL =
  'Retype needs volume to be in available or in-use state, not be part of an active migration or a consistency group, requested type has to be different that the one from the volume, and for in-use volumes front-end qos specs cannot change.';

function retype(
  call: VolumeCall,
  volume: VolumeRecord,
  a: Record<string, unknown>,
): SandboxResponse {
  if (typeof a.new_type !== 'string') throw badRequest("'new_type' is a required property");
  const policy = a.migration_policy ?? 'never';
  if (policy !== 'never' && policy !== 'on-demand') {
    throw badRequest(
      `Invalid input for field/attribute migration_policy. Value: ${String(policy)}. '${String(policy)}' is not one of ['on-demand', 'never']`,
    );
  }
  const type = findTypeByNameOrId(call.region, a.new_type);
  if (!type) throw notFound(`Volume type with name ${a.new_type} could not be found.`);
  if (!['available', 'in-use'].includes(volume.status) || type.id === volume.typeId) {
    throw invalidVolume(RETYPE_REFUSAL);
  }
  volume.pending.typeId = type.id;
  volume.status = 'retyping';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, [restingStatus(volume), call.stepMs, ['retype']]);
  return { status: 202 };
}

function setBootable(
  call: VolumeCall,
  volume: VolumeRecord,
  a: Record<string, unknown>,
): SandboxResponse {
  if (a.bootable === undefined) throw badRequest("'bootable' is a required property");
  volume.bootable = booleanField('bootable', a.bootable);
  volume.updatedAt = call.now;
  return { status: 200 };
}

const DISK_FORMATS = ['raw', 'vmdk', 'vdi', 'qcow2', 'vhd', 'vhdx', 'ploop'];

function uploadToImage(
  call: VolumeCall,
  volume: VolumeRecord,
  a: Record<string, unknown>,
): SandboxResponse {
  if (typeof a.image_name !== 'string') throw badRequest("'image_name' is a required property");
  const force = a.force === undefined ? false : booleanField('force', a.force);
  const diskFormat = typeof a.disk_format === 'string' ? a.disk_format : 'raw';
  if (!DISK_FORMATS.includes(diskFormat)) {
    throw invalidInput(
      `Invalid disk-format '${diskFormat}' is specified. Allowed disk-formats are ${DISK_FORMATS.join(', ')}.`,
    );
  }
  const containerFormat = typeof a.container_format === 'string' ? a.container_format : 'bare';
  const allowed = force ? ['available', 'in-use'] : ['available'];
  if (!allowed.includes(volume.status)) {
    throw invalidVolume(`Volume ${volume.id} status must be ${allowed.join(' or ')}`);
  }
  const visibility = typeof a.visibility === 'string' ? a.visibility : 'private';
  if (!['public', 'private', 'shared', 'community'].includes(visibility)) {
    throw invalidInput(`Invalid visibility '${visibility}'`);
  }
  const isProtected = a.protected === undefined ? false : booleanField('protected', a.protected);
  const previous = volume.status;
  const image = glance.createUploadImage(call.state, call.regionId, {
    projectId: volume.projectId,
    name: a.image_name,
    diskFormat,
    containerFormat,
    visibility: visibility as 'public' | 'private' | 'shared' | 'community',
    protected: isProtected,
    size: volume.size * 1024 ** 3,
    minDisk: volume.size,
    properties: {
      ...(volume.imageMetadata?.image_id ? { base_image_ref: volume.imageMetadata.image_id } : {}),
    },
    now: call.now,
    activateAfterMs: call.stepMs * 2,
  });
  volume.status = 'uploading';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, [previous, call.stepMs * 2]);
  const type = call.region.types.find((t) => t.id === volume.typeId);
  return {
    status: 202,
    body: {
      'os-volume_upload_image': {
        id: volume.id,
        updated_at: cinderTime(volume.updatedAt),
        status: 'uploading',
        display_description: volume.description,
        size: volume.size,
        volume_type: type
          ? {
              id: type.id,
              name: type.name,
              description: type.description,
              is_public: type.isPublic,
              extra_specs: type.extraSpecs,
              qos_specs_id: null,
              created_at: cinderTime(type.createdAt),
              updated_at: cinderTime(type.createdAt),
              deleted_at: null,
              deleted: false,
            }
          : null,
        image_id: image.id,
        container_format: containerFormat,
        disk_format: diskFormat,
        image_name: a.image_name,
        protected: isProtected,
        visibility,
      },
    },
  };
}

const STATUSES = [
  'available',
  'error',
  'in-use',
  'creating',
  'deleting',
  'attaching',
  'detaching',
  'reserved',
  'error_deleting',
  'error_extending',
  'maintenance',
];

function adminOnly(call: VolumeCall, rule: string): void {
  if (!call.viewer.isAdmin) throw policyRefusal(rule);
}

function resetStatus(
  call: VolumeCall,
  volume: VolumeRecord,
  a: Record<string, unknown>,
): SandboxResponse {
  adminOnly(call, 'volume_extension:volume_admin_actions:reset_status');
  if (typeof a.status !== 'string' || !STATUSES.includes(a.status)) {
    throw badRequest(`Invalid input for field/attribute status. Value: ${String(a.status)}.`);
  }
  volume.status = a.status;
  volume.steps = [];
  volume.updatedAt = call.now;
  return { status: 202 };
}

function forceDelete(call: VolumeCall, volume: VolumeRecord): SandboxResponse {
  adminOnly(call, 'volume_extension:volume_admin_actions:force_delete');
  volume.attachments = [];
  startDelete(call, volume);
  return { status: 202 };
}

const ACTIONS: Record<string, Action> = {
  'os-extend': extend,
  'os-retype': retype,
  'os-set_bootable': setBootable,
  'os-volume_upload_image': uploadToImage,
  'os-reset_status': resetStatus,
  'os-force_delete': (call, volume) => forceDelete(call, volume),
};

export function volumeAction(call: VolumeCall): SandboxResponse {
  const body = bodyRecord(call);
  const name = Object.keys(body)[0] ?? '';
  const action = ACTIONS[name];
  if (!action) {
    throw badRequest(
      `There is no such action: ${name}. Verify the request body and Content-Type header and try again.`,
    );
  }
  const volume = findVolume(call, call.req.params.volume_id ?? '');
  const response = action(call, volume, args(body[name]));
  call.changed();
  return response;
}
