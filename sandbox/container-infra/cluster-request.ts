import { badRequest, invalidField } from './errors';
import { pyRepr } from '../validation/py-repr';

// A cluster create body as Magnum's Cluster type reads it: known attributes only,
// integers with their minima, the name's pattern.

export interface ClusterRequest {
  name: string | null;
  templateIdent: string;
  keypair: string | null;
  nodeCount: number | null;
  masterCount: number | null;
  dockerVolumeSize: number | null;
  labels: Record<string, string> | null;
  mergeLabels: boolean;
  flavorId: string | null;
  masterFlavorId: string | null;
  fixedNetwork: string | null;
  fixedSubnet: string | null;
  floatingIpEnabled: boolean | null;
  masterLbEnabled: boolean | null;
  createTimeout: number | null;
}

const KNOWN = [
  'name',
  'cluster_template_id',
  'keypair',
  'node_count',
  'master_count',
  'docker_volume_size',
  'labels',
  'merge_labels',
  'flavor_id',
  'master_flavor_id',
  'fixed_network',
  'fixed_subnet',
  'floating_ip_enabled',
  'master_lb_enabled',
  'create_timeout',
  'discovery_url',
];

export const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

function int(body: Record<string, unknown>, key: string, min: number): number | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  const n = typeof value === 'number' ? value : Number(String(value));
  if (typeof value === 'boolean' || !Number.isInteger(n) || String(value).trim() === '') {
    throw invalidField(
      'cluster',
      pyRepr(body),
      `invalid literal for int() with base 10: ${pyRepr(value)}`,
    );
  }
  if (n < min) {
    throw invalidField(key, String(n), `Value should be greater or equal to ${min}`);
  }
  return n;
}

function str(body: Record<string, unknown>, key: string): string | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidField(key, pyRepr(value), 'Value should be string');
  return value;
}

function bool(body: Record<string, unknown>, key: string): boolean | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw invalidField(key, pyRepr(value), 'Value should be boolean');
}

export function readClusterRequest(body: Record<string, unknown>): ClusterRequest {
  for (const key of Object.keys(body)) {
    if (!KNOWN.includes(key)) throw badRequest(`Unknown attribute for argument cluster: ${key}`);
  }
  const name = str(body, 'name');
  if (name !== null && (!NAME_PATTERN.test(name) || name.length > 242)) {
    throw invalidField(
      'name',
      name,
      name.length > 242
        ? 'Value should have a maximum character requirement of 242'
        : `Value should match the pattern ${NAME_PATTERN.source}`,
    );
  }
  const request: ClusterRequest = {
    name,
    templateIdent: str(body, 'cluster_template_id') ?? '',
    keypair: str(body, 'keypair'),
    nodeCount: int(body, 'node_count', 0),
    masterCount: int(body, 'master_count', 1),
    dockerVolumeSize: int(body, 'docker_volume_size', 1),
    labels: null,
    mergeLabels: bool(body, 'merge_labels') ?? false,
    flavorId: str(body, 'flavor_id'),
    masterFlavorId: str(body, 'master_flavor_id'),
    fixedNetwork: str(body, 'fixed_network'),
    fixedSubnet: str(body, 'fixed_subnet'),
    floatingIpEnabled: bool(body, 'floating_ip_enabled'),
    masterLbEnabled: bool(body, 'master_lb_enabled'),
    createTimeout: int(body, 'create_timeout', 0),
  };
  const labels = body.labels;
  if (labels !== undefined && labels !== null) {
    if (typeof labels !== 'object' || Array.isArray(labels)) {
      throw invalidField('labels', pyRepr(labels), 'Value should be a dict');
    }
    request.labels = Object.fromEntries(
      Object.entries(labels as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    );
  }
  if (!request.templateIdent) {
    throw invalidField('cluster_template_id', 'None', 'Mandatory field missing.');
  }
  return request;
}
