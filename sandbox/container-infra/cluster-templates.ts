// api-ref: container-infra v1, "Manage Cluster Templates".
import { randomUUID } from 'node:crypto';
import { badRequest, invalidField, MagnumError } from './errors';
import { pyLiteral } from './py-literal';
import { jsonBody, jsonObject } from './request';
import { checkPublicFlags, checkResources, clusterDistroFor } from './template-checks';
import { checkRanges, convertField, INTERNAL_ATTRIBUTES, TEMPLATE_FIELDS } from './template-fields';
import { findTemplate, templateInUse, templateVisible } from './template-store';
import { templateView } from './template-view';
import { pyRepr } from '../validation/py-repr';
import type { MagnumCall } from './call';
import type { TemplateRecord } from './schema';
import type { SandboxResponse } from '../http/types';

function blankTemplate(call: MagnumCall): TemplateRecord {
  return {
    uuid: randomUUID(),
    name: null,
    projectId: call.viewer.projectId,
    userId: call.viewer.userId,
    coe: '',
    imageId: '',
    clusterDistro: '',
    flavorId: null,
    masterFlavorId: null,
    keypairId: null,
    externalNetworkId: null,
    fixedNetwork: null,
    fixedSubnet: null,
    dnsNameserver: null,
    networkDriver: null,
    volumeDriver: null,
    dockerVolumeSize: null,
    dockerStorageDriver: null,
    apiserverPort: null,
    httpProxy: null,
    httpsProxy: null,
    noProxy: null,
    insecureRegistry: null,
    labels: null,
    tags: null,
    serverType: 'vm',
    tlsDisabled: false,
    registryEnabled: false,
    masterLbEnabled: false,
    floatingIpEnabled: true,
    isPublic: false,
    hidden: false,
    createdAt: call.now,
    updatedAt: null,
  };
}

/** Sets one attribute on a record, converted and range-checked as Magnum's types do. */
function setAttribute(t: TemplateRecord, attr: string, value: unknown, whole: () => string): void {
  const field = TEMPLATE_FIELDS[attr];
  if (!field) throw badRequest(`Unknown attribute for argument cluster_template: ${attr}`);
  const converted = convertField(attr, field.kind, value, whole);
  checkRanges(attr, converted);
  // The record's keys and the converted kinds match by construction of TEMPLATE_FIELDS.
  (t as Record<string, unknown>)[field.key] = converted;
}

function validated(call: MagnumCall, t: TemplateRecord): TemplateRecord {
  if (!t.imageId) throw invalidField('image_id', 'None', 'Mandatory field missing.');
  if (!t.coe) throw invalidField('coe', 'None', 'Mandatory field missing.');
  const distro = clusterDistroFor(call, t);
  if (t.networkDriver === null && t.coe === 'kubernetes') t.networkDriver = 'flannel';
  checkResources(call, t);
  return { ...t, clusterDistro: distro };
}

export function listTemplates(call: MagnumCall): SandboxResponse {
  const rows = call.region.templates
    .filter((t) => templateVisible(call, t) && (!t.hidden || call.viewer.isAdmin))
    .map((t) => templateView(t, call.req.origin));
  return { status: 200, body: { clustertemplates: rows } };
}

export function showTemplate(call: MagnumCall): SandboxResponse {
  const t = findTemplate(call, call.req.params.template_id ?? '');
  return { status: 200, body: templateView(t, call.req.origin) };
}

export function createTemplate(call: MagnumCall): SandboxResponse {
  const body = jsonObject(call);
  const t = blankTemplate(call);
  const whole = () => pyRepr(body);
  for (const attr of Object.keys(body)) {
    if (!TEMPLATE_FIELDS[attr] && !INTERNAL_ATTRIBUTES.includes(attr)) {
      throw badRequest(`Unknown attribute for argument cluster_template: ${attr}`);
    }
  }
  for (const [attr, value] of Object.entries(body)) {
    if (TEMPLATE_FIELDS[attr]) setAttribute(t, attr, value, whole);
  }
  checkPublicFlags(call, body);
  const kept = validated(call, t);
  call.region.templates.push(kept);
  call.changed();
  return { status: 201, body: templateView(kept, call.req.origin) };
}

interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
}

function patchOps(call: MagnumCall): PatchOp[] {
  const body = jsonBody(call);
  if (!Array.isArray(body)) {
    throw invalidField('patch', pyRepr(body), `Value not a valid list: ${pyRepr(body)}`);
  }
  return body.map((raw: unknown) => {
    const op = raw as Partial<PatchOp> | null;
    if (!op || typeof op.path !== 'string' || !['add', 'replace', 'remove'].includes(op.op ?? '')) {
      throw invalidField('patch', pyRepr(raw), 'Invalid patch operation');
    }
    return op as PatchOp;
  });
}

const isDict = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A patch's labels, sent as text: Magnum reads them with ast.literal_eval (the CLI
 * sends a Python dict's repr, the SDK JSON); what does not read stays as sent (and
 * is refused as not a dict).
 */
function jsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return pyLiteral(value);
  } catch {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
}

/** Attributes a template in use may still change (magnum's ClusterTemplate patch). */
const CHANGEABLE_IN_USE = ['name', 'public', 'hidden'];

export function updateTemplate(call: MagnumCall): SandboxResponse {
  const current = findTemplate(call, call.req.params.template_id ?? '');
  const ops = patchOps(call);
  const next: TemplateRecord = { ...current };
  const blank = blankTemplate(call);
  const whole = () => pyRepr(ops);
  for (const op of ops) {
    const attr = op.path.replace(/^\//, '');
    if (INTERNAL_ATTRIBUTES.includes(attr)) {
      throw badRequest(`'${op.path}' is an internal attribute and can not be updated`);
    }
    const field = TEMPLATE_FIELDS[attr];
    if (!field) {
      const words = op.op === 'add' ? 'add' : op.op;
      throw badRequest(
        `Couldn't apply patch '${pyRepr(ops)}'. Reason: can't ${words} a non-existent object '${attr}'`,
      );
    }
    if (op.op === 'remove') {
      (next as Record<string, unknown>)[field.key] = blank[field.key];
      continue;
    }
    // A patch value is text or a number in Magnum (wsme); labels come as JSON text.
    if ((field.kind === 'labels' || field.kind === 'string') && isDict(op.value)) {
      throw invalidField(
        'value',
        pyRepr(op.value),
        `Wrong type. Expected '(<class 'str'>, <class 'int'>)', got '<class 'dict'>'`,
      );
    }
    setAttribute(next, attr, field.kind === 'labels' ? jsonText(op.value) : op.value, whole);
  }
  if (ops.some((op) => ['/public', '/hidden'].includes(op.path))) {
    checkPublicFlags(call, { public: next.isPublic, hidden: next.hidden });
  }
  const touched = ops.map((op) => op.path.replace(/^\//, ''));
  if (templateInUse(call, current.uuid) && touched.some((a) => !CHANGEABLE_IN_USE.includes(a))) {
    throw badRequest(`ClusterTemplate ${current.uuid} is referenced by one or multiple clusters.`);
  }
  const kept = { ...validated(call, next), updatedAt: call.now };
  call.region.templates = call.region.templates.map((t) => (t.uuid === kept.uuid ? kept : t));
  call.changed();
  // Magnum answers the record as it was loaded: updated_at is the previous one.
  return {
    status: 200,
    body: templateView({ ...kept, updatedAt: current.updatedAt }, call.req.origin),
  };
}

export function deleteTemplate(call: MagnumCall): SandboxResponse {
  const t = findTemplate(call, call.req.params.template_id ?? '');
  if (t.projectId !== call.viewer.projectId && !call.viewer.isAdmin) {
    throw new MagnumError(403, "Policy doesn't allow clustertemplate:delete to be performed.");
  }
  if (templateInUse(call, t.uuid)) {
    throw badRequest(`ClusterTemplate ${t.uuid} is referenced by one or multiple clusters.`);
  }
  call.region.templates = call.region.templates.filter((x) => x.uuid !== t.uuid);
  call.changed();
  return { status: 204 };
}
