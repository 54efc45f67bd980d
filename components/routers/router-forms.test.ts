import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Router } from '@/lib/openstack/network/router-schemas';
import type { PublicSession } from '@/lib/session-token';
import { addInterface, createRouterPreview, interfaceChoices } from './router-forms';

const ROUTER = { id: 'r1', name: 'edge' } as Router;
const SESSION = { project: { id: 'p1', name: 'demo' }, roles: ['member'] } as PublicSession;
const SUBNETS = [{ id: 's1', cidr: '10.9.0.0/24', networkId: 'n1', label: 'net: 10.9.0.0/24' }];

function fakeNetworkApi(network: Record<string, unknown>): Api {
  // Only the calls these functions make; anything else would throw.
  return { network } as unknown as Api;
}

describe('Add Interface', () => {
  it("offers the project's and shared subnets, not external ones or those already on the router", async () => {
    const api = fakeNetworkApi({
      listNetworks: vi.fn(async (filters: Record<string, unknown>) =>
        filters.shared
          ? [{ id: 'shared', name: 'campus', shared: true }]
          : [
              { id: 'n1', name: 'net' },
              { id: 'pub', name: 'public', 'router:external': true },
            ],
      ),
      listSubnets: vi.fn(async () => [
        { id: 's1', name: 'a', network_id: 'n1', cidr: '10.9.0.0/24' },
        { id: 's2', name: '', network_id: 'n1', cidr: '10.8.0.0/24' },
        { id: 's3', name: 'c', network_id: 'shared', cidr: '10.7.0.0/24' },
        { id: 'sp', name: 'p', network_id: 'pub', cidr: '172.24.4.0/24' },
        { id: 'sx', name: 'x', network_id: 'other-project', cidr: '10.6.0.0/24' },
      ]),
      pagePorts: vi.fn(async () => ({
        items: [{ fixed_ips: [{ subnet_id: 's2', ip_address: '10.8.0.1' }] }],
      })),
    });
    const choices = await interfaceChoices(api, SESSION, ROUTER);
    expect(choices.map((c) => c.label)).toEqual([
      'campus: 10.7.0.0/24 (c)',
      'net: 10.9.0.0/24 (a)',
    ]);
    expect(api.network.listNetworks).toHaveBeenCalledWith({ project_id: 'p1' });
  });

  it('by subnet without an address; with one, a port first, deleted again if the router refuses it', async () => {
    const refusal = new Error('Bad router request: Cidr 10.9.0.0/24 of subnet s1 overlaps');
    const network = {
      addRouterInterface: vi.fn(async () => ({})),
      createPort: vi.fn(async () => ({ id: 'port-1' })),
      deletePort: vi.fn(async () => undefined),
    };
    const api = fakeNetworkApi(network);
    await addInterface(api, ROUTER, SUBNETS, { subnet: 's1', ip_address: '' });
    expect(network.addRouterInterface).toHaveBeenLastCalledWith('r1', { subnetId: 's1' });
    expect(network.createPort).not.toHaveBeenCalled();

    await addInterface(api, ROUTER, SUBNETS, { subnet: 's1', ip_address: '10.9.0.254' });
    expect(network.createPort).toHaveBeenCalledWith({
      network_id: 'n1',
      fixed_ips: [{ subnet_id: 's1', ip_address: '10.9.0.254' }],
    });
    expect(network.addRouterInterface).toHaveBeenLastCalledWith('r1', { portId: 'port-1' });
    expect(network.deletePort).not.toHaveBeenCalled();

    network.addRouterInterface.mockRejectedValueOnce(refusal);
    await expect(
      addInterface(api, ROUTER, SUBNETS, { subnet: 's1', ip_address: '10.9.0.253' }),
    ).rejects.toBe(refusal);
    expect(network.deletePort).toHaveBeenCalledWith('port-1');
  });
});

describe('Create Router preview', () => {
  const values = {
    name: 'edge',
    admin_state_up: true,
    external_network: 'pub',
    enable_snat: false,
    az_hints: '',
  };
  it('shows SNAT only for admins, as Neutron lets only them set it', () => {
    expect(createRouterPreview(values, true).cli).toBe(
      'openstack router create --external-gateway pub --disable-snat edge',
    );
    expect(createRouterPreview(values, false).cli).toBe(
      'openstack router create --external-gateway pub edge',
    );
  });
});
