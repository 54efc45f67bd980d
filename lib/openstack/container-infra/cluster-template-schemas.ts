// Magnum container-infra v1 shapes: "Manage Cluster Templates".
import { z } from 'zod';
import { labelsSchema, magnumLinksSchema } from './link-schemas';

export const COES = ['kubernetes', 'swarm', 'swarm-mode', 'mesos', 'dcos'] as const;
export const NETWORK_DRIVERS = ['flannel', 'calico', 'docker'] as const;

export const clusterTemplateSchema = z.object({
  uuid: z.string(),
  name: z.string().nullish(),
  coe: z.string(),
  image_id: z.string(),
  cluster_distro: z.string().nullish(),
  flavor_id: z.string().nullish(),
  master_flavor_id: z.string().nullish(),
  keypair_id: z.string().nullish(),
  external_network_id: z.string().nullish(),
  fixed_network: z.string().nullish(),
  fixed_subnet: z.string().nullish(),
  dns_nameserver: z.string().nullish(),
  network_driver: z.string().nullish(),
  volume_driver: z.string().nullish(),
  docker_volume_size: z.number().nullish(),
  docker_storage_driver: z.string().nullish(),
  apiserver_port: z.number().nullish(),
  http_proxy: z.string().nullish(),
  https_proxy: z.string().nullish(),
  no_proxy: z.string().nullish(),
  insecure_registry: z.string().nullish(),
  labels: labelsSchema,
  tags: z.string().nullish(),
  server_type: z.string().nullish(),
  tls_disabled: z.boolean().nullish(),
  registry_enabled: z.boolean().nullish(),
  master_lb_enabled: z.boolean().nullish(),
  floating_ip_enabled: z.boolean().nullish(),
  public: z.boolean().nullish(),
  hidden: z.boolean().nullish(),
  project_id: z.string().nullish(),
  user_id: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  links: magnumLinksSchema,
});
export type ClusterTemplate = z.infer<typeof clusterTemplateSchema>;

export const clusterTemplateListSchema = z.object({
  clustertemplates: z.array(clusterTemplateSchema),
  next: z.string().nullish(),
});
