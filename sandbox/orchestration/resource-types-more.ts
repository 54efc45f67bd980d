import { CloudCallError, type Cloud } from './cloud';
import {
  bool,
  compact,
  ignore404,
  int,
  neutronId,
  obj,
  physicalName,
  s,
  type PropSpec,
  type ResourcePlugin,
} from './plugin';

// More of Heat's resource types: the admin ones (flavors, volume types, Keystone
// projects, roles and groups; Zed's Heat has no group membership type), Magnum cluster templates and Neutron's extra
// route sets. Each makes its thing through the service's own API with the
// caller's token, as Heat's plugins do, so the service's checks and words apply.

/** Keystone's domain by id or name (Heat's keystone client plugin get_domain_id). */
async function domainId(cloud: Cloud, nameOrId: unknown): Promise<string> {
  const value = String(nameOrId ?? 'default');
  const byId = obj(
    obj(await cloud.find('identity', `/domains/${encodeURIComponent(value)}`)).domain,
  );
  if (typeof byId.id === 'string') return byId.id;
  const rows = (obj(
    await cloud.call('identity', 'GET', `/domains?name=${encodeURIComponent(value)}`),
  ).domains ?? []) as { id: string }[];
  if (!rows[0]) throw new CloudCallError(404, `Could not find domain: ${value}.`);
  return rows[0].id;
}

/** A Keystone user or group by id or name. */
async function keystoneId(cloud: Cloud, collection: string, nameOrId: unknown): Promise<string> {
  const value = String(nameOrId);
  const single = collection.replace(/s$/, '');
  const byId = obj(
    obj(await cloud.find('identity', `/${collection}/${encodeURIComponent(value)}`))[single],
  );
  if (typeof byId.id === 'string') return byId.id;
  const rows = (obj(
    await cloud.call('identity', 'GET', `/${collection}?name=${encodeURIComponent(value)}`),
  )[collection] ?? []) as { id: string }[];
  if (!rows[0]) throw new CloudCallError(404, `Could not find ${single}: ${value}.`);
  return rows[0].id;
}

function keystonePlugin(opts: {
  collection: 'projects' | 'roles' | 'groups';
  description: string;
  properties: Record<string, PropSpec>;
  attributes: Record<string, string>;
  body(
    cloud: Cloud,
    props: Record<string, unknown>,
    ctx: { name: string; stackName: string },
  ): Promise<Record<string, unknown>>;
}): ResourcePlugin {
  const single = opts.collection.replace(/s$/, '');
  return {
    description: opts.description,
    adminOnly: true,
    properties: opts.properties,
    attributes: { ...opts.attributes, show: 'Detailed information about resource.' },
    async create(cloud, props, ctx) {
      const made = obj(
        obj(
          await cloud.call('identity', 'POST', `/${opts.collection}`, {
            [single]: await opts.body(cloud, props, ctx),
          }),
        )[single],
      );
      return { physicalId: String(made.id), attributes: { ...made, show: made } };
    },
    async refresh(cloud, id) {
      const row = obj(
        obj(await cloud.call('identity', 'GET', `/${opts.collection}/${id}`))[single],
      );
      return { ...row, show: row };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('identity', 'DELETE', `/${opts.collection}/${id}`));
    },
    async check(cloud, id) {
      await cloud.call('identity', 'GET', `/${opts.collection}/${id}`);
    },
  };
}

/** Magnum's names for the template properties Heat passes on as they are. */
const MAGNUM_FIELDS: Record<string, string> = {
  coe: 'coe',
  image: 'image_id',
  flavor: 'flavor_id',
  master_flavor: 'master_flavor_id',
  keypair: 'keypair_id',
  docker_volume_size: 'docker_volume_size',
  docker_storage_driver: 'docker_storage_driver',
  network_driver: 'network_driver',
  volume_driver: 'volume_driver',
  dns_nameserver: 'dns_nameserver',
  http_proxy: 'http_proxy',
  https_proxy: 'https_proxy',
  no_proxy: 'no_proxy',
  labels: 'labels',
  tls_disabled: 'tls_disabled',
  public: 'public',
  hidden: 'hidden',
  registry_enabled: 'registry_enabled',
  server_type: 'server_type',
  master_lb_enabled: 'master_lb_enabled',
  floating_ip_enabled: 'floating_ip_enabled',
};

export const MORE_RESOURCE_TYPES: Record<string, ResourcePlugin> = {
  'OS::Nova::Flavor': {
    adminOnly: true,
    description: 'A resource for creating OpenStack virtual hardware templates.',
    properties: {
      name: s('Name of the flavor.'),
      flavorid: s('Unique ID of the flavor. If not specified, an UUID will be auto generated.'),
      ram: int('Memory in MB for the flavor.', { required: true }),
      vcpus: int('Number of VCPUs for the flavor.', { required: true }),
      disk: int('Size of local disk in GB.', { default: 0 }),
      swap: int('Swap space in MB.', { default: 0 }),
      ephemeral: int('Size of a secondary ephemeral data disk in GB.', { default: 0 }),
      rxtx_factor: {
        type: 'number',
        description: 'RX/TX factor.',
        default: 1.0,
      },
      is_public: bool('Scope of flavor accessibility. Public or private.', { default: true }),
      tenants: {
        type: 'list',
        description: 'List of tenants.',
        default: [],
        update_allowed: true,
      },
      extra_specs: {
        type: 'map',
        description: 'Key/Value pairs to extend the capabilities of the flavor.',
        update_allowed: true,
      },
    },
    attributes: {
      is_public: 'Whether the flavor is shared across all projects.',
      extra_specs: 'Extra specs of the flavor in key-value pairs.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, p, ctx) {
      const made = obj(
        obj(
          await cloud.call('compute', 'POST', '/flavors', {
            flavor: compact({
              name: p.name ?? physicalName(ctx),
              id: p.flavorid,
              ram: p.ram,
              vcpus: p.vcpus,
              disk: p.disk ?? 0,
              swap: p.swap ?? 0,
              'OS-FLV-EXT-DATA:ephemeral': p.ephemeral ?? 0,
              rxtx_factor: p.rxtx_factor ?? 1.0,
              'os-flavor-access:is_public': p.is_public ?? true,
            }),
          }),
        ).flavor,
      );
      const id = String(made.id);
      const specs = obj(p.extra_specs);
      if (Object.keys(specs).length)
        await cloud.call('compute', 'POST', `/flavors/${id}/os-extra_specs`, {
          extra_specs: Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, String(v)])),
        });
      if (p.is_public === false && Array.isArray(p.tenants))
        for (const tenant of p.tenants)
          await cloud.call('compute', 'POST', `/flavors/${id}/action`, {
            addTenantAccess: { tenant: String(tenant) },
          });
      return {
        physicalId: id,
        attributes: {
          is_public: made['os-flavor-access:is_public'],
          extra_specs: specs,
          show: made,
        },
      };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('compute', 'DELETE', `/flavors/${id}`));
    },
    async check(cloud, id) {
      await cloud.call('compute', 'GET', `/flavors/${id}`);
    },
  },
  'OS::Cinder::VolumeType': {
    adminOnly: true,
    description: 'A resource for creating cinder volume types.',
    properties: {
      name: s('Name of the volume type.', { required: true, update_allowed: true }),
      metadata: {
        type: 'map',
        description: 'The extra specs key and value pairs of the volume type.',
        update_allowed: true,
      },
      is_public: bool('Whether the volume type is accessible to the public.', { default: true }),
      description: s('Description of the volume type.', { update_allowed: true }),
      projects: {
        type: 'list',
        description: 'Projects to add volume type access to.',
        default: [],
        update_allowed: true,
      },
    },
    attributes: { show: 'Detailed information about resource.' },
    async create(cloud, p) {
      const specs = obj(p.metadata);
      const made = obj(
        obj(
          await cloud.call('volumev3', 'POST', '/types', {
            volume_type: compact({
              name: p.name,
              description: p.description,
              'os-volume-type-access:is_public': p.is_public ?? true,
              extra_specs: Object.keys(specs).length
                ? Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, String(v)]))
                : undefined,
            }),
          }),
        ).volume_type,
      );
      const id = String(made.id);
      if (p.is_public === false && Array.isArray(p.projects))
        for (const project of p.projects)
          await cloud.call('volumev3', 'POST', `/types/${id}/action`, {
            addProjectAccess: { project: String(project) },
          });
      return { physicalId: id, attributes: { show: made } };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('volumev3', 'DELETE', `/types/${id}`));
    },
    async check(cloud, id) {
      await cloud.call('volumev3', 'GET', `/types/${id}`);
    },
  },
  'OS::Keystone::Project': keystonePlugin({
    collection: 'projects',
    description: 'Heat Template Resource for Keystone Project.',
    properties: {
      name: s('Name of keystone project.', { update_allowed: true }),
      domain: s('Name or id of keystone domain.', { default: 'default', update_allowed: true }),
      description: s('Description of keystone project.', { default: '', update_allowed: true }),
      enabled: bool('This project is enabled or disabled.', {
        default: true,
        update_allowed: true,
      }),
      parent: s('The name or ID of parent of this keystone project in hierarchy.'),
      tags: {
        type: 'list',
        description: 'A list of tags for labeling and sorting projects.',
        default: [],
        update_allowed: true,
      },
    },
    attributes: {
      name: 'Project name.',
      is_domain: 'Indicates whether the project also acts as a domain.',
      parent_id: 'The ID of the parent project.',
      domain_id: 'The ID of the domain for the project.',
      enabled: 'Flag of enable project.',
      description: 'Description of project.',
    },
    async body(cloud, p, ctx) {
      return compact({
        name: p.name ?? physicalName(ctx),
        domain_id: await domainId(cloud, p.domain),
        description: p.description ?? '',
        enabled: p.enabled ?? true,
        parent_id: p.parent ? await keystoneId(cloud, 'projects', p.parent) : undefined,
        tags: Array.isArray(p.tags) && p.tags.length ? p.tags : undefined,
      });
    },
  }),
  'OS::Keystone::Role': keystonePlugin({
    collection: 'roles',
    description: 'Heat Template Resource for Keystone Role.',
    properties: {
      name: s('Name of keystone role.', { update_allowed: true }),
      domain: s('Name or id of keystone domain.'),
    },
    attributes: {},
    async body(cloud, p, ctx) {
      return compact({
        name: p.name ?? physicalName(ctx),
        domain_id: p.domain ? await domainId(cloud, p.domain) : undefined,
      });
    },
  }),
  'OS::Keystone::Group': keystonePlugin({
    collection: 'groups',
    description: 'Heat Template Resource for Keystone Group.',
    properties: {
      name: s('Name of keystone group.', { update_allowed: true }),
      domain: s('Name or id of keystone domain.', { default: 'default', update_allowed: true }),
      description: s('Description of keystone group.', { default: '', update_allowed: true }),
    },
    attributes: {},
    async body(cloud, p, ctx) {
      return {
        name: p.name ?? physicalName(ctx),
        domain_id: await domainId(cloud, p.domain),
        description: p.description ?? '',
      };
    },
  }),
  'OS::Magnum::ClusterTemplate': {
    description: 'A resource for the ClusterTemplate in Magnum.',
    properties: {
      name: s('The cluster template name.'),
      coe: s('The Container Orchestration Engine for cluster.', { required: true }),
      image: s('The image name or UUID to use as a base image for cluster.', { required: true }),
      flavor: s('The nova flavor name or UUID to use when launching the cluster.'),
      master_flavor: s('The nova flavor name or UUID to use when launching the master node.'),
      keypair: s('The name of the SSH keypair to load into the cluster nodes.'),
      external_network: s('The external neutron network name or UUID to attach the Cluster.'),
      fixed_network: s('The fixed neutron network name or UUID to attach the Cluster.'),
      fixed_subnet: s('The fixed neutron subnet name or UUID to attach the Cluster.'),
      dns_nameserver: s('The DNS nameserver address.'),
      docker_volume_size: int('The size in GB of the docker volume.'),
      docker_storage_driver: s('Select a docker storage driver.', { default: 'devicemapper' }),
      network_driver: s('The name of the driver used for instantiating container networks.'),
      volume_driver: s('The volume driver name for instantiating container volume.'),
      http_proxy: s('The http_proxy address to use for nodes in cluster.'),
      https_proxy: s('The https_proxy address to use for nodes in cluster.'),
      no_proxy: s('A comma separated list of addresses for which proxies should not be used.'),
      labels: {
        type: 'map',
        description: 'Arbitrary labels in the form of key=value pairs to associate with cluster.',
      },
      tls_disabled: bool('Disable TLS in the cluster.', { default: false }),
      public: bool('Make the cluster template public.', { default: false }),
      hidden: bool('Indicates whether the ClusterTemplate is hidden or not.', { default: false }),
      registry_enabled: bool('Enable the docker registry in the cluster.', { default: false }),
      server_type: s('Specify the server type to be used.', { default: 'vm' }),
      master_lb_enabled: bool(
        'Indicates whether created clusters should have a load balancer for master nodes or not.',
        {
          default: true,
        },
      ),
      floating_ip_enabled: bool(
        'Indicates whether created clusters should have a floating ip or not.',
        {
          default: true,
        },
      ),
    },
    attributes: { show: 'Detailed information about resource.' },
    async create(cloud, p, ctx) {
      const body: Record<string, unknown> = { name: p.name ?? physicalName(ctx) };
      for (const [prop, field] of Object.entries(MAGNUM_FIELDS))
        if (p[prop] !== undefined && p[prop] !== null) body[field] = p[prop];
      if (p.external_network)
        body.external_network_id = await neutronId(cloud, 'networks', p.external_network);
      if (p.fixed_network) body.fixed_network = await neutronId(cloud, 'networks', p.fixed_network);
      if (p.fixed_subnet) body.fixed_subnet = await neutronId(cloud, 'subnets', p.fixed_subnet);
      if (body.labels)
        body.labels = Object.fromEntries(
          Object.entries(obj(body.labels)).map(([k, v]) => [k, String(v)]),
        );
      const made = obj(await cloud.call('container-infra', 'POST', '/clustertemplates', body));
      return { physicalId: String(made.uuid), attributes: { show: made } };
    },
    async refresh(cloud, id) {
      return { show: await cloud.call('container-infra', 'GET', `/clustertemplates/${id}`) };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('container-infra', 'DELETE', `/clustertemplates/${id}`));
    },
    async check(cloud, id) {
      await cloud.call('container-infra', 'GET', `/clustertemplates/${id}`);
    },
  },
  'OS::Neutron::ExtraRouteSet': {
    description: 'Resource for specifying extra routes for a Neutron router.',
    properties: {
      router: s('The router id.', { required: true }),
      routes: {
        type: 'list',
        description: 'A set of route dictionaries for the router.',
        default: [],
        update_allowed: true,
      },
    },
    attributes: {},
    async create(cloud, p) {
      const router = await neutronId(cloud, 'routers', p.router);
      const routes = (Array.isArray(p.routes) ? p.routes : []).map((r) => {
        const o = obj(r);
        return { destination: String(o.destination), nexthop: String(o.nexthop) };
      });
      await cloud.call('network', 'PUT', `/v2.0/routers/${router}/add_extraroutes`, {
        router: { routes },
      });
      return { physicalId: JSON.stringify({ router, routes }), attributes: {} };
    },
    async delete(cloud, physicalId) {
      const { router, routes } = JSON.parse(physicalId) as {
        router: string;
        routes: { destination: string; nexthop: string }[];
      };
      await ignore404(
        cloud.call('network', 'PUT', `/v2.0/routers/${router}/remove_extraroutes`, {
          router: { routes },
        }),
      );
    },
  },
};
