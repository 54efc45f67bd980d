import { randomBytes } from 'node:crypto';
import { CloudCallError, type Cloud } from './cloud';

// The resource types this Heat makes, each with its schema as GET
// /resource_types/{type} shows it, and what create/delete do through the other
// services' APIs. Anything else is refused at validation with Heat's words.

export interface PropSpec {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'map' | 'list';
  description: string;
  required?: boolean;
  update_allowed?: boolean;
  default?: unknown;
}

export interface Created {
  physicalId: string;
  attributes: Record<string, unknown>;
}

export interface ResourcePlugin {
  description: string;
  properties: Record<string, PropSpec>;
  attributes: Record<string, string>;
  /** Attributes named by a pattern rather than listed (a group's resource.<n>). */
  attributePattern?: RegExp;
  create(
    cloud: Cloud,
    props: Record<string, unknown>,
    ctx: { name: string; stackName: string },
  ): Promise<Created>;
  /** Polled after create until true; throws the failure. */
  ready?(cloud: Cloud, physicalId: string): Promise<boolean>;
  /** Fresh attributes (get_attr after create). */
  refresh?(cloud: Cloud, physicalId: string): Promise<Record<string, unknown>>;
  delete?(cloud: Cloud, physicalId: string): Promise<void>;
  /** Polled after delete until true. */
  gone?(cloud: Cloud, physicalId: string): Promise<boolean>;
  suspend?(cloud: Cloud, physicalId: string): Promise<void>;
  resume?(cloud: Cloud, physicalId: string): Promise<void>;
  /** Check: throws when the thing is missing or broken. */
  check?(cloud: Cloud, physicalId: string): Promise<void>;
}

const s = (description: string, extra: Partial<PropSpec> = {}): PropSpec => ({
  type: 'string',
  description,
  ...extra,
});
const obj = (v: unknown) =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );

const physicalName = (ctx: { name: string; stackName: string }) =>
  `${ctx.stackName}-${ctx.name}-${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12).toLowerCase()}`;

async function ignore404(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof CloudCallError && err.status === 404)) throw err;
  }
}

/** Neutron: a name or id to an id (Heat's neutron client find_resourceid_by_name_or_id). */
async function neutronId(cloud: Cloud, collection: string, nameOrId: unknown): Promise<string> {
  const value = String(nameOrId);
  const byId = obj(await cloud.find('network', `/v2.0/${collection}/${encodeURIComponent(value)}`));
  const single = collection.replace(/ies$/, 'y').replace(/s$/, '').replace('-', '_');
  const own = obj(byId[single]);
  if (typeof own.id === 'string') return own.id;
  const list = obj(
    await cloud.call('network', 'GET', `/v2.0/${collection}?name=${encodeURIComponent(value)}`),
  );
  const rows = (list[collection] as { id: string }[] | undefined) ?? [];
  if (rows.length === 0)
    throw new CloudCallError(
      404,
      `Unable to find ${single.replace('_', ' ')} with name or id '${value}'`,
    );
  if (rows.length > 1)
    throw new CloudCallError(
      409,
      `Multiple ${single} matches found for name '${value}', use an ID to be more specific.`,
    );
  return rows[0]!.id;
}

function neutronPlugin(opts: {
  collection: string;
  description: string;
  properties: Record<string, PropSpec>;
  attributes: Record<string, string>;
  body(
    cloud: Cloud,
    props: Record<string, unknown>,
    ctx: { name: string; stackName: string },
  ): Promise<Record<string, unknown>>;
}): ResourcePlugin {
  const single = opts.collection.replace(/ies$/, 'y').replace(/s$/, '').replace('-', '_');
  const show = async (cloud: Cloud, id: string) =>
    obj(obj(await cloud.call('network', 'GET', `/v2.0/${opts.collection}/${id}`))[single]);
  return {
    description: opts.description,
    properties: opts.properties,
    attributes: { ...opts.attributes, show: 'Detailed information about resource.' },
    async create(cloud, props, ctx) {
      const body = await opts.body(cloud, props, ctx);
      const made = obj(
        obj(await cloud.call('network', 'POST', `/v2.0/${opts.collection}`, { [single]: body }))[
          single
        ],
      );
      return { physicalId: String(made.id), attributes: { ...made, show: made } };
    },
    async refresh(cloud, id) {
      const row = await show(cloud, id);
      return { ...row, show: row };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('network', 'DELETE', `/v2.0/${opts.collection}/${id}`));
    },
    async check(cloud, id) {
      await show(cloud, id);
    },
  };
}

export const RESOURCE_TYPES: Record<string, ResourcePlugin> = {
  'OS::Heat::None': {
    description: 'Enables easily disabling certain resources via the resource_registry.',
    properties: {},
    attributes: {},
    async create(_c, _p, ctx) {
      return { physicalId: physicalName(ctx), attributes: {} };
    },
  },
  'OS::Heat::Value': {
    description: 'A resource which exposes its value property as an attribute.',
    properties: {
      value: {
        type: 'string',
        description: 'The expression to generate the "value" attribute.',
        required: true,
        update_allowed: true,
      },
      type: s('The type of the "value" property.', { update_allowed: true }),
    },
    attributes: {
      value:
        'The value generated by this resource\'s properties "value" expression, with type determined from the properties "type".',
    },
    async create(_c, props, ctx) {
      return { physicalId: physicalName(ctx), attributes: { value: props.value } };
    },
  },
  'OS::Heat::RandomString': {
    description: 'A resource which generates a random string.',
    properties: {
      length: { type: 'integer', description: 'Length of the string to generate.', default: 32 },
      salt: s(
        'Value which can be set or changed on stack update to trigger the resource for replacement with a new random string.',
      ),
    },
    attributes: {
      value:
        'The random string generated by this resource. This value is also available by referencing the resource.',
    },
    async create(_c, props, ctx) {
      const length = Number(props.length ?? 32);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      const bytes = randomBytes(length);
      const value = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
      return { physicalId: physicalName(ctx), attributes: { value } };
    },
  },
  'OS::Nova::KeyPair': {
    description: 'A resource for creating Nova key pairs.',
    properties: {
      name: s('The name of the key pair.', { required: true }),
      public_key: s(
        'The optional public key. This allows users to supply the public key from a pre-existing key pair. If not supplied, a new key pair will be generated.',
      ),
      save_private_key: {
        type: 'boolean',
        description: 'True if the system should remember a generated private key; False otherwise.',
        default: false,
      },
      type: s('Keypair type. Supported since Nova api version 2.2.'),
    },
    attributes: {
      private_key: 'The private key if it has been saved.',
      public_key: 'The public key.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, props) {
      const made = obj(
        obj(
          await cloud.call('compute', 'POST', '/os-keypairs', {
            keypair: compact({ name: props.name, public_key: props.public_key, type: props.type }),
          }),
        ).keypair,
      );
      return {
        physicalId: String(made.name),
        attributes: {
          public_key: made.public_key,
          private_key: props.save_private_key ? (made.private_key ?? '') : '',
          show: { ...made, private_key: undefined },
        },
      };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('compute', 'DELETE', `/os-keypairs/${encodeURIComponent(id)}`));
    },
    async check(cloud, id) {
      await cloud.call('compute', 'GET', `/os-keypairs/${encodeURIComponent(id)}`);
    },
  },
  'OS::Neutron::Net': neutronPlugin({
    collection: 'networks',
    description: 'A resource for managing Neutron net.',
    properties: {
      name: s(
        'A string specifying a symbolic name for the network, which is not required to be unique.',
        { update_allowed: true },
      ),
      admin_state_up: {
        type: 'boolean',
        description: 'A boolean value specifying the administrative status of the network.',
        default: true,
        update_allowed: true,
      },
      shared: {
        type: 'boolean',
        description: 'Whether this network should be shared across all tenants.',
        update_allowed: true,
      },
      port_security_enabled: {
        type: 'boolean',
        description: 'Flag to enable/disable port security on the network.',
        update_allowed: true,
      },
    },
    attributes: {
      name: 'The name of the network.',
      status: 'The status of the network.',
      subnets: 'Subnets of this network.',
      admin_state_up: 'The administrative status of the network.',
      mtu: 'The maximum transmission unit size(in bytes) for the network.',
    },
    async body(_c, p, ctx) {
      return compact({
        name: p.name ?? physicalName(ctx),
        admin_state_up: p.admin_state_up,
        shared: p.shared,
        port_security_enabled: p.port_security_enabled,
      });
    },
  }),
  'OS::Neutron::Subnet': neutronPlugin({
    collection: 'subnets',
    description: 'A resource for managing Neutron subnets.',
    properties: {
      network: s('The ID or name of the network to associate this subnet with.', {
        required: true,
      }),
      cidr: s('The CIDR.'),
      ip_version: { type: 'integer', description: 'The IP version, which is 4 or 6.', default: 4 },
      name: s('The name of the subnet.', { update_allowed: true }),
      gateway_ip: s(
        'The gateway IP address. Set to any of [ null | ~ | "" ] to create/update a subnet without a gateway.',
        { update_allowed: true },
      ),
      enable_dhcp: {
        type: 'boolean',
        description: 'Set to true if DHCP is enabled and false if DHCP is disabled.',
        default: true,
        update_allowed: true,
      },
      dns_nameservers: {
        type: 'list',
        description: 'A specified set of DNS name servers to be used.',
        default: [],
        update_allowed: true,
      },
      allocation_pools: {
        type: 'list',
        description: 'The start and end addresses for the allocation pools.',
        update_allowed: true,
      },
    },
    attributes: {
      name: 'Friendly name of the subnet.',
      network_id: 'Parent network of the subnet.',
      cidr: 'CIDR block notation for this subnet.',
      gateway_ip: "IP of the subnet's gateway.",
      allocation_pools: 'Ip allocation pools and their ranges.',
      ip_version: 'Ip version for the subnet.',
      enable_dhcp: "'true' if DHCP is enabled for this subnet; 'false' otherwise.",
      dns_nameservers: 'List of dns nameservers.',
    },
    async body(cloud, p, ctx) {
      return compact({
        network_id: await neutronId(cloud, 'networks', p.network),
        cidr: p.cidr,
        ip_version: p.ip_version ?? 4,
        name: p.name ?? physicalName(ctx),
        gateway_ip: p.gateway_ip,
        enable_dhcp: p.enable_dhcp,
        dns_nameservers:
          Array.isArray(p.dns_nameservers) && p.dns_nameservers.length
            ? p.dns_nameservers
            : undefined,
        allocation_pools: p.allocation_pools,
      });
    },
  }),
  'OS::Neutron::Router': neutronPlugin({
    collection: 'routers',
    description: 'A resource that implements Neutron router.',
    properties: {
      name: s('The name of the router.', { update_allowed: true }),
      external_gateway_info: {
        type: 'map',
        description: 'External network gateway configuration for a router.',
        update_allowed: true,
      },
      admin_state_up: {
        type: 'boolean',
        description: 'The administrative state of the router.',
        default: true,
        update_allowed: true,
      },
    },
    attributes: {
      name: 'The name of the router.',
      status: 'The status of the router.',
      external_gateway_info: 'Gateway network for the router.',
      admin_state_up: 'Administrative state of the router.',
    },
    async body(cloud, p, ctx) {
      const gw = obj(p.external_gateway_info);
      return compact({
        name: p.name ?? physicalName(ctx),
        admin_state_up: p.admin_state_up,
        external_gateway_info: gw.network
          ? { network_id: await neutronId(cloud, 'networks', gw.network) }
          : undefined,
      });
    },
  }),
  'OS::Neutron::RouterInterface': {
    description: 'A resource for managing Neutron router interfaces.',
    properties: {
      router: s('The router.', { required: true }),
      subnet: s('The subnet, either subnet or port should be specified.'),
      port: s('The port, either subnet or port should be specified.'),
    },
    attributes: {},
    async create(cloud, p) {
      const router = await neutronId(cloud, 'routers', p.router);
      const body = p.subnet
        ? { subnet_id: await neutronId(cloud, 'subnets', p.subnet) }
        : { port_id: await neutronId(cloud, 'ports', p.port) };
      await cloud.call('network', 'PUT', `/v2.0/routers/${router}/add_router_interface`, body);
      return {
        physicalId: `${router}:${p.subnet ? `subnet_id=${body.subnet_id}` : `port_id=${body.port_id}`}`,
        attributes: {},
      };
    },
    async delete(cloud, id) {
      const [router, pair] = id.split(':');
      const [key, value] = (pair ?? '').split('=');
      await ignore404(
        cloud.call('network', 'PUT', `/v2.0/routers/${router}/remove_router_interface`, {
          [key!]: value,
        }),
      );
    },
  },
  'OS::Neutron::SecurityGroup': {
    ...neutronPlugin({
      collection: 'security-groups',
      description: 'A resource for managing Neutron security groups.',
      properties: {},
      attributes: {},
      async body() {
        return {};
      },
    }),
    description: 'A resource for managing Neutron security groups.',
    properties: {
      name: s(
        'A string specifying a symbolic name for the security group, which is not required to be unique.',
        { update_allowed: true },
      ),
      description: s('Description of the security group.', { update_allowed: true }),
      rules: {
        type: 'list',
        description: 'List of security group rules.',
        default: [],
        update_allowed: true,
      },
    },
    attributes: { show: 'Detailed information about resource.' },
    async create(cloud, p, ctx) {
      const group = obj(
        obj(
          await cloud.call('network', 'POST', '/v2.0/security-groups', {
            security_group: compact({
              name: p.name ?? physicalName(ctx),
              description: p.description ?? '',
            }),
          }),
        ).security_group,
      );
      const rules = Array.isArray(p.rules) ? p.rules : [];
      for (const r of rules) {
        const rule = obj(r);
        await cloud.call('network', 'POST', '/v2.0/security-group-rules', {
          security_group_rule: compact({
            security_group_id: group.id,
            direction: rule.direction ?? 'ingress',
            ethertype: rule.ethertype ?? 'IPv4',
            protocol: rule.protocol,
            port_range_min: rule.port_range_min,
            port_range_max: rule.port_range_max,
            remote_ip_prefix: rule.remote_ip_prefix,
            remote_group_id: rule.remote_group_id,
          }),
        });
      }
      return { physicalId: String(group.id), attributes: { show: group } };
    },
  },
  'OS::Neutron::SecurityGroupRule': {
    description: 'A resource for managing Neutron security group rules.',
    properties: {
      security_group: s('Security group name or ID to add rule.', { required: true }),
      direction: s('The direction in which the security group rule is applied.', {
        default: 'ingress',
      }),
      ethertype: s('Ethertype of the traffic.', { default: 'IPv4' }),
      protocol: s('The protocol that is matched by the security group rule.'),
      port_range_min: {
        type: 'integer',
        description:
          'The minimum port number in the range that is matched by the security group rule.',
      },
      port_range_max: {
        type: 'integer',
        description:
          'The maximum port number in the range that is matched by the security group rule.',
      },
      remote_ip_prefix: s(
        'The remote IP prefix (CIDR) to be associated with this security group rule.',
      ),
    },
    attributes: { show: 'Detailed information about resource.' },
    async create(cloud, p) {
      const rule = obj(
        obj(
          await cloud.call('network', 'POST', '/v2.0/security-group-rules', {
            security_group_rule: compact({
              security_group_id: await neutronId(cloud, 'security-groups', p.security_group),
              direction: p.direction ?? 'ingress',
              ethertype: p.ethertype ?? 'IPv4',
              protocol: p.protocol,
              port_range_min: p.port_range_min,
              port_range_max: p.port_range_max,
              remote_ip_prefix: p.remote_ip_prefix,
            }),
          }),
        ).security_group_rule,
      );
      return { physicalId: String(rule.id), attributes: { show: rule } };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('network', 'DELETE', `/v2.0/security-group-rules/${id}`));
    },
  },
  'OS::Neutron::Port': neutronPlugin({
    collection: 'ports',
    description: 'A resource for managing Neutron ports.',
    properties: {
      network: s('Network this port belongs to.', { required: true }),
      name: s('A symbolic name for this port.', { update_allowed: true }),
      fixed_ips: { type: 'list', description: 'Desired IPs for this port.', update_allowed: true },
      security_groups: {
        type: 'list',
        description: 'Security group IDs to associate with this port.',
        update_allowed: true,
      },
      admin_state_up: {
        type: 'boolean',
        description: 'The administrative state of this port.',
        default: true,
        update_allowed: true,
      },
    },
    attributes: {
      name: 'Friendly name of the port.',
      network_id: 'Unique identifier for the network owning the port.',
      fixed_ips: 'Fixed IP addresses.',
      mac_address: 'MAC address of the port.',
      status: 'The status of the port.',
      device_id: 'Unique identifier for the device.',
    },
    async body(cloud, p, ctx) {
      const fixed = Array.isArray(p.fixed_ips)
        ? await Promise.all(
            p.fixed_ips.map(async (f) => {
              const o = obj(f);
              return compact({
                subnet_id: o.subnet ? await neutronId(cloud, 'subnets', o.subnet) : o.subnet_id,
                ip_address: o.ip_address,
              });
            }),
          )
        : undefined;
      const groups = Array.isArray(p.security_groups)
        ? await Promise.all(p.security_groups.map((g) => neutronId(cloud, 'security-groups', g)))
        : undefined;
      return compact({
        network_id: await neutronId(cloud, 'networks', p.network),
        name: p.name ?? physicalName(ctx),
        fixed_ips: fixed,
        security_groups: groups,
        admin_state_up: p.admin_state_up,
      });
    },
  }),
  'OS::Neutron::FloatingIP': neutronPlugin({
    collection: 'floatingips',
    description: 'A resource for managing Neutron floating ips.',
    properties: {
      floating_network: s('Network to allocate floating IP from.', { required: true }),
      port_id: s(
        'ID of an existing port with at least one IP address to associate with this floating IP.',
        { update_allowed: true },
      ),
      fixed_ip_address: s('IP address to use if the port has multiple addresses.', {
        update_allowed: true,
      }),
    },
    attributes: {
      floating_ip_address: 'The allocated address of this IP.',
      floating_network_id: 'ID of the network in which this IP is allocated.',
      port_id: 'ID of the port associated with this IP.',
      fixed_ip_address: 'IP address of the associated port, if specified.',
      router_id: 'ID of the router used as gateway, set when associated with a port.',
    },
    async body(cloud, p) {
      return compact({
        floating_network_id: await neutronId(cloud, 'networks', p.floating_network),
        port_id: p.port_id ? await neutronId(cloud, 'ports', p.port_id) : undefined,
        fixed_ip_address: p.fixed_ip_address,
      });
    },
  }),
  'OS::Nova::Server': {
    description: 'A resource for managing Nova instances.',
    properties: {
      name: s('Server name.', { update_allowed: true }),
      image: s('The ID or name of the image to boot with.', { update_allowed: true }),
      flavor: s('The ID or name of the flavor to boot onto.', {
        required: true,
        update_allowed: true,
      }),
      key_name: s('Name of keypair to inject into the server.'),
      networks: {
        type: 'list',
        description:
          'An ordered list of nics to be added to this server, with information about connected networks, fixed ips, port etc.',
        update_allowed: true,
      },
      security_groups: {
        type: 'list',
        description: 'List of security group names or IDs.',
        default: [],
      },
      user_data: s('User data script to be executed by cloud-init.', {
        default: '',
        update_allowed: true,
      }),
      metadata: {
        type: 'map',
        description: 'Arbitrary key/value metadata to store for this server.',
        update_allowed: true,
      },
      availability_zone: s('Name of the availability zone for server placement.'),
    },
    attributes: {
      first_address:
        'Convenience attribute to fetch the first assigned network address, or an empty string if nothing has been assigned at this time.',
      networks:
        'A dict of assigned network addresses of the form: {"public": [ip1, ip2...], "private": [ip3, ip4], "public_uuid": [ip1, ip2...], "private_uuid": [ip3, ip4]}.',
      addresses: 'A dict of all network addresses with corresponding port_id and subnets.',
      name: 'Name of the server.',
      instance_name: 'AWS compatible instance name.',
      accessIPv4: 'The manually assigned alternative public IPv4 address of the server.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, p, ctx) {
      const flavors = obj(await cloud.call('compute', 'GET', '/flavors')).flavors as {
        id: string;
        name: string;
      }[];
      const flavor = flavors.find((f) => f.id === String(p.flavor) || f.name === String(p.flavor));
      if (!flavor) throw new CloudCallError(404, `Flavor ${String(p.flavor)} could not be found.`);
      let imageRef: string | undefined;
      if (p.image) {
        const images = (obj(await cloud.call('image', 'GET', '/v2/images?limit=1000')).images ??
          []) as { id: string; name: string }[];
        const image =
          images.find((i) => i.id === String(p.image)) ??
          images.find((i) => i.name === String(p.image));
        if (!image)
          throw new CloudCallError(404, `No images matching {'name': '${String(p.image)}'}.`);
        imageRef = image.id;
      }
      const networks = Array.isArray(p.networks)
        ? await Promise.all(
            p.networks.map(async (n) => {
              const o = obj(n);
              if (o.port) return { port: await neutronId(cloud, 'ports', o.port) };
              return compact({
                uuid: await neutronId(cloud, 'networks', o.network),
                fixed_ip: o.fixed_ip,
              });
            }),
          )
        : 'auto';
      const server = obj(
        obj(
          await cloud.call('compute', 'POST', '/servers', {
            server: compact({
              name: p.name ?? physicalName(ctx),
              flavorRef: flavor.id,
              imageRef,
              key_name: p.key_name,
              networks,
              security_groups:
                Array.isArray(p.security_groups) && p.security_groups.length
                  ? p.security_groups.map((g) => ({ name: String(g) }))
                  : undefined,
              user_data: p.user_data
                ? Buffer.from(String(p.user_data)).toString('base64')
                : undefined,
              metadata: p.metadata,
              availability_zone: p.availability_zone,
            }),
          }),
        ).server,
      );
      return { physicalId: String(server.id), attributes: {} };
    },
    async ready(cloud, id) {
      const server = obj(obj(await cloud.call('compute', 'GET', `/servers/${id}`)).server);
      if (server.status === 'ERROR') {
        const fault = obj(server.fault);
        throw new CloudCallError(
          500,
          `Went to status ERROR due to "Message: ${String(fault.message ?? 'Unknown')}, Code: ${String(fault.code ?? 500)}"`,
        );
      }
      return server.status === 'ACTIVE';
    },
    async refresh(cloud, id) {
      const server = obj(obj(await cloud.call('compute', 'GET', `/servers/${id}`)).server);
      const addresses = obj(server.addresses);
      const networks: Record<string, string[]> = {};
      let first = '';
      for (const [net, list] of Object.entries(addresses)) {
        networks[net] = (list as { addr: string }[]).map((a) => a.addr);
        first ||= networks[net][0] ?? '';
      }
      return {
        first_address: first,
        networks,
        addresses,
        name: server.name,
        instance_name: server['OS-EXT-SRV-ATTR:instance_name'] ?? server.name,
        accessIPv4: server.accessIPv4 ?? '',
        show: server,
      };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('compute', 'DELETE', `/servers/${id}`));
    },
    async gone(cloud, id) {
      return (await cloud.find('compute', `/servers/${id}`)) === null;
    },
    async suspend(cloud, id) {
      await cloud.call('compute', 'POST', `/servers/${id}/action`, { suspend: null });
    },
    async resume(cloud, id) {
      await cloud.call('compute', 'POST', `/servers/${id}/action`, { resume: null });
    },
    async check(cloud, id) {
      const server = obj(obj(await cloud.call('compute', 'GET', `/servers/${id}`)).server);
      if (server.status !== 'ACTIVE' && server.status !== 'SUSPENDED')
        throw new CloudCallError(500, `Server is in status ${String(server.status)}`);
    },
  },
  'OS::Cinder::Volume': {
    description: 'A resource that implements Cinder volumes.',
    properties: {
      size: { type: 'integer', description: 'The size of the volume in GB.', update_allowed: true },
      name: s('A name used to distinguish the volume.', { update_allowed: true }),
      description: s('A description of the volume.', { update_allowed: true }),
      image: s('If specified, the name or ID of the image to create the volume from.'),
      volume_type: s('If specified, the type of volume to use, mapping to a specific backend.'),
    },
    attributes: {
      size: 'The size of the volume in GB.',
      status: 'The current status of the volume.',
      attachments: 'The list of attachments of the volume.',
      display_name: 'Name of the volume.',
      bootable: 'Boolean indicating if the volume can be booted or not.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, p, ctx) {
      const volume = obj(
        obj(
          await cloud.call('volumev3', 'POST', '/volumes', {
            volume: compact({
              size: p.size,
              name: p.name ?? physicalName(ctx),
              description: p.description,
              imageRef: p.image,
              volume_type: p.volume_type,
            }),
          }),
        ).volume,
      );
      return { physicalId: String(volume.id), attributes: {} };
    },
    async ready(cloud, id) {
      const v = obj(obj(await cloud.call('volumev3', 'GET', `/volumes/${id}`)).volume);
      if (v.status === 'error')
        throw new CloudCallError(500, `Went to status error due to "Unknown"`);
      return v.status === 'available';
    },
    async refresh(cloud, id) {
      const v = obj(obj(await cloud.call('volumev3', 'GET', `/volumes/${id}`)).volume);
      return {
        size: v.size,
        status: v.status,
        attachments: v.attachments,
        display_name: v.name,
        bootable: v.bootable,
        show: v,
      };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('volumev3', 'DELETE', `/volumes/${id}`));
    },
    async gone(cloud, id) {
      return (await cloud.find('volumev3', `/volumes/${id}`)) === null;
    },
  },
  'OS::Cinder::VolumeAttachment': {
    description: 'Resource for associating volume to instance.',
    properties: {
      instance_uuid: s('The ID of the server to which the volume attaches.', {
        required: true,
        update_allowed: true,
      }),
      volume_id: s('The ID of the volume to be attached.', {
        required: true,
        update_allowed: true,
      }),
      mountpoint: s(
        'The location where the volume is exposed on the instance. This assignment may not be honored and it is advised that the path /dev/disk/by-id/virtio-<VolumeId> be used instead.',
        { update_allowed: true },
      ),
    },
    attributes: {},
    async create(cloud, p) {
      await cloud.call(
        'compute',
        'POST',
        `/servers/${String(p.instance_uuid)}/os-volume_attachments`,
        { volumeAttachment: compact({ volumeId: p.volume_id, device: p.mountpoint }) },
      );
      return { physicalId: `${String(p.instance_uuid)}:${String(p.volume_id)}`, attributes: {} };
    },
    async ready(cloud, id) {
      const v = obj(
        obj(await cloud.call('volumev3', 'GET', `/volumes/${id.split(':')[1]}`)).volume,
      );
      return v.status === 'in-use';
    },
    async delete(cloud, id) {
      const [server, volume] = id.split(':');
      await ignore404(
        cloud.call('compute', 'DELETE', `/servers/${server}/os-volume_attachments/${volume}`),
      );
    },
    async gone(cloud, id) {
      const v = obj(obj(await cloud.find('volumev3', `/volumes/${id.split(':')[1]}`)).volume);
      return v.status !== 'in-use' && v.status !== 'detaching';
    },
  },
  'OS::Swift::Container': {
    description: 'A resource for managing Swift containers.',
    properties: {
      name: s('Name for container. If not specified, a unique name will be generated.'),
      'X-Container-Read': s(
        'Specify the ACL permissions on who can read objects in the container.',
      ),
    } as Record<string, PropSpec>,
    attributes: {
      DomainName: 'The host from the container URL.',
      WebsiteURL: 'The URL of the container.',
      ObjectCount: 'The number of objects stored in the container.',
      BytesUsed: 'The number of bytes stored in the container.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, p, ctx) {
      const name = String(p.name ?? physicalName(ctx));
      await cloud.call('object-store', 'PUT', `/${encodeURIComponent(name)}`);
      return { physicalId: name, attributes: { ObjectCount: 0, BytesUsed: 0 } };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('object-store', 'DELETE', `/${encodeURIComponent(id)}`));
    },
  },
  'OS::Nova::ServerGroup': {
    description: 'A resource for managing a Nova server group.',
    properties: {
      name: s('Server Group name.'),
      policies: {
        type: 'list',
        description: 'A list of string policies to apply. Defaults to anti-affinity.',
        default: ['anti-affinity'],
      },
    },
    attributes: { show: 'Detailed information about resource.' },
    async create(cloud, p, ctx) {
      const policies =
        Array.isArray(p.policies) && p.policies.length ? p.policies.map(String) : ['anti-affinity'];
      const group = obj(
        obj(
          await cloud.call('compute', 'POST', '/os-server-groups', {
            server_group: { name: String(p.name ?? physicalName(ctx)), policy: policies[0] },
          }),
        ).server_group,
      );
      return { physicalId: String(group.id), attributes: { show: group } };
    },
    async delete(cloud, id) {
      await ignore404(cloud.call('compute', 'DELETE', `/os-server-groups/${id}`));
    },
  },
  'OS::Neutron::FloatingIPAssociation': {
    description: 'A resource for associating floating ips and ports.',
    properties: {
      floatingip_id: s('ID of the floating IP to associate.', {
        required: true,
        update_allowed: true,
      }),
      port_id: s(
        'ID of an existing port with at least one IP address to associate with this floating IP.',
        { required: true, update_allowed: true },
      ),
      fixed_ip_address: s('IP address to use if the port has multiple addresses.', {
        update_allowed: true,
      }),
    },
    attributes: {},
    async create(cloud, p) {
      const port = await neutronId(cloud, 'ports', p.port_id);
      await cloud.call('network', 'PUT', `/v2.0/floatingips/${String(p.floatingip_id)}`, {
        floatingip: compact({ port_id: port, fixed_ip_address: p.fixed_ip_address }),
      });
      return { physicalId: `${String(p.floatingip_id)}:${port}`, attributes: {} };
    },
    async delete(cloud, id) {
      await ignore404(
        cloud.call('network', 'PUT', `/v2.0/floatingips/${id.split(':')[0]}`, {
          floatingip: { port_id: null },
        }),
      );
    },
  },
  'OS::Heat::ResourceGroup': {
    description: 'Creates one or more identically configured nested resources.',
    properties: {
      count: {
        type: 'integer',
        description: 'The number of resources to create.',
        default: 1,
        update_allowed: true,
      },
      index_var: s(
        'A variable that this resource will use to replace with the current index of a given resource in the group.',
        { default: '%index%' },
      ),
      resource_def: {
        type: 'map',
        description:
          'Resource definition for the resources in the group. The value of this property is the definition of a resource just as if it had been declared in the template itself.',
        required: true,
        update_allowed: true,
      },
    },
    attributes: {
      attributes:
        'A map of resource attributes to their values for each resource in the group: {get_attr: [group, attributes, name]} is the list of every member\'s "name".',
      refs: 'A list of resource IDs for the resources in the group.',
      refs_map: 'A map of resource names to IDs for the resources in the group.',
      removed_rsrc_list: 'A list of removed resource names.',
      show: 'Detailed information about resource.',
    },
    // resource.<n> is member n's id; resource.<n>.<attr> (or [group, resource.<n>, attr]) its attribute.
    attributePattern: /^resource\.\d+(\..+)?$/,
    async create(cloud, p, ctx) {
      const def = obj(p.resource_def);
      const type = String(def.type);
      const member = RESOURCE_TYPES[type];
      if (!member || type === 'OS::Heat::ResourceGroup')
        throw new CloudCallError(400, `The Resource Type (${type}) could not be found.`);
      const indexVar = String(p.index_var ?? '%index%');
      const count = Number(p.count ?? 1);
      const members: { id: string; attributes: Record<string, unknown> }[] = [];
      for (let i = 0; i < count; i++) {
        const withIndex = (v: unknown): unknown =>
          typeof v === 'string'
            ? v.split(indexVar).join(String(i))
            : Array.isArray(v)
              ? v.map(withIndex)
              : typeof v === 'object' && v !== null
                ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withIndex(x)]))
                : v;
        const made = await member.create(cloud, obj(withIndex(obj(def.properties))), {
          name: String(i),
          stackName: `${ctx.stackName}-${ctx.name}`,
        });
        if (member.ready)
          while (!(await member.ready(cloud, made.physicalId)))
            await new Promise((r) => setTimeout(r, 50));
        const attributes = member.refresh
          ? { ...made.attributes, ...(await member.refresh(cloud, made.physicalId)) }
          : made.attributes;
        members.push({ id: made.physicalId, attributes });
      }
      const refs = members.map((m) => m.id);
      const names = [...new Set(members.flatMap((m) => Object.keys(m.attributes)))];
      return {
        physicalId: JSON.stringify({ type, refs }),
        attributes: {
          refs,
          refs_map: Object.fromEntries(refs.map((r, i) => [String(i), r])),
          removed_rsrc_list: [],
          attributes: Object.fromEntries(
            names.map((n) => [n, members.map((m) => m.attributes[n] ?? null)]),
          ),
          ...Object.fromEntries(
            members.flatMap((m, i) => [
              [`resource.${i}`, m.id],
              ...Object.entries(m.attributes).map(([n, v]) => [`resource.${i}.${n}`, v]),
            ]),
          ),
        },
      };
    },
    async delete(cloud, id) {
      const { type, refs } = JSON.parse(id) as { type: string; refs: string[] };
      const member = RESOURCE_TYPES[type];
      for (const ref of [...refs].reverse()) {
        await member?.delete?.(cloud, ref);
        if (member?.gone)
          while (!(await member.gone(cloud, ref))) await new Promise((r) => setTimeout(r, 50));
      }
    },
  },
};
