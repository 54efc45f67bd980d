import { invalidField, badRequest } from './errors';
import { pyRepr } from '../validation/py-repr';
import type { TemplateRecord } from './schema';

// The attributes a cluster template takes (magnum.api.controllers.v1.cluster_template),
// their wsme types and Magnum's words when a value does not fit.

type Kind = 'string' | 'int' | 'bool' | 'labels';

interface Field {
  key: keyof TemplateRecord;
  kind: Kind;
}

export const TEMPLATE_FIELDS: Record<string, Field> = {
  name: { key: 'name', kind: 'string' },
  coe: { key: 'coe', kind: 'string' },
  image_id: { key: 'imageId', kind: 'string' },
  flavor_id: { key: 'flavorId', kind: 'string' },
  master_flavor_id: { key: 'masterFlavorId', kind: 'string' },
  dns_nameserver: { key: 'dnsNameserver', kind: 'string' },
  keypair_id: { key: 'keypairId', kind: 'string' },
  external_network_id: { key: 'externalNetworkId', kind: 'string' },
  fixed_network: { key: 'fixedNetwork', kind: 'string' },
  fixed_subnet: { key: 'fixedSubnet', kind: 'string' },
  network_driver: { key: 'networkDriver', kind: 'string' },
  volume_driver: { key: 'volumeDriver', kind: 'string' },
  apiserver_port: { key: 'apiserverPort', kind: 'int' },
  docker_volume_size: { key: 'dockerVolumeSize', kind: 'int' },
  docker_storage_driver: { key: 'dockerStorageDriver', kind: 'string' },
  cluster_distro: { key: 'clusterDistro', kind: 'string' },
  http_proxy: { key: 'httpProxy', kind: 'string' },
  https_proxy: { key: 'httpsProxy', kind: 'string' },
  no_proxy: { key: 'noProxy', kind: 'string' },
  insecure_registry: { key: 'insecureRegistry', kind: 'string' },
  labels: { key: 'labels', kind: 'labels' },
  tags: { key: 'tags', kind: 'string' },
  server_type: { key: 'serverType', kind: 'string' },
  registry_enabled: { key: 'registryEnabled', kind: 'bool' },
  tls_disabled: { key: 'tlsDisabled', kind: 'bool' },
  master_lb_enabled: { key: 'masterLbEnabled', kind: 'bool' },
  floating_ip_enabled: { key: 'floatingIpEnabled', kind: 'bool' },
  public: { key: 'isPublic', kind: 'bool' },
  hidden: { key: 'hidden', kind: 'bool' },
};

export const INTERNAL_ATTRIBUTES = [
  'uuid',
  'id',
  'links',
  'project_id',
  'user_id',
  'created_at',
  'updated_at',
];

export const COES = ['dcos', 'swarm-mode', 'mesos', 'kubernetes', 'swarm'];

const TRUE_WORDS = ['true', 't', 'yes', 'y', 'on', '1'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', 'off', '0'];

/** One value converted as wsme converts it, or Magnum's 400 naming the field. */
export function convertField(
  attr: string,
  kind: Kind,
  value: unknown,
  whole: () => string,
): string | number | boolean | Record<string, string> | null {
  if (value === null) return null;
  switch (kind) {
    case 'string':
      if (typeof value === 'string' || typeof value === 'number') {
        const text = String(value);
        if (text.length > 255) {
          throw invalidField(
            attr,
            text,
            'Value should have a maximum character requirement of 255',
          );
        }
        return text;
      }
      throw invalidField(attr, pyRepr(value), `Value should be string`);
    case 'int': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (typeof value === 'boolean' || !Number.isInteger(n) || String(value).trim() === '') {
        throw invalidField(
          'cluster_template',
          whole(),
          `invalid literal for int() with base 10: ${pyRepr(value)}`,
        );
      }
      return n;
    }
    case 'bool': {
      if (typeof value === 'boolean') return value;
      const word = String(value).toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      throw badRequest(
        `Unrecognized value '${String(value)}', acceptable values are: '0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'`,
      );
    }
    case 'labels': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw invalidField('cluster_template', whole(), `Value not a valid dict: ${String(value)}`);
      }
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        out[k] = typeof v === 'string' ? v : JSON.stringify(v);
      }
      return out;
    }
  }
}

/** Range checks wsme's MinMaxInteger and Enum make. */
export function checkRanges(attr: string, value: unknown): void {
  if (attr === 'coe' && typeof value === 'string' && !COES.includes(value)) {
    throw invalidField('coe', value, `Value should be one of: ${COES.join(', ')}`);
  }
  if (attr === 'docker_volume_size' && typeof value === 'number' && value < 1) {
    throw invalidField(
      'docker_volume_size',
      String(value),
      'Value should be greater or equal to 1',
    );
  }
  if (attr === 'apiserver_port' && typeof value === 'number' && (value < 1024 || value > 65535)) {
    throw invalidField(
      'apiserver_port',
      String(value),
      value < 1024
        ? 'Value should be greater or equal to 1024'
        : 'Value should be less or equal to 65535',
    );
  }
}
