import { describe, expect, it } from 'vitest';
import { floatingIpsApi } from './floating-ips';
import { routersApi } from './routers';
import { securityGroupsApi } from './security-groups';
import type { OsRequest, Transport } from '../http';

const ROUTER = {
  id: 'r1',
  name: 'edge',
  status: 'ACTIVE',
  admin_state_up: true,
  external_gateway_info: null,
  routes: [],
};

function recording(answer: unknown): { transport: Transport; requests: OsRequest[] } {
  const requests: OsRequest[] = [];
  return {
    requests,
    transport: {
      send: async (request) => {
        requests.push(request);
        return Response.json(answer);
      },
    },
  };
}

describe('router requests', () => {
  it('sends only what is set; null clears the gateway with an empty object', async () => {
    const { transport, requests } = recording({ router: ROUTER });
    const api = routersApi(transport);
    await api.createRouter({ name: 'edge', gateway: { networkId: 'pub' } });
    await api.updateRouter('r1', { gateway: null });
    await api.updateRouter('r1', {
      gateway: { networkId: 'pub', enableSnat: false, externalFixedIps: [{ subnetId: 's' }] },
    });
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'POST',
        '/v2.0/routers',
        { router: { name: 'edge', external_gateway_info: { network_id: 'pub' } } },
      ],
      ['PUT', '/v2.0/routers/r1', { router: { external_gateway_info: {} } }],
      [
        'PUT',
        '/v2.0/routers/r1',
        {
          router: {
            external_gateway_info: {
              network_id: 'pub',
              enable_snat: false,
              external_fixed_ips: [{ subnet_id: 's' }],
            },
          },
        },
      ],
    ]);
  });

  it('reads the next marker from routers_links and passes filters as query parameters', async () => {
    const { transport, requests } = recording({
      routers: [ROUTER],
      routers_links: [{ rel: 'next', href: 'http://n/v2.0/routers?limit=1&marker=r1' }],
    });
    const page = await routersApi(transport).listRouters({ limit: 1, filters: { name: 'edge' } });
    expect(page).toEqual({ items: [expect.objectContaining({ id: 'r1' })], next: 'r1' });
    expect(requests[0]?.query).toEqual({ name: 'edge', limit: 1, marker: undefined });
  });

  it('sends availability zone hints on create only when some are given', async () => {
    const { transport, requests } = recording({ router: ROUTER });
    const api = routersApi(transport);
    await api.createRouter({ name: 'edge', availabilityZoneHints: ['az1', 'az2'] });
    await api.createRouter({ name: 'edge', availabilityZoneHints: [] });
    expect(requests.map((r) => r.body)).toEqual([
      { router: { name: 'edge', availability_zone_hints: ['az1', 'az2'] } },
      { router: { name: 'edge' } },
    ]);
  });

  it('names the interface by subnet or by port', async () => {
    const info = { id: 'r1', port_id: 'p', subnet_id: 's', subnet_ids: ['s'], network_id: 'n' };
    const { transport, requests } = recording(info);
    const api = routersApi(transport);
    await api.addRouterInterface('r1', { subnetId: 's' });
    await api.removeRouterInterface('r1', { portId: 'p' });
    expect(requests.map((r) => [r.path, r.body])).toEqual([
      ['/v2.0/routers/r1/add_router_interface', { subnet_id: 's' }],
      ['/v2.0/routers/r1/remove_router_interface', { port_id: 'p' }],
    ]);
  });
});

describe('floating IP and rule requests', () => {
  it('disassociates with port_id null', async () => {
    const fip = {
      id: 'f',
      floating_ip_address: '172.24.4.9',
      floating_network_id: 'pub',
      router_id: null,
      port_id: null,
      fixed_ip_address: null,
      status: 'DOWN',
    };
    const { transport, requests } = recording({ floatingip: fip });
    await floatingIpsApi(transport).updateFloatingIp('f', { portId: null });
    expect(requests[0]?.body).toEqual({ floatingip: { port_id: null } });
  });

  it("sends a rule's fields under Neutron's names, leaving out what is not given", async () => {
    const rule = {
      id: 'x',
      security_group_id: 'g',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: null,
      remote_group_id: null,
    };
    const { transport, requests } = recording({ security_group_rule: rule });
    await securityGroupsApi(transport).createSecurityGroupRule({
      securityGroupId: 'g',
      direction: 'ingress',
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
    });
    expect(requests[0]?.body).toEqual({
      security_group_rule: {
        security_group_id: 'g',
        direction: 'ingress',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
      },
    });
  });
});
