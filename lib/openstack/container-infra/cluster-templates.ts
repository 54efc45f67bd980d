// Magnum cluster templates. api-ref: container-infra v1, "Manage Cluster Templates".
import {
  clusterTemplateListSchema,
  clusterTemplateSchema,
  type ClusterTemplate,
} from './cluster-template-schemas';
import { magnum } from './magnum-request';
import { osFetch, osSend, seg, type Transport } from '../http';

/** What the Create Cluster Template form sends; unset fields are left to Magnum's defaults. */
export interface CreateClusterTemplateInput {
  name: string;
  coe: string;
  imageId: string;
  keypairId?: string;
  flavorId?: string;
  masterFlavorId?: string;
  externalNetworkId?: string;
  fixedNetwork?: string;
  fixedSubnet?: string;
  dnsNameserver?: string;
  networkDriver?: string;
  volumeDriver?: string;
  dockerVolumeSize?: number;
  dockerStorageDriver?: string;
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
  labels?: Record<string, string>;
  masterLbEnabled?: boolean;
  floatingIpEnabled?: boolean;
  tlsDisabled?: boolean;
  registryEnabled?: boolean;
  /** Admins only (403 otherwise). */
  isPublic?: boolean;
  hidden?: boolean;
}

const BODY_KEYS: Record<keyof CreateClusterTemplateInput, string> = {
  name: 'name',
  coe: 'coe',
  imageId: 'image_id',
  keypairId: 'keypair_id',
  flavorId: 'flavor_id',
  masterFlavorId: 'master_flavor_id',
  externalNetworkId: 'external_network_id',
  fixedNetwork: 'fixed_network',
  fixedSubnet: 'fixed_subnet',
  dnsNameserver: 'dns_nameserver',
  networkDriver: 'network_driver',
  volumeDriver: 'volume_driver',
  dockerVolumeSize: 'docker_volume_size',
  dockerStorageDriver: 'docker_storage_driver',
  httpProxy: 'http_proxy',
  httpsProxy: 'https_proxy',
  noProxy: 'no_proxy',
  labels: 'labels',
  masterLbEnabled: 'master_lb_enabled',
  floatingIpEnabled: 'floating_ip_enabled',
  tlsDisabled: 'tls_disabled',
  registryEnabled: 'registry_enabled',
  isPublic: 'public',
  hidden: 'hidden',
};

/** The request body Magnum takes: its own attribute names, unset fields left out. */
export function clusterTemplateBody(input: CreateClusterTemplateInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, attr] of Object.entries(BODY_KEYS)) {
    const value = input[key as keyof CreateClusterTemplateInput];
    if (value !== undefined && value !== '') body[attr] = value;
  }
  return body;
}

/** One JSON-Patch operation on a template (Magnum's PATCH takes a list of them). */
export type TemplatePatch =
  | { op: 'replace' | 'add'; path: `/${string}`; value: unknown }
  | { op: 'remove'; path: `/${string}` };

export function clusterTemplatesApi(t: Transport) {
  return {
    async listClusterTemplates(): Promise<ClusterTemplate[]> {
      return (await osFetch(t, magnum({ path: '/clustertemplates' }), clusterTemplateListSchema))
        .clustertemplates;
    },

    /** By uuid or name (409 when two share the name). */
    async getClusterTemplate(ident: string): Promise<ClusterTemplate> {
      return osFetch(t, magnum({ path: `/clustertemplates/${seg(ident)}` }), clusterTemplateSchema);
    },

    async createClusterTemplate(input: CreateClusterTemplateInput): Promise<ClusterTemplate> {
      return osFetch(
        t,
        magnum({ method: 'POST', path: '/clustertemplates', body: clusterTemplateBody(input) }),
        clusterTemplateSchema,
      );
    },

    async updateClusterTemplate(id: string, patch: TemplatePatch[]): Promise<ClusterTemplate> {
      return osFetch(
        t,
        magnum({ method: 'PATCH', path: `/clustertemplates/${seg(id)}`, body: patch }),
        clusterTemplateSchema,
      );
    },

    /** Refused (400) while a cluster uses the template. */
    async deleteClusterTemplate(id: string): Promise<void> {
      await osSend(t, magnum({ method: 'DELETE', path: `/clustertemplates/${seg(id)}` }));
    },
  };
}
