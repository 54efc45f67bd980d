// Neutron network calls (lib/openstack/network/networks.ts) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, session, unique } from './context';
import { failure } from './failure';
import { NeutronCleanup } from './neutron-cleanup';

let demo: Api;
let admin: Api;
const cleanup = new NeutronCleanup();

beforeAll(async () => {
  demo = await apiFor(await session('demo'));
  admin = await apiFor(await session('admin'));
});

afterAll(() => cleanup.run());

async function publicNetwork(api: Api) {
  const page = await api.network.pageNetworks({ filters: { 'router:external': true } });
  const network = page.items[0];
  if (!network) throw new Error('the cloud has no external network');
  return network;
}

describe('network networks', () => {
  it('creates, shows, updates and deletes a network', async () => {
    const name = unique('net');
    const created = await demo.network.createNetwork({
      name,
      description: 'made by a contract test',
      admin_state_up: false,
      port_security_enabled: false,
    });
    cleanup.network(demo, created.id);
    expect(created).toMatchObject({
      name,
      description: 'made by a contract test',
      admin_state_up: false,
      port_security_enabled: false,
      shared: false,
      'router:external': false,
      subnets: [],
      status: 'ACTIVE',
    });
    expect(created['provider:network_type']).toBeUndefined();
    expect(created.mtu).toBeGreaterThan(0);

    const renamed = unique('net');
    const updated = await demo.network.updateNetwork(created.id, {
      name: renamed,
      admin_state_up: true,
      mtu: 1400,
    });
    expect(updated).toMatchObject({ name: renamed, admin_state_up: true, mtu: 1400 });
    expect(updated.revision_number).toBeGreaterThan(created.revision_number ?? 0);
    expect((await demo.network.getNetwork(created.id)).name).toBe(renamed);

    await demo.network.deleteNetwork(created.id);
    const gone = await failure(demo.network.getNetwork(created.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('NetworkNotFound');
    expect(gone.message).toBe(`Network ${created.id} could not be found.`);
  });

  it('lists in pages with limit and marker, filtered by the API’s own parameters', async () => {
    const name = unique('page');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(cleanup.network(demo, (await demo.network.createNetwork({ name })).id));
    }
    const first = await demo.network.pageNetworks({ limit: 2, filters: { name } });
    expect(first.items).toHaveLength(2);
    expect(first.next).toBe(first.items[1]?.id);
    const second = await demo.network.pageNetworks({
      limit: 2,
      marker: first.next,
      filters: { name },
    });
    expect(second.items).toHaveLength(1);
    const seen = [...first.items, ...second.items].map((n) => n.id);
    expect([...seen].sort()).toEqual([...ids].sort());
    const sorted = await demo.network.pageNetworks({
      filters: { name },
      sortKey: 'id',
      sortDir: 'desc',
    });
    expect(sorted.items.map((n) => n.id)).toEqual([...ids].sort().reverse());
  });

  it('refuses an MTU above what the network type allows, in Neutron’s words', async () => {
    const error = await failure(demo.network.createNetwork({ name: unique('mtu'), mtu: 9000 }));
    expect(error.status).toBe(400);
    expect(error.title).toBe('InvalidInput');
    expect(error.message).toBe(
      'Invalid input for operation: Requested MTU is too big, maximum is 1450.',
    );
  });

  it('keeps shared, router:external and provider attributes for admins', async () => {
    const shared = await failure(demo.network.createNetwork({ name: unique('sh'), shared: true }));
    expect(shared.status).toBe(403);
    expect(shared.title).toBe('PolicyNotAuthorized');
    expect(shared.message).toBe(
      '(rule:create_network and rule:create_network:shared) is disallowed by policy',
    );
    const external = await failure(
      demo.network.createNetwork({ name: unique('ext'), 'router:external': true }),
    );
    expect(external.message).toBe(
      '(rule:create_network and rule:create_network:router:external) is disallowed by policy',
    );
    const provider = await failure(
      demo.network.createNetwork({ name: unique('prov'), 'provider:network_type': 'vxlan' }),
    );
    expect(provider.message).toBe(
      '(rule:create_network and rule:create_network:provider:network_type) is disallowed by policy',
    );

    const own = await demo.network.createNetwork({ name: unique('own') });
    cleanup.network(demo, own.id);
    const share = await failure(demo.network.updateNetwork(own.id, { shared: true }));
    expect(share.status).toBe(403);
    expect(share.message).toBe(
      '(rule:update_network and rule:update_network:shared) is disallowed by policy',
    );
    const asAdmin = await admin.network.getNetwork(own.id);
    expect(asAdmin['provider:network_type']).toBeTruthy();
    expect(asAdmin.project_id).toBe(own.project_id);
  });

  it('shows a shared network to members but lets only its owner change it', async () => {
    const net = await admin.network.createNetwork({ name: unique('shared'), shared: true });
    cleanup.network(admin, net.id);
    expect(net.shared).toBe(true);
    const seen = await demo.network.getNetwork(net.id);
    expect(seen.shared).toBe(true);
    expect(seen['provider:network_type']).toBeUndefined();
    const update = await failure(demo.network.updateNetwork(net.id, { name: 'taken' }));
    expect(update.status).toBe(403);
    expect(update.message).toBe('rule:update_network is disallowed by policy');

    const pub = await publicNetwork(demo);
    expect(pub['router:external']).toBe(true);
    const del = await failure(demo.network.deleteNetwork(pub.id));
    expect(del.status).toBe(403);
    expect(del.title).toBe('PolicyNotAuthorized');
    expect(del.message).toBe('rule:delete_network is disallowed by policy');
  });

  it("hides another project's private network", async () => {
    const net = await admin.network.createNetwork({ name: unique('private') });
    cleanup.network(admin, net.id);
    const error = await failure(demo.network.getNetwork(net.id));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`Network ${net.id} could not be found.`);
    const del = await failure(demo.network.deleteNetwork(net.id));
    expect(del.status).toBe(404);
    expect(del.title).toBe('NetworkNotFound');
  });

  it('refuses to delete a network with ports (NetworkInUse)', async () => {
    const net = await demo.network.createNetwork({ name: unique('inuse') });
    cleanup.network(demo, net.id);
    const port = await demo.network.createPort({ network_id: net.id, name: unique('p') });
    cleanup.port(demo, port.id);
    const error = await failure(demo.network.deleteNetwork(net.id));
    expect(error.status).toBe(409);
    expect(error.title).toBe('NetworkInUse');
    expect(error.message).toBe(
      `Unable to complete operation on network ${net.id}. There are one or more ports still in use on the network, id for these ports is: ${port.id}.`,
    );
    await demo.network.deletePort(port.id);
    await demo.network.deleteNetwork(net.id);
  });

  it('refuses an unknown attribute and an unconvertible boolean', async () => {
    const error = await failure(
      demo.network.createNetwork({
        name: unique('bad'),
        admin_state_up: 'maybe' as unknown as boolean,
      }),
    );
    expect(error.status).toBe(400);
    expect(error.title).toBe('InvalidInput');
    expect(error.message).toBe(
      "Invalid input for operation: 'maybe' cannot be converted to boolean.",
    );
  });
});
