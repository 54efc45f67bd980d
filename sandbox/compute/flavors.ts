import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound, policyDenied } from './faults';
import { canSeeFlavor, findFlavor, newFlavor } from './flavor-store';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { multi } from './query-schemas';
import { requestJson } from './request-body';
import { boolean, description, nonNegativeInteger, pyBool } from './server-schemas';
import { isAdmin } from './server-store';
import { apiBase, resourceLinks } from './server-view';
import { validateBody, validateQuery } from './validation';
import type { ComputeCall } from './call';
import type { FlavorRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Flavors": list/detail/show for everyone, create/update/delete for admins
// (os-flavor-manage), as nova/api/openstack/compute/flavors.py and views/flavors.py.

function requireAdmin(call: ComputeCall, rule: string): void {
  if (!isAdmin(call)) throw policyDenied(rule);
}

export function flavorDetail(call: ComputeCall, f: FlavorRecord): Record<string, unknown> {
  const v = call.version;
  const view: Record<string, unknown> = {
    id: f.id,
    name: f.name,
    ram: f.ram,
    disk: f.disk,
    swap: f.swap === 0 && !atLeast(v, '2.75') ? '' : f.swap,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
    'OS-FLV-DISABLED:disabled': f.disabled,
    vcpus: f.vcpus,
    'os-flavor-access:is_public': f.isPublic,
    rxtx_factor: f.rxtxFactor,
    links: resourceLinks(call, 'flavors', f.id),
  };
  if (atLeast(v, '2.55')) view.description = f.description;
  if (atLeast(v, '2.61')) view.extra_specs = { ...f.extraSpecs };
  return view;
}

function flavorSummary(call: ComputeCall, f: FlavorRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: f.id,
    name: f.name,
    links: resourceLinks(call, 'flavors', f.id),
  };
  if (atLeast(call.version, '2.55')) view.description = f.description;
  return view;
}

const SORT_KEYS: Record<string, (f: FlavorRecord) => string | number | boolean | null> = {
  created_at: (f) => f.createdAt,
  description: (f) => f.description,
  disabled: (f) => f.disabled,
  ephemeral_gb: (f) => f.ephemeral,
  flavorid: (f) => f.id,
  id: (f) => f.createdAt,
  is_public: (f) => f.isPublic,
  memory_mb: (f) => f.ram,
  name: (f) => f.name,
  root_gb: (f) => f.disk,
  rxtx_factor: (f) => f.rxtxFactor,
  swap: (f) => f.swap,
  updated_at: (f) => f.createdAt,
  vcpu_weight: () => 0,
  vcpus: (f) => f.vcpus,
};

function listQuerySchema(call: ComputeCall): JsonSchema {
  return {
    type: 'object',
    properties: {
      limit: multi(nonNegativeInteger),
      marker: multi({ type: 'string' }),
      is_public: multi({ type: 'string' }),
      minRam: multi({ type: 'string' }),
      minDisk: multi({ type: 'string' }),
      sort_key: multi({ type: 'string', enum: Object.keys(SORT_KEYS) }),
      sort_dir: multi({ type: 'string', enum: ['asc', 'desc'] }),
    },
    additionalProperties: !atLeast(call.version, '2.75'),
  };
}

/** The flavors the caller may list: public and granted ones; admins choose with is_public. */
export function visibleFlavors(call: ComputeCall): FlavorRecord[] {
  const q = call.req.query;
  const admin = isAdmin(call);
  const isPublicParam = q.getAll('is_public').at(-1);
  let isPublic: boolean | null = true;
  if (admin && isPublicParam !== undefined) {
    isPublic =
      isPublicParam.toLowerCase() === 'none' ? null : pyBool(isPublicParam.replace(/^t$/i, 'true'));
  }
  let list = call.region.flavors.filter((f) => {
    if (!admin) return !f.disabled && canSeeFlavor(call.region, f, call.caller.projectId, false);
    return isPublic === null || f.isPublic === isPublic;
  });
  for (const [param, field] of [
    ['minRam', 'ram'],
    ['minDisk', 'disk'],
  ] as const) {
    const raw = q.getAll(param).at(-1);
    if (raw === undefined) continue;
    const min = Number(raw);
    if (!/^\d+$/.test(raw)) throw badRequest(`Invalid ${param} filter [${raw}]`);
    list = list.filter((f) => f[field] >= min);
  }
  const key = q.getAll('sort_key').at(-1) ?? 'flavorid';
  const dir = q.getAll('sort_dir').at(-1) ?? 'asc';
  const field = SORT_KEYS[key] ?? SORT_KEYS.flavorid;
  return [...list].sort((a, b) => {
    const x = field?.(a) ?? null;
    const y = field?.(b) ?? null;
    const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return dir === 'desc' ? -c : c;
  });
}

function listFlavors(call: ComputeCall, detail: boolean): SandboxResponse {
  validateQuery(listQuerySchema(call), call.req.query);
  const sorted = visibleFlavors(call);
  const page = novaPage(call, sorted, {
    collection: `${apiBase(call)}/flavors${detail ? '/detail' : ''}`,
    keyOf: (f) => f.id,
    unknownMarker: (marker) => badRequest(`marker [${marker}] not found`),
  });
  const body: Record<string, unknown> = {
    flavors: page.items.map((f) => (detail ? flavorDetail(call, f) : flavorSummary(call, f))),
  };
  if (page.links.length > 0) body.flavors_links = page.links;
  return { status: 200, body };
}

export const listFlavorSummaries = (call: ComputeCall) => listFlavors(call, false);
export const listFlavorDetails = (call: ComputeCall) => listFlavors(call, true);

/** A flavor the caller may see, by id; Nova's 404 otherwise. */
export function flavorFor(call: ComputeCall): FlavorRecord {
  const id = call.req.params.flavor_id ?? '';
  const flavor = findFlavor(call.region, id);
  if (!flavor || !canSeeFlavor(call.region, flavor, call.caller.projectId, isAdmin(call))) {
    throw notFound(`Flavor ${id} could not be found.`);
  }
  return flavor;
}

export function showFlavor(call: ComputeCall): SandboxResponse {
  return { status: 200, body: { flavor: flavorDetail(call, flavorFor(call)) } };
}

const flavorInt = (minimum: number): JsonSchema => ({
  type: ['integer', 'string'],
  pattern: '^[0-9]+$',
  minimum,
  maximum: 0x7fffffff,
});

function createSchema(call: ComputeCall): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    name: { type: 'string', minLength: 1, maxLength: 255, format: 'name' },
    id: {
      type: ['string', 'number', 'null'],
      minLength: 1,
      maxLength: 255,
      pattern: '^(?! )[a-zA-Z0-9. _-]+(?<! )$',
    },
    ram: flavorInt(1),
    vcpus: flavorInt(1),
    disk: flavorInt(0),
    'OS-FLV-EXT-DATA:ephemeral': flavorInt(0),
    swap: flavorInt(0),
    rxtx_factor: { type: ['number', 'string'], pattern: '^[0-9]+(\\.[0-9]+)?$', minimum: 0 },
    'os-flavor-access:is_public': boolean,
  };
  if (atLeast(call.version, '2.55')) properties.description = description;
  return {
    type: 'object',
    properties: {
      flavor: {
        type: 'object',
        properties,
        required: ['name', 'ram', 'vcpus', 'disk'],
        additionalProperties: false,
      },
    },
    required: ['flavor'],
    additionalProperties: false,
  };
}

export function createFlavor(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-manage:create');
  const body = requestJson(call.req);
  validateBody(createSchema(call), body);
  const p = (body as { flavor: Record<string, unknown> }).flavor;
  const name = String(p.name).trim();
  const id = p.id === undefined || p.id === null ? randomUUID() : String(p.id);
  if (call.region.flavors.some((f) => f.name === name)) {
    throw conflict(`Flavor with name ${name} already exists.`);
  }
  if (findFlavor(call.region, id)) throw conflict(`Flavor with ID ${id} already exists.`);
  const flavor = newFlavor(
    {
      id,
      name,
      vcpus: Number(p.vcpus),
      ram: Number(p.ram),
      disk: Number(p.disk),
      ephemeral: Number(p['OS-FLV-EXT-DATA:ephemeral'] ?? 0),
      swap: Number(p.swap ?? 0),
      rxtxFactor: Number(p.rxtx_factor ?? 1),
      isPublic:
        p['os-flavor-access:is_public'] === undefined
          ? true
          : pyBool(p['os-flavor-access:is_public']),
      description: (p.description as string | null | undefined) ?? null,
    },
    call.now,
  );
  call.region.flavors.push(flavor);
  call.changed();
  return { status: 200, body: { flavor: flavorDetail(call, flavor) } };
}

/** PUT /flavors/{id} (2.55+): only the description changes. */
export function updateFlavor(call: ComputeCall): SandboxResponse {
  if (!atLeast(call.version, '2.55')) throw notFound();
  requireAdmin(call, 'os_compute_api:os-flavor-manage:update');
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: {
        flavor: {
          type: 'object',
          properties: { description },
          required: ['description'],
          additionalProperties: false,
        },
      },
      required: ['flavor'],
      additionalProperties: false,
    },
    body,
  );
  const flavor = flavorFor(call);
  flavor.description = (body as { flavor: { description: string | null } }).flavor.description;
  call.changed();
  return { status: 200, body: { flavor: flavorDetail(call, flavor) } };
}

export function deleteFlavor(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-manage:delete');
  const flavor = flavorFor(call);
  call.region.flavors = call.region.flavors.filter((f) => f !== flavor);
  call.region.flavorAccess = call.region.flavorAccess.filter((a) => a.flavorId !== flavor.id);
  call.changed();
  return { status: 202 };
}
