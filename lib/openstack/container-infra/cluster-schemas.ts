// Magnum container-infra v1 shapes: "Manage Cluster" and "Manage nodegroups".
import { z } from 'zod';
import { labelsSchema, magnumLinksSchema } from './link-schemas';

/** Statuses that end a transition; anything *_IN_PROGRESS is still moving. */
export const isClusterBusy = (status: string): boolean => status.endsWith('_IN_PROGRESS');

/** The list's short form: what GET /clusters answers for each row. */
export const clusterSummarySchema = z.object({
  uuid: z.string(),
  name: z.string().nullish(),
  cluster_template_id: z.string(),
  keypair: z.string().nullish(),
  node_count: z.number(),
  master_count: z.number(),
  docker_volume_size: z.number().nullish(),
  labels: labelsSchema,
  master_flavor_id: z.string().nullish(),
  flavor_id: z.string().nullish(),
  create_timeout: z.number().nullish(),
  stack_id: z.string().nullish(),
  status: z.string(),
  health_status: z.string().nullish(),
  links: magnumLinksSchema,
});
export type ClusterSummary = z.infer<typeof clusterSummarySchema>;

export const clusterSchema = clusterSummarySchema.extend({
  status_reason: z.string().nullish(),
  health_status_reason: z.record(z.string(), z.unknown()).nullish(),
  discovery_url: z.string().nullish(),
  api_address: z.string().nullish(),
  coe_version: z.string().nullish(),
  container_version: z.string().nullish(),
  project_id: z.string().nullish(),
  user_id: z.string().nullish(),
  node_addresses: z.array(z.string()).nullish(),
  master_addresses: z.array(z.string()).nullish(),
  fixed_network: z.string().nullish(),
  fixed_subnet: z.string().nullish(),
  floating_ip_enabled: z.boolean().nullish(),
  master_lb_enabled: z.boolean().nullish(),
  merge_labels: z.boolean().nullish(),
  labels_overridden: labelsSchema,
  labels_added: labelsSchema,
  labels_skipped: labelsSchema,
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const clusterListSchema = z.object({
  clusters: z.array(clusterSummarySchema),
  next: z.string().nullish(),
});

/** POST /clusters and the actions answer 202 with the cluster's uuid only. */
export const clusterIdSchema = z.object({ uuid: z.string() });

export const nodegroupSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  role: z.string(),
  node_count: z.number(),
  min_node_count: z.number().nullish(),
  max_node_count: z.number().nullish(),
  flavor_id: z.string().nullish(),
  image_id: z.string().nullish(),
  is_default: z.boolean().nullish(),
  status: z.string().nullish(),
  status_reason: z.string().nullish(),
  node_addresses: z.array(z.string()).nullish(),
  stack_id: z.string().nullish(),
  cluster_id: z.string().optional(),
});
export type Nodegroup = z.infer<typeof nodegroupSchema>;

export const nodegroupListSchema = z.object({ nodegroups: z.array(nodegroupSchema) });

export const statsSchema = z.object({ clusters: z.number(), nodes: z.number() });
export type ContainerInfraStats = z.infer<typeof statsSchema>;
