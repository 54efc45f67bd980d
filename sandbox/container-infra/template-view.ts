import { magnumTime, magnumTimeOrNull } from './magnum-time';
import type { TemplateRecord } from './schema';

// A cluster template as Magnum answers it (show, list and create alike), with its links.

export function links(origin: string, kind: string, id: string): { href: string; rel: string }[] {
  return [
    { href: `${origin}/v1/${kind}/${id}`, rel: 'self' },
    { href: `${origin}/${kind}/${id}`, rel: 'bookmark' },
  ];
}

export function templateView(t: TemplateRecord, origin: string): Record<string, unknown> {
  return {
    uuid: t.uuid,
    name: t.name,
    coe: t.coe,
    image_id: t.imageId,
    flavor_id: t.flavorId,
    master_flavor_id: t.masterFlavorId,
    dns_nameserver: t.dnsNameserver,
    keypair_id: t.keypairId,
    external_network_id: t.externalNetworkId,
    fixed_network: t.fixedNetwork,
    fixed_subnet: t.fixedSubnet,
    network_driver: t.networkDriver,
    apiserver_port: t.apiserverPort,
    docker_volume_size: t.dockerVolumeSize,
    cluster_distro: t.clusterDistro,
    links: links(origin, 'clustertemplates', t.uuid),
    http_proxy: t.httpProxy,
    https_proxy: t.httpsProxy,
    no_proxy: t.noProxy,
    volume_driver: t.volumeDriver,
    registry_enabled: t.registryEnabled,
    labels: t.labels,
    tls_disabled: t.tlsDisabled,
    public: t.isPublic,
    server_type: t.serverType,
    insecure_registry: t.insecureRegistry,
    docker_storage_driver: t.dockerStorageDriver,
    master_lb_enabled: t.masterLbEnabled,
    floating_ip_enabled: t.floatingIpEnabled,
    project_id: t.projectId,
    user_id: t.userId,
    hidden: t.hidden,
    tags: t.tags,
    created_at: magnumTime(t.createdAt),
    updated_at: magnumTimeOrNull(t.updatedAt),
  };
}
