// Project → Network → Routers: the equivalent commands (openstack CLI,
// openstacksdk, HOT). Checked for real against the devcloud by routers-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export interface GatewaySpec {
  /** External network ID (or the placeholder while none is chosen). */
  network: string;
  /** Sent only when set (admins); Neutron's default is enabled. */
  enableSnat?: boolean;
  fixedIp?: string;
}

export interface CreateRouterSpec {
  name: string;
  adminStateUp: boolean;
  gateway?: GatewaySpec;
  azHints?: string[];
}

const join = (lines: (string | false | undefined)[]) =>
  lines.filter((l): l is string => typeof l === 'string').join('\n');

const pyBool = (b: boolean) => (b ? 'True' : 'False');

function cliGateway(g: GatewaySpec): string {
  return [
    ` --external-gateway ${sh(g.network)}`,
    g.enableSnat === undefined ? '' : g.enableSnat ? ' --enable-snat' : ' --disable-snat',
    g.fixedIp ? ` --fixed-ip ip-address=${sh(g.fixedIp)}` : '',
  ].join('');
}

function sdkGateway(g: GatewaySpec): string {
  const parts = [`"network_id": ${py(g.network)}`];
  if (g.enableSnat !== undefined) parts.push(`"enable_snat": ${pyBool(g.enableSnat)}`);
  if (g.fixedIp) parts.push(`"external_fixed_ips": [{"ip_address": ${py(g.fixedIp)}}]`);
  return `{${parts.join(', ')}}`;
}

function hotGateway(g: GatewaySpec, indent: string): string[] {
  return [
    `${indent}external_gateway_info:`,
    `${indent}  network: ${yaml(g.network)}`,
    ...(g.enableSnat === undefined ? [] : [`${indent}  enable_snat: ${String(g.enableSnat)}`]),
    ...(g.fixedIp
      ? [`${indent}  external_fixed_ips:`, `${indent}    - ip_address: ${yaml(g.fixedIp)}`]
      : []),
  ];
}

export function createRouterEquivalents(spec: CreateRouterSpec): Equivalents {
  const resource = hotName(spec.name, 'router');
  const azs = spec.azHints ?? [];
  return {
    cli: [
      'openstack router create',
      spec.adminStateUp ? '' : ' --disable',
      spec.gateway ? cliGateway(spec.gateway) : '',
      azs.map((az) => ` --availability-zone-hint ${sh(az)}`).join(''),
      ` ${sh(spec.name)}`,
    ].join(''),
    sdk: join([
      ...SDK_CONNECT_LINES,
      'router = conn.network.create_router(',
      `    name=${py(spec.name)},`,
      `    admin_state_up=${pyBool(spec.adminStateUp)},`,
      spec.gateway && `    external_gateway_info=${sdkGateway(spec.gateway)},`,
      azs.length > 0 && `    availability_zone_hints=[${azs.map(py).join(', ')}],`,
      ')',
      'print(router.id)',
    ]),
    hot: join([
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Neutron::Router',
      '    properties:',
      `      name: ${yaml(spec.name)}`,
      `      admin_state_up: ${String(spec.adminStateUp)}`,
      ...(spec.gateway ? hotGateway(spec.gateway, '      ') : []),
      azs.length > 0 && `      availability_zone_hints: [${azs.map(yaml).join(', ')}]`,
      '',
      'outputs:',
      '  router_id:',
      `    value: { get_resource: ${resource} }`,
    ]),
  };
}

const HOT_EXISTING = [
  '# Heat changes only the routers its stacks made: set this on the',
  "# stack's OS::Neutron::Router, then openstack stack update.",
];

export function editRouterEquivalents(
  routerId: string,
  name: string,
  adminStateUp: boolean,
): Equivalents {
  return {
    cli: `openstack router set --name ${sh(name)} ${adminStateUp ? '--enable' : '--disable'} ${sh(routerId)}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      `conn.network.update_router(${py(routerId)}, name=${py(name)}, admin_state_up=${pyBool(adminStateUp)})`,
    ]),
    hot: join([
      ...HOT_EXISTING,
      '    type: OS::Neutron::Router',
      '    properties:',
      `      name: ${yaml(name)}`,
      `      admin_state_up: ${String(adminStateUp)}`,
    ]),
  };
}

export function setGatewayEquivalents(routerId: string, gateway: GatewaySpec): Equivalents {
  return {
    cli: `openstack router set${cliGateway(gateway)} ${sh(routerId)}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      '# external_gateway_info on the router itself: plain Neutron has no add_gateway_router call.',
      `conn.network.update_router(${py(routerId)}, external_gateway_info=${sdkGateway(gateway)})`,
    ]),
    hot: join([
      ...HOT_EXISTING,
      '    type: OS::Neutron::Router',
      '    properties:',
      ...hotGateway(gateway, '      '),
    ]),
  };
}

export function clearGatewayEquivalents(routerIds: string[]): Equivalents {
  return {
    cli: routerIds.map((id) => `openstack router unset --external-gateway ${sh(id)}`).join('\n'),
    sdk: join([
      ...SDK_CONNECT_LINES,
      ...routerIds.map((id) => `conn.network.update_router(${py(id)}, external_gateway_info={})`),
    ]),
    hot: join([...HOT_EXISTING, '# remove external_gateway_info from its properties.']),
  };
}

export interface InterfaceSpec {
  subnetId: string;
  networkId: string;
  ipAddress?: string;
}

/** By subnet (the subnet's gateway IP), or with an address: a port first, then the port. */
export function addInterfaceEquivalents(routerId: string, spec: InterfaceSpec): Equivalents {
  const ip = spec.ipAddress;
  return {
    cli: ip
      ? join([
          `port=$(openstack port create --network ${sh(spec.networkId)} --fixed-ip subnet=${sh(spec.subnetId)},ip-address=${sh(ip)} -f value -c id '')`,
          `openstack router add port ${sh(routerId)} "$port"`,
        ])
      : `openstack router add subnet ${sh(routerId)} ${sh(spec.subnetId)}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      ...(ip
        ? [
            'port = conn.network.create_port(',
            `    network_id=${py(spec.networkId)},`,
            `    fixed_ips=[{"subnet_id": ${py(spec.subnetId)}, "ip_address": ${py(ip)}}],`,
            ')',
            `conn.network.add_interface_to_router(${py(routerId)}, port_id=port.id)`,
          ]
        : [
            `conn.network.add_interface_to_router(${py(routerId)}, subnet_id=${py(spec.subnetId)})`,
          ]),
    ]),
    hot: join([
      HOT_VERSION,
      '',
      'resources:',
      ...(ip
        ? [
            '  router_port:',
            '    type: OS::Neutron::Port',
            '    properties:',
            `      network: ${yaml(spec.networkId)}`,
            '      fixed_ips:',
            `        - subnet: ${yaml(spec.subnetId)}`,
            `          ip_address: ${yaml(ip)}`,
          ]
        : []),
      '  router_interface:',
      '    type: OS::Neutron::RouterInterface',
      '    properties:',
      `      router: ${yaml(routerId)}`,
      ip ? '      port: { get_resource: router_port }' : `      subnet: ${yaml(spec.subnetId)}`,
    ]),
  };
}

export function removeInterfaceEquivalents(routerId: string, portIds: string[]): Equivalents {
  return {
    cli: portIds.map((p) => `openstack router remove port ${sh(routerId)} ${sh(p)}`).join('\n'),
    sdk: join([
      ...SDK_CONNECT_LINES,
      ...portIds.map(
        (p) => `conn.network.remove_interface_from_router(${py(routerId)}, port_id=${py(p)})`,
      ),
    ]),
    hot: join([
      '# An interface made by a stack goes away with it: remove its',
      '# OS::Neutron::RouterInterface resource, then openstack stack update.',
    ]),
  };
}

export interface RouteSpec {
  destination: string;
  nexthop: string;
}

const cliRoutes = (routes: RouteSpec[]) =>
  routes.map((r) => ` --route destination=${sh(r.destination)},gateway=${sh(r.nexthop)}`).join('');

const sdkRoutes = (routes: RouteSpec[]) =>
  `{"router": {"routes": [${routes
    .map((r) => `{"destination": ${py(r.destination)}, "nexthop": ${py(r.nexthop)}}`)
    .join(', ')}]}}`;

/** extraroute-atomic: adds without replacing the router's other routes. */
export function addRoutesEquivalents(routerId: string, routes: RouteSpec[]): Equivalents {
  return {
    cli: `openstack router add route${cliRoutes(routes)} ${sh(routerId)}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      `conn.network.add_extra_routes_to_router(${py(routerId)}, ${sdkRoutes(routes)})`,
    ]),
    hot: join([
      HOT_VERSION,
      '',
      '# OS::Neutron::ExtraRoute is deprecated: ExtraRouteSet adds its routes',
      "# atomically and leaves the router's other routes alone.",
      'resources:',
      '  static_routes:',
      '    type: OS::Neutron::ExtraRouteSet',
      '    properties:',
      `      router: ${yaml(routerId)}`,
      '      routes:',
      ...routes.flatMap((r) => [
        `        - destination: ${yaml(r.destination)}`,
        `          nexthop: ${yaml(r.nexthop)}`,
      ]),
    ]),
  };
}

export function removeRoutesEquivalents(routerId: string, routes: RouteSpec[]): Equivalents {
  return {
    cli: `openstack router remove route${cliRoutes(routes)} ${sh(routerId)}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      `conn.network.remove_extra_routes_from_router(${py(routerId)}, ${sdkRoutes(routes)})`,
    ]),
    hot: join([
      '# Routes a stack added go away with their OS::Neutron::ExtraRouteSet:',
      '# remove them from its routes, then openstack stack update.',
    ]),
  };
}

export function deleteRouterEquivalents(routerIds: string[]): Equivalents {
  return {
    cli: `openstack router delete ${routerIds.map(sh).join(' ')}`,
    sdk: join([
      ...SDK_CONNECT_LINES,
      ...routerIds.map((id) => `conn.network.delete_router(${py(id)})`),
    ]),
    hot: join([
      '# A router made by a stack goes away with it: remove its',
      '# OS::Neutron::Router (and its interfaces), then openstack stack update,',
      '# or openstack stack delete <stack>.',
    ]),
  };
}
