import { extraSpecProblem } from './extra-spec-validation';
import { badRequest, conflict, notFound, policyDenied } from './faults';
import { flavorFor } from './flavors';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { isAdmin } from './server-store';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Flavors extra-specs (flavors, os-flavor-extra-specs)" and "Flavors
// access (flavors, os-flavor-access)".

const specs: JsonSchema = {
  type: 'object',
  patternProperties: {
    '^[a-zA-Z0-9-_:. ]{1,255}$': { type: ['string', 'number', 'boolean'], maxLength: 255 },
  },
  additionalProperties: false,
};

function requireAdmin(call: ComputeCall, rule: string): void {
  if (!isAdmin(call)) throw policyDenied(rule);
}

const asText = (value: unknown) =>
  typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);

/** From 2.86 Nova validates known keys and values. */
function checkSpecs(call: ComputeCall, specs: Record<string, string>): void {
  if (!atLeast(call.version, '2.86')) return;
  for (const [name, value] of Object.entries(specs)) {
    const problem = extraSpecProblem(name, value);
    if (problem) throw badRequest(problem);
  }
}

export function listExtraSpecs(call: ComputeCall): SandboxResponse {
  return { status: 200, body: { extra_specs: { ...flavorFor(call).extraSpecs } } };
}

export function createExtraSpecs(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-extra-specs:create');
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: { extra_specs: { ...specs, minProperties: 1 } },
      required: ['extra_specs'],
      additionalProperties: false,
    },
    body,
  );
  const flavor = flavorFor(call);
  const given = (body as { extra_specs: Record<string, unknown> }).extra_specs;
  const added = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, asText(v)]));
  checkSpecs(call, added);
  Object.assign(flavor.extraSpecs, added);
  call.changed();
  return { status: 200, body: { extra_specs: added } };
}

function specKey(call: ComputeCall): string {
  return call.req.params.key ?? '';
}

export function showExtraSpec(call: ComputeCall): SandboxResponse {
  const flavor = flavorFor(call);
  const key = specKey(call);
  const value = flavor.extraSpecs[key];
  if (value === undefined) {
    throw notFound(`Flavor ${flavor.id} has no extra specs with key ${key}.`);
  }
  return { status: 200, body: { [key]: value } };
}

export function updateExtraSpec(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-extra-specs:update');
  const body = requestJson(call.req);
  validateBody({ ...specs, minProperties: 1, maxProperties: 1 }, body);
  const flavor = flavorFor(call);
  const key = specKey(call);
  const entries = Object.entries(body as Record<string, unknown>);
  if (entries[0]?.[0] !== key) throw badRequest('Request body and URI mismatch');
  checkSpecs(call, { [key]: asText(entries[0][1]) });
  flavor.extraSpecs[key] = asText(entries[0][1]);
  call.changed();
  return { status: 200, body: { [key]: flavor.extraSpecs[key] } };
}

export function deleteExtraSpec(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-extra-specs:delete');
  const flavor = flavorFor(call);
  const key = specKey(call);
  if (!(key in flavor.extraSpecs)) {
    throw notFound(`Flavor ${flavor.id} has no extra specs with key ${key}.`);
  }
  delete flavor.extraSpecs[key];
  call.changed();
  // Nova answers 200 with no body here (its own comment says it should be 204).
  return { status: 200 };
}

function accessList(call: ComputeCall, flavorId: string) {
  return call.region.flavorAccess
    .filter((a) => a.flavorId === flavorId)
    .map((a) => ({ flavor_id: a.flavorId, tenant_id: a.projectId }));
}

export function listFlavorAccess(call: ComputeCall): SandboxResponse {
  requireAdmin(call, 'os_compute_api:os-flavor-access');
  const flavor = flavorFor(call);
  if (flavor.isPublic) throw notFound('Access list not available for public flavors.');
  return { status: 200, body: { flavor_access: accessList(call, flavor.id) } };
}

/** POST /flavors/{id}/action: addTenantAccess / removeTenantAccess. */
export function flavorAction(call: ComputeCall): SandboxResponse {
  const body = requestJson(call.req);
  const name = typeof body === 'object' && body !== null ? Object.keys(body)[0] : undefined;
  if (name !== 'addTenantAccess' && name !== 'removeTenantAccess') {
    throw badRequest(name ? `There is no such action: ${name}` : 'Malformed request body');
  }
  const add = name === 'addTenantAccess';
  requireAdmin(
    call,
    `os_compute_api:os-flavor-access:${add ? 'add_tenant_access' : 'remove_tenant_access'}`,
  );
  validateBody(
    {
      type: 'object',
      properties: {
        [name]: {
          type: 'object',
          properties: { tenant: { type: 'string', minLength: 1, maxLength: 255 } },
          required: ['tenant'],
          additionalProperties: false,
        },
      },
      required: [name],
      additionalProperties: false,
    },
    body,
  );
  const tenant = (body as Record<string, { tenant: string }>)[name]?.tenant ?? '';
  const flavor = flavorFor(call);
  const exists = call.region.flavorAccess.some(
    (a) => a.flavorId === flavor.id && a.projectId === tenant,
  );
  if (add) {
    if (flavor.isPublic) throw conflict('Can not add access to a public flavor.');
    if (!call.state.identity.projects.some((p) => p.id === tenant)) {
      throw badRequest(`Project ID ${tenant} is not a valid project.`);
    }
    if (exists) {
      throw conflict(
        `Flavor access already exists for flavor ${flavor.id} and project ${tenant} combination.`,
      );
    }
    call.region.flavorAccess.push({ flavorId: flavor.id, projectId: tenant });
  } else {
    if (!exists) {
      throw notFound(`Flavor access not found for ${flavor.id} / ${tenant} combination.`);
    }
    call.region.flavorAccess = call.region.flavorAccess.filter(
      (a) => !(a.flavorId === flavor.id && a.projectId === tenant),
    );
  }
  call.changed();
  return { status: 200, body: { flavor_access: accessList(call, flavor.id) } };
}
