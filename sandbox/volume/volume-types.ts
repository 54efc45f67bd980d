import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound, policyRefusal } from './errors';
import { queryTrue, bodyObject, booleanField, textField } from './request';
import { typeView } from './views';
import { defaultType } from './volume-store';
import type { VolumeCall } from './call';
import type { VolumeTypeRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volume types (types)" and their extra specs: anyone
// lists and shows public types; admins create, update and delete types and specs.

/** Extra specs a project member sees (Cinder's user-visible keys); admins see all. */
const USER_VISIBLE = ['RESKEY:availability_zones', 'multiattach', 'replication_enabled'];

function viewFor(call: VolumeCall, t: VolumeTypeRecord) {
  const view = typeView(call, t);
  view['os-volume-type-access:is_public'] = t.isPublic;
  if (!call.viewer.isAdmin) {
    view.extra_specs = Object.fromEntries(
      Object.entries(t.extraSpecs).filter(([k]) => USER_VISIBLE.includes(k)),
    );
  }
  return view;
}

function typeOf(call: VolumeCall): VolumeTypeRecord {
  const id = call.req.params.type_id ?? '';
  const found = call.region.types.find((t) => t.id === id);
  if (!found || (!found.isPublic && !call.viewer.isAdmin)) {
    throw notFound(`Volume type ${id} could not be found.`);
  }
  return found;
}

function adminOnly(call: VolumeCall, rule: string): void {
  if (!call.viewer.isAdmin) throw policyRefusal(rule);
}

export function listTypes(call: VolumeCall): SandboxResponse {
  const raw = call.req.query.get('is_public');
  const all = call.viewer.isAdmin && raw !== null && raw.toLowerCase() === 'none';
  const wantPrivate = call.viewer.isAdmin && raw !== null && !queryTrue(raw) && !all;
  const rows = call.region.types.filter((t) =>
    all ? true : wantPrivate ? !t.isPublic : t.isPublic,
  );
  return { status: 200, body: { volume_types: rows.map((t) => viewFor(call, t)) } };
}

export function showType(call: VolumeCall): SandboxResponse {
  if (call.req.params.type_id === 'default') {
    const t = defaultType(call.region);
    const view = viewFor(call, t);
    delete view['os-volume-type-access:is_public'];
    return { status: 200, body: { volume_type: view } };
  }
  return { status: 200, body: { volume_type: viewFor(call, typeOf(call)) } };
}

function specsField(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('Invalid input for field/attribute extra_specs.');
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.length === 0 || k.length > 255)
      throw badRequest('Invalid input for field/attribute extra_specs.');
    out[k] = typeof v === 'string' ? v : String(v);
  }
  return out;
}

export function createType(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:type_create');
  const body = bodyObject(call, 'volume_type');
  const name = textField('name', body.name ?? null);
  if (!name || name.trim() === '') throw badRequest("'name' is a required property");
  const description = textField('description', body.description ?? null);
  const isPublic =
    body['os-volume-type-access:is_public'] === undefined
      ? true
      : booleanField('os-volume-type-access:is_public', body['os-volume-type-access:is_public']);
  if (call.region.types.some((t) => t.name === name)) {
    throw conflict(`Volume Type ${name} already exists.`);
  }
  const type: VolumeTypeRecord = {
    id: randomUUID(),
    name,
    description,
    isPublic,
    extraSpecs: specsField(body.extra_specs),
    createdAt: call.now,
  };
  call.region.types.push(type);
  call.changed();
  return { status: 200, body: { volume_type: viewFor(call, type) } };
}

export function updateType(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:type_update');
  const body = bodyObject(call, 'volume_type');
  const type = typeOf(call);
  if (typeof body.name === 'string') {
    if (call.region.types.some((t) => t.name === body.name && t.id !== type.id)) {
      throw conflict(`Volume Type ${body.name} already exists.`);
    }
    type.name = textField('name', body.name) ?? type.name;
  }
  if ('description' in body) type.description = textField('description', body.description);
  if (body.is_public !== undefined) type.isPublic = booleanField('is_public', body.is_public);
  call.changed();
  return { status: 200, body: { volume_type: viewFor(call, type) } };
}

export function deleteType(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:type_delete');
  const type = typeOf(call);
  if (type.id === defaultType(call.region).id) {
    throw badRequest(`The volume type ${type.id} is a default volume type and cannot be deleted.`);
  }
  if (call.region.volumes.some((v) => v.typeId === type.id)) {
    throw badRequest('Target volume type is still in use.');
  }
  call.region.types = call.region.types.filter((t) => t.id !== type.id);
  call.changed();
  return { status: 202 };
}

export function listExtraSpecs(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:types_extra_specs:index');
  return { status: 200, body: { extra_specs: typeOf(call).extraSpecs } };
}

export function setExtraSpecs(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:types_extra_specs:create');
  const type = typeOf(call);
  const specs = specsField(bodyObject(call, 'extra_specs'));
  type.extraSpecs = { ...type.extraSpecs, ...specs };
  call.changed();
  return { status: 200, body: { extra_specs: specs } };
}

export function showExtraSpec(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:types_extra_specs:show');
  const type = typeOf(call);
  const key = call.req.params.key ?? '';
  const value = type.extraSpecs[key];
  if (value === undefined)
    throw notFound(`Volume Type ${type.id} has no extra specs with key ${key}.`);
  return { status: 200, body: { [key]: value } };
}

export function deleteExtraSpec(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:types_extra_specs:delete');
  const type = typeOf(call);
  const key = call.req.params.key ?? '';
  if (!(key in type.extraSpecs)) {
    throw notFound(`Volume Type ${type.id} has no extra specs with key ${key}.`);
  }
  const { [key]: _removed, ...rest } = type.extraSpecs;
  type.extraSpecs = rest;
  call.changed();
  return { status: 202 };
}

/** api-ref "Volume type encryption": the sandbox makes no encrypted types, so `{}` (none). */
export function showEncryption(call: VolumeCall): SandboxResponse {
  adminOnly(call, 'volume_extension:volume_type_encryption:get');
  typeOf(call);
  return { status: 200, body: {} };
}
