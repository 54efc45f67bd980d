import { NeutronError, notFound } from './errors';
import { createPort, deletePortRecord, networkSubnets, type FixedIpRequest } from './port-store';
import { standardAttrs, touch } from './records';
import { checkNewInterfaceSubnet, routesThrough, type RouterSubnet } from './router-rules';
import type { NetworkRegionState, PortRecord, RouterRecord, SubnetRecord } from './schema';

// Routers' state changes as neutron's l3_db makes them (api-ref network v2
// "Routers"): the gateway port on the external network, interface ports, and
// what keeps a router, an interface or a gateway in use.

export const INTERFACE_OWNER = 'network:router_interface';
export const GATEWAY_OWNER = 'network:router_gateway';

export interface GatewayRequest {
  networkId: string;
  enableSnat: boolean;
  fixedIps?: FixedIpRequest[];
}

export function routerPorts(region: NetworkRegionState, routerId: string): PortRecord[] {
  return region.ports.filter(
    (p) => p.deviceId === routerId && p.deviceOwner.startsWith('network:router_'),
  );
}

export function interfacePorts(region: NetworkRegionState, routerId: string): PortRecord[] {
  return routerPorts(region, routerId).filter((p) => p.deviceOwner === INTERFACE_OWNER);
}

/** Every subnet a router has an address on (gateway included), for overlap and next hops. */
export function routerSubnets(region: NetworkRegionState, routerId: string): RouterSubnet[] {
  const ids = routerPorts(region, routerId).flatMap((p) => p.fixedIps.map((ip) => ip.subnetId));
  return region.subnets.filter((s) => ids.includes(s.id));
}

export function routerIps(region: NetworkRegionState, routerId: string): string[] {
  return routerPorts(region, routerId).flatMap((p) => p.fixedIps.map((ip) => ip.ipAddress));
}

function gatewayInUse(region: NetworkRegionState, router: RouterRecord): void {
  if (!router.gateway) return;
  const networkId = router.gateway.networkId;
  if (
    region.floatingIps.some((f) => f.routerId === router.id && f.floatingNetworkId === networkId)
  ) {
    throw new NeutronError(
      409,
      'RouterExternalGatewayInUseByFloatingIp',
      `Gateway cannot be updated for router ${router.id}, since a gateway to external network ${networkId} is required by one or more floating IPs.`,
    );
  }
}

function removeGatewayPort(region: NetworkRegionState, router: RouterRecord, keep?: string): void {
  for (const port of routerPorts(region, router.id)) {
    if (port.deviceOwner === GATEWAY_OWNER && port.id !== keep) deletePortRecord(region, port.id);
  }
  router.gateway = null;
}

/** Sets, changes or (with null) clears the external gateway. */
export function setGateway(
  region: NetworkRegionState,
  router: RouterRecord,
  request: GatewayRequest | null,
  now: number,
): void {
  if (request === null) {
    if (router.gateway) {
      gatewayInUse(region, router);
      removeGatewayPort(region, router);
    }
    return;
  }
  const network = region.networks.find((n) => n.id === request.networkId);
  if (!network) throw notFound('network', request.networkId);
  if (!network.external) {
    throw new NeutronError(
      400,
      'BadRequest',
      `Bad router request: Network ${network.id} is not an external network.`,
    );
  }
  const sameNetwork = router.gateway?.networkId === network.id;
  if (sameNetwork && router.gateway && request.fixedIps === undefined) {
    router.gateway.enableSnat = request.enableSnat;
    return;
  }
  if (!sameNetwork) gatewayInUse(region, router);
  if (networkSubnets(region, network.id).length === 0) {
    throw new NeutronError(
      400,
      'BadRequest',
      `Bad router request: No subnets defined on network ${network.id}.`,
    );
  }
  const port = createPort(
    region,
    {
      projectId: '',
      network,
      fixedIps: request.fixedIps,
      portSecurityEnabled: false,
      securityGroups: [],
      deviceId: router.id,
      deviceOwner: GATEWAY_OWNER,
    },
    now,
  );
  removeGatewayPort(region, router, port.id);
  router.gateway = {
    networkId: network.id,
    enableSnat: request.enableSnat,
    externalFixedIps: port.fixedIps.map((ip) => ({ ...ip })),
  };
}

export function newRouter(
  fields: { projectId: string; name: string; description: string; adminStateUp: boolean },
  now: number,
): RouterRecord {
  return {
    ...standardAttrs(fields.projectId, now, fields.description),
    name: fields.name,
    adminStateUp: fields.adminStateUp,
    status: 'ACTIVE',
    gateway: null,
    routes: [],
  };
}

/** delete_router: refused while interfaces remain; the gateway port goes with it. */
export function deleteRouter(region: NetworkRegionState, router: RouterRecord): void {
  const attached = interfacePorts(region, router.id);
  if (attached.length > 0) {
    throw new NeutronError(
      409,
      'RouterInUse',
      `Router ${router.id} has ports still attached: ${attached.map((p) => p.id).join(', ')}`,
    );
  }
  removeGatewayPort(region, router);
  region.routers = region.routers.filter((r) => r.id !== router.id);
}

const routerBad = (message: string) =>
  new NeutronError(400, 'BadRequest', `Bad router request: ${message}.`);

/** add_router_interface by subnet: a new port holding the subnet's gateway IP. */
export function addInterfaceBySubnet(
  region: NetworkRegionState,
  router: RouterRecord,
  subnet: SubnetRecord,
  now: number,
): PortRecord {
  if (!subnet.gatewayIp) throw routerBad('Subnet for router interface must have a gateway IP');
  checkNewInterfaceSubnet(routerSubnets(region, router.id), subnet);
  const network = region.networks.find((n) => n.id === subnet.networkId);
  if (!network) throw notFound('network', subnet.networkId);
  const port = createPort(
    region,
    {
      projectId: subnet.projectId,
      network,
      fixedIps: [{ subnetId: subnet.id, ipAddress: subnet.gatewayIp }],
      securityGroups: [],
      deviceId: router.id,
      deviceOwner: INTERFACE_OWNER,
    },
    now,
  );
  touch(router, now);
  return port;
}

/** add_router_interface by port: an unused port with a fixed IP becomes the interface. */
export function addInterfaceByPort(
  region: NetworkRegionState,
  router: RouterRecord,
  port: PortRecord,
  now: number,
): void {
  if (port.deviceId !== '') {
    throw new NeutronError(
      409,
      'PortInUse',
      `Unable to complete operation on port ${port.id} for network ${port.networkId}. Port already has an attached device ${port.deviceId}.`,
    );
  }
  if (port.fixedIps.length === 0) throw routerBad('Router port must have at least one fixed IP');
  const attached = routerSubnets(region, router.id);
  for (const ip of port.fixedIps) {
    const subnet = region.subnets.find((s) => s.id === ip.subnetId);
    if (subnet) checkNewInterfaceSubnet(attached, subnet);
  }
  port.deviceId = router.id;
  port.deviceOwner = INTERFACE_OWNER;
  touch(port, now);
  touch(router, now);
}

/** remove_router_interface: refused while routes or floating IPs need the subnet. */
export function removeInterface(
  region: NetworkRegionState,
  router: RouterRecord,
  port: PortRecord,
  now: number,
): void {
  for (const ip of port.fixedIps) {
    const subnet = region.subnets.find((s) => s.id === ip.subnetId);
    if (!subnet) continue;
    if (routesThrough(router.routes, subnet).length > 0) {
      throw new NeutronError(
        409,
        'RouterInterfaceInUseByRoute',
        `Router interface for subnet ${subnet.id} on router ${router.id} cannot be deleted, as it is required by one or more routes.`,
      );
    }
    const needed = region.floatingIps.some((f) => {
      if (f.routerId !== router.id || f.portId === null) return false;
      const target = region.ports.find((p) => p.id === f.portId);
      return target?.fixedIps.some((t) => t.subnetId === subnet.id) ?? false;
    });
    if (needed) {
      throw new NeutronError(
        409,
        'RouterInterfaceInUseByFloatingIP',
        `Router interface for subnet ${subnet.id} on router ${router.id} cannot be deleted, as it is required by one or more floating IPs.`,
      );
    }
  }
  deletePortRecord(region, port.id);
  touch(router, now);
}
