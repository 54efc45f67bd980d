import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { evaluateCondition, evaluateWalkthrough } from '.';
import type { Walkthrough } from '../schema';

function fakeApi(over: Record<string, Record<string, unknown>>): Api {
  return over as unknown as Api;
}

const server = (id: string, name: string, status: string) => ({ id, name, status });

describe('evaluateCondition', () => {
  it('waits for a server to reach the status, with {user} in its name', async () => {
    const listServers = vi.fn(async () => ({ items: [server('s1', 'ana-vm', 'BUILD')] }));
    const api = fakeApi({ compute: { listServers } });
    const cond = { server: { name: '{user}-vm', status: 'ACTIVE' } };
    expect(await evaluateCondition({ api }, cond, { user: 'ana' })).toEqual({
      met: false,
      detail: 'Instance ana-vm is BUILD, waiting for ACTIVE.',
    });
    expect(listServers).toHaveBeenCalledWith({ filters: { name: '^ana-vm$' }, limit: 50 });
    listServers.mockResolvedValueOnce({ items: [server('s1', 'ana-vm', 'ACTIVE')] });
    expect((await evaluateCondition({ api }, cond, { user: 'ana' })).met).toBe(true);
  });

  it("checks another project's servers when an admin gives its id", async () => {
    const listServers = vi.fn(async () => ({ items: [] }));
    const api = fakeApi({ compute: { listServers } });
    await evaluateCondition({ api }, { server: { name: 'vm' } }, { user: 'a', projectId: 'p2' });
    expect(listServers).toHaveBeenCalledWith({
      filters: { name: '^vm$', all_tenants: '1', project_id: 'p2' },
      limit: 50,
    });
  });

  it('finds a router interface on the subnet, not on another', async () => {
    const api = fakeApi({
      network: {
        listRouters: async () => ({ items: [{ id: 'r1', name: 'edge' }] }),
        listSubnets: async () => [{ id: 'sn1', name: 'lan', cidr: '10.0.0.0/24' }],
        listPorts: async () => [
          { device_owner: 'network:router_gateway', fixed_ips: [{ subnet_id: 'sn1' }] },
        ],
      },
    });
    const cond = { router_interface: { router: 'edge', subnet: 'lan' } };
    expect((await evaluateCondition({ api }, cond, { user: 'u' })).met).toBe(false);
    const api2 = fakeApi({
      network: {
        ...api.network,
        listPorts: async () => [
          { device_owner: 'network:router_interface', fixed_ips: [{ subnet_id: 'sn1' }] },
        ],
      },
    });
    expect(await evaluateCondition({ api: api2 }, cond, { user: 'u' })).toEqual({
      met: true,
      detail: 'Router edge has an interface on lan.',
    });
  });

  it('wants an ingress rule whose range holds the port', async () => {
    const rules = [
      { id: 'a', direction: 'egress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
      { id: 'b', direction: 'ingress', protocol: 'tcp', port_range_min: 80, port_range_max: 90 },
    ];
    const api = fakeApi({
      network: {
        listSecurityGroups: async () => [{ id: 'g', name: 'web', security_group_rules: rules }],
      },
    });
    const ssh = { security_group_rule: { group: 'web', protocol: 'tcp' as const, port: 22 } };
    const http = { security_group_rule: { group: 'web', protocol: 'tcp' as const, port: 85 } };
    expect((await evaluateCondition({ api }, ssh, { user: 'u' })).met).toBe(false);
    expect((await evaluateCondition({ api }, http, { user: 'u' })).met).toBe(true);
  });

  it('finds the floating IP through the server’s ports', async () => {
    const listFloatingIps = vi.fn(async ({ filters }: { filters: { port_id: string } }) => ({
      items: filters.port_id === 'p2' ? [{ floating_ip_address: '172.24.4.9' }] : [],
    }));
    const api = fakeApi({
      compute: { listServers: async () => ({ items: [server('s1', 'vm', 'ACTIVE')] }) },
      network: { listPorts: async () => [{ id: 'p1' }, { id: 'p2' }], listFloatingIps },
    });
    expect(
      await evaluateCondition({ api }, { floating_ip: { server: 'vm' } }, { user: 'u' }),
    ).toEqual({ met: true, detail: '172.24.4.9 is associated with vm.' });
  });

  it('answers not met with the reason when the cloud refuses', async () => {
    const api = fakeApi({
      containerInfra: {
        listClusterTemplates: async () => {
          throw new Error('Service container-infra is not in the catalog.');
        },
      },
    });
    expect(
      await evaluateCondition({ api }, { cluster_template: { name: 'k8s' } }, { user: 'u' }),
    ).toEqual({
      met: false,
      detail: 'Could not check: Service container-infra is not in the catalog.',
    });
  });

  it('knows visited pages only from the browser', async () => {
    const api = fakeApi({});
    const cond = { visited: '/project/instances' };
    expect((await evaluateCondition({ api }, cond, { user: 'u' })).met).toBe(false);
    expect(
      (await evaluateCondition({ api }, cond, { user: 'u', visited: ['/project/instances/abc'] }))
        .met,
    ).toBe(true);
    expect(
      (await evaluateCondition({ api }, cond, { user: 'u', visited: ['/project/instancesX'] })).met,
    ).toBe(false);
  });
});

describe('evaluateWalkthrough', () => {
  it('answers each step and counts those met', async () => {
    const api = fakeApi({
      compute: { listKeypairs: async () => ({ items: [{ name: 'u-key' }] }) },
      network: { listNetworks: async () => [] },
    });
    const w = {
      id: 'w',
      steps: [
        { id: 'a', done: { keypair: { name: '{user}-key' } } },
        { id: 'b', done: { network: { name: 'net' } } },
      ],
    } as unknown as Walkthrough;
    expect(await evaluateWalkthrough({ api }, w, { user: 'u' })).toEqual({
      id: 'w',
      done: 1,
      steps: [
        { id: 'a', met: true, detail: 'Key pair u-key exists.' },
        { id: 'b', met: false, detail: 'No network named net yet.' },
      ],
    });
  });
});
