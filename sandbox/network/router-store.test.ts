import { describe, expect, it } from 'vitest';
import { applyAssociation, associationFor } from './floating-ip-store';
import { createPort } from './port-store';
import { standardAttrs } from './records';
import {
  addInterfaceByPort,
  addInterfaceBySubnet,
  deleteRouter,
  interfacePorts,
  newRouter,
  removeInterface,
  setGateway,
} from './router-store';
import {
  emptyNetworkRegion,
  type NetworkRecord,
  type NetworkRegionState,
  type SubnetRecord,
} from './schema';
import type { NeutronError } from './errors';

const NOW = Date.UTC(2026, 0, 1);

function network(region: NetworkRegionState, name: string, external = false): NetworkRecord {
  const record: NetworkRecord = {
    ...standardAttrs('p1', NOW),
    name,
    adminStateUp: true,
    status: 'ACTIVE',
    shared: false,
    external,
    isDefault: false,
    mtu: 1450,
    portSecurityEnabled: true,
    providerNetworkType: 'vxlan',
    providerPhysicalNetwork: null,
    providerSegmentationId: null,
  };
  region.networks.push(record);
  return record;
}

function subnet(
  region: NetworkRegionState,
  net: NetworkRecord,
  cidr: string,
  gatewayIp: string | null,
): SubnetRecord {
  const base = cidr.split('/')[0]!.split('.').slice(0, 3).join('.');
  const record: SubnetRecord = {
    ...standardAttrs('p1', NOW),
    name: '',
    networkId: net.id,
    ipVersion: 4,
    cidr,
    gatewayIp,
    enableDhcp: true,
    allocationPools: [{ start: `${base}.2`, end: `${base}.254` }],
    dnsNameservers: [],
    hostRoutes: [],
    ipv6AddressMode: null,
    ipv6RaMode: null,
  };
  region.subnets.push(record);
  return record;
}

function refusal(fn: () => void): { type: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as NeutronError;
    return { type: e.type, message: e.message };
  }
  throw new Error('expected a refusal');
}

function world() {
  const region = emptyNetworkRegion();
  const pub = network(region, 'public', true);
  const pubSubnet = subnet(region, pub, '172.24.4.0/24', '172.24.4.1');
  const priv = network(region, 'private');
  const privSubnet = subnet(region, priv, '10.0.0.0/24', '10.0.0.1');
  const router = newRouter(
    { projectId: 'p1', name: 'r', description: '', adminStateUp: true },
    NOW,
  );
  region.routers.push(router);
  return { region, pub, pubSubnet, priv, privSubnet, router };
}

describe('router gateway', () => {
  it('takes an address on the external subnet with a router_gateway port, and refuses other networks', () => {
    const { region, pub, pubSubnet, priv, router } = world();
    setGateway(region, router, { networkId: pub.id, enableSnat: true }, NOW);
    expect(router.gateway?.externalFixedIps[0]?.subnetId).toBe(pubSubnet.id);
    const gw = region.ports.find((p) => p.deviceId === router.id);
    expect(gw).toMatchObject({
      deviceOwner: 'network:router_gateway',
      projectId: '',
      securityGroups: [],
    });
    expect(
      refusal(() => setGateway(region, router, { networkId: priv.id, enableSnat: true }, NOW))
        .message,
    ).toBe(`Bad router request: Network ${priv.id} is not an external network.`);
    setGateway(region, router, null, NOW);
    expect(router.gateway).toBeNull();
    expect(region.ports.some((p) => p.deviceId === router.id)).toBe(false);
  });
});

describe('router interfaces', () => {
  it("by subnet: a router_interface port on the subnet's gateway IP", () => {
    const { region, privSubnet, router } = world();
    const port = addInterfaceBySubnet(region, router, privSubnet, NOW);
    expect(port).toMatchObject({
      deviceId: router.id,
      deviceOwner: 'network:router_interface',
      fixedIps: [{ subnetId: privSubnet.id, ipAddress: '10.0.0.1' }],
      securityGroups: [],
    });
  });

  it('refuses a subnet without gateway and one overlapping an attached subnet', () => {
    const { region, priv, privSubnet, router } = world();
    addInterfaceBySubnet(region, router, privSubnet, NOW);
    const bare = subnet(region, network(region, 'x'), '10.9.0.0/24', null);
    expect(refusal(() => addInterfaceBySubnet(region, router, bare, NOW)).message).toBe(
      'Bad router request: Subnet for router interface must have a gateway IP.',
    );
    const overlapping = subnet(region, network(region, 'y'), '10.0.0.0/16', '10.0.200.1');
    expect(refusal(() => addInterfaceBySubnet(region, router, overlapping, NOW)).message).toBe(
      `Bad router request: Cidr 10.0.0.0/16 of subnet ${overlapping.id} overlaps with cidr 10.0.0.0/24 of subnet ${privSubnet.id}.`,
    );
    expect(priv.id).toBeTruthy();
  });

  it('by port: refuses a port already in use; a router with interfaces is in use', () => {
    const { region, priv, router } = world();
    const port = createPort(region, { projectId: 'p1', network: priv }, NOW);
    addInterfaceByPort(region, router, port, NOW);
    expect(port.deviceOwner).toBe('network:router_interface');
    expect(refusal(() => addInterfaceByPort(region, router, port, NOW)).type).toBe('PortInUse');
    expect(refusal(() => deleteRouter(region, router))).toEqual({
      type: 'RouterInUse',
      message: `Router ${router.id} has ports still attached: ${port.id}`,
    });
  });

  it('keeps an interface a route or a floating IP needs; removing it deletes the port', () => {
    const { region, pub, priv, privSubnet, router } = world();
    setGateway(region, router, { networkId: pub.id, enableSnat: true }, NOW);
    const iface = addInterfaceBySubnet(region, router, privSubnet, NOW);
    router.routes = [{ destination: '10.1.0.0/24', nexthop: '10.0.0.9' }];
    expect(refusal(() => removeInterface(region, router, iface, NOW)).type).toBe(
      'RouterInterfaceInUseByRoute',
    );
    router.routes = [];

    const vm = createPort(region, { projectId: 'p1', network: priv }, NOW);
    const fip = {
      ...standardAttrs('p1', NOW),
      floatingNetworkId: pub.id,
      floatingIpAddress: '172.24.4.50',
      routerId: null,
      portId: null,
      fixedIpAddress: null,
      status: 'DOWN',
    };
    region.floatingIps.push(fip);
    applyAssociation(fip, associationFor(region, fip, vm, undefined));
    expect(fip.routerId).toBe(router.id);
    expect(refusal(() => removeInterface(region, router, iface, NOW)).type).toBe(
      'RouterInterfaceInUseByFloatingIP',
    );
    expect(refusal(() => setGateway(region, router, null, NOW)).type).toBe(
      'RouterExternalGatewayInUseByFloatingIp',
    );

    applyAssociation(fip, null);
    removeInterface(region, router, iface, NOW);
    expect(interfacePorts(region, router.id)).toEqual([]);
    expect(region.ports.some((p) => p.id === iface.id)).toBe(false);
  });
});

describe('floating IP association', () => {
  it('needs a router joining the port subnet to the external network', () => {
    const { region, pub, priv, privSubnet } = world();
    const vm = createPort(region, { projectId: 'p1', network: priv }, NOW);
    const fip = { id: 'f1', floatingNetworkId: pub.id, floatingIpAddress: '172.24.4.50' };
    expect(refusal(() => associationFor(region, fip, vm, undefined))).toEqual({
      type: 'ExternalGatewayForFloatingIPNotFound',
      message: `External network ${pub.id} is not reachable from subnet ${privSubnet.id}.  Therefore, cannot associate Port ${vm.id} with a Floating IP.`,
    });
    const twoIps = createPort(
      region,
      {
        projectId: 'p1',
        network: priv,
        fixedIps: [{ subnetId: privSubnet.id }, { subnetId: privSubnet.id }],
      },
      NOW,
    );
    expect(refusal(() => associationFor(region, fip, twoIps, undefined)).message).toBe(
      `Bad floatingip request: Port ${twoIps.id} has multiple fixed IPv4 addresses.  Must provide a specific IPv4 address when assigning a floating IP.`,
    );
    expect(refusal(() => associationFor(region, fip, vm, '10.0.0.250')).message).toBe(
      `Bad floatingip request: Port ${vm.id} does not have fixed ip 10.0.0.250.`,
    );
  });
});
