import { z } from 'zod';

// What one Magnum (one region) keeps: cluster templates, clusters with their timed
// status steps and node groups, each cluster's CA, and explicit quotas.

const labelsSchema = z.record(z.string(), z.string());

export const templateSchema = z.object({
  uuid: z.string(),
  name: z.string().nullable(),
  projectId: z.string(),
  userId: z.string(),
  coe: z.string(),
  imageId: z.string(),
  clusterDistro: z.string(),
  flavorId: z.string().nullable(),
  masterFlavorId: z.string().nullable(),
  keypairId: z.string().nullable(),
  externalNetworkId: z.string().nullable(),
  fixedNetwork: z.string().nullable(),
  fixedSubnet: z.string().nullable(),
  dnsNameserver: z.string().nullable(),
  networkDriver: z.string().nullable(),
  volumeDriver: z.string().nullable(),
  dockerVolumeSize: z.number().int().nullable(),
  dockerStorageDriver: z.string().nullable(),
  apiserverPort: z.number().int().nullable(),
  httpProxy: z.string().nullable(),
  httpsProxy: z.string().nullable(),
  noProxy: z.string().nullable(),
  insecureRegistry: z.string().nullable(),
  labels: labelsSchema.nullable(),
  tags: z.string().nullable(),
  serverType: z.string(),
  tlsDisabled: z.boolean(),
  registryEnabled: z.boolean(),
  masterLbEnabled: z.boolean(),
  floatingIpEnabled: z.boolean(),
  isPublic: z.boolean(),
  hidden: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});
export type TemplateRecord = z.infer<typeof templateSchema>;

export const clusterStepSchema = z.object({
  at: z.number(),
  status: z.string(),
  /** What happens when the step is reached: complete, resize, upgrade, remove. */
  effect: z.string().nullable(),
  /** The status_reason the step sets (null keeps none). */
  reason: z.string().nullable(),
});
export type ClusterStep = z.infer<typeof clusterStepSchema>;

export const nodegroupSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  name: z.string(),
  role: z.enum(['master', 'worker']),
  nodeCount: z.number().int(),
  flavorId: z.string().nullable(),
  imageId: z.string(),
  stackId: z.string().nullable(),
  nodeAddresses: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});
export type NodegroupRecord = z.infer<typeof nodegroupSchema>;

export const clusterSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  projectId: z.string(),
  userId: z.string(),
  templateId: z.string(),
  keypair: z.string().nullable(),
  nodeCount: z.number().int(),
  masterCount: z.number().int(),
  dockerVolumeSize: z.number().int().nullable(),
  labels: labelsSchema,
  mergeLabels: z.boolean(),
  flavorId: z.string().nullable(),
  masterFlavorId: z.string().nullable(),
  fixedNetwork: z.string().nullable(),
  fixedSubnet: z.string().nullable(),
  floatingIpEnabled: z.boolean(),
  masterLbEnabled: z.boolean(),
  createTimeout: z.number().int(),
  stackId: z.string().nullable(),
  status: z.string(),
  statusReason: z.string().nullable(),
  healthStatus: z.string().nullable(),
  apiAddress: z.string().nullable(),
  coeVersion: z.string().nullable(),
  /** What a resize or an upgrade will set once its step is reached. */
  pending: z.object({ nodeCount: z.number().int().nullable(), templateId: z.string().nullable() }),
  steps: z.array(clusterStepSchema),
  nodegroups: z.array(nodegroupSchema),
  ca: z.object({ certPem: z.string(), keyPem: z.string() }),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});
export type ClusterRecord = z.infer<typeof clusterSchema>;

export const quotaSchema = z.object({
  id: z.number().int(),
  projectId: z.string(),
  resource: z.string(),
  hardLimit: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});
export type QuotaRecord = z.infer<typeof quotaSchema>;

export const containerInfraRegionSchema = z.object({
  templates: z.array(templateSchema).default([]),
  clusters: z.array(clusterSchema).default([]),
  quotas: z.array(quotaSchema).default([]),
  nextId: z.number().int().default(1),
});
export type ContainerInfraRegionState = z.infer<typeof containerInfraRegionSchema>;

export function emptyContainerInfraRegion(): ContainerInfraRegionState {
  return { templates: [], clusters: [], quotas: [], nextId: 1 };
}
