import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStack,
  deleteStack,
  heatClient,
  heatMessage,
  heatSandbox,
  waitStack,
  type HeatClient,
} from './heat-helpers';
import type { Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// The sandbox's Heat over HTTP: a stack that really makes a network, subnet,
// router, security group, key pair, server and floating IP through the other
// services; its events, outputs, update (with preview), suspend/resume, check
// and delete in reverse order; a failing create with rollback.

const PUBLIC_KEY = (() => {
  const raw = generateKeyPairSync('ed25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .subarray(-32);
  const part = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([part(Buffer.from('ssh-ed25519')), part(raw)]).toString('base64')} h1@test`;
})();

let sandbox: RunningSandbox;
let demo: HeatClient;
let admin: HeatClient;

beforeAll(async () => {
  sandbox = await heatSandbox();
  demo = await heatClient(sandbox, 'demo');
  admin = await heatClient(sandbox, 'admin');
});
afterAll(async () => {
  await sandbox.close();
});

const SERVER_STACK = `heat_template_version: 2018-08-31
description: A server on its own network
parameters:
  flavor:
    type: string
    default: m1.tiny
    constraints:
      - custom_constraint: nova.flavor
  image:
    type: string
    default: cirros-0.6.2-x86_64-disk
    constraints:
      - custom_constraint: glance.image
  greeting:
    type: string
    default: hello
  public_key:
    type: string
resources:
  net:
    type: OS::Neutron::Net
    properties:
      name: h1-net
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.77.0.0/24
  router:
    type: OS::Neutron::Router
    properties:
      external_gateway_info: {network: public}
  iface:
    type: OS::Neutron::RouterInterface
    properties:
      router: {get_resource: router}
      subnet: {get_resource: subnet}
  sg:
    type: OS::Neutron::SecurityGroup
    properties:
      rules:
        - {protocol: tcp, port_range_min: 22, port_range_max: 22, remote_ip_prefix: 0.0.0.0/0}
  key:
    type: OS::Nova::KeyPair
    properties:
      name: h1-key
      public_key: {get_param: public_key}
  port:
    type: OS::Neutron::Port
    properties:
      network: {get_resource: net}
      security_groups: [{get_resource: sg}]
      fixed_ips: [{subnet: {get_resource: subnet}}]
  server:
    type: OS::Nova::Server
    properties:
      name: h1-server
      flavor: {get_param: flavor}
      image: {get_param: image}
      key_name: {get_resource: key}
      networks: [{port: {get_resource: port}}]
  fip:
    type: OS::Neutron::FloatingIP
    depends_on: iface
    properties:
      floating_network: public
      port_id: {get_resource: port}
  note:
    type: OS::Heat::Value
    properties:
      value: {str_replace: {template: "$g from $n", params: {$g: {get_param: greeting}, $n: {get_attr: [server, name]}}}}
outputs:
  address:
    value: {get_attr: [fip, floating_ip_address]}
  note:
    value: {get_attr: [note, value]}
`;

describe('a stack that makes real resources', () => {
  let id = '';
  let image = '';
  it('creates everything in dependency order and reports it', async () => {
    const images = await demo.service('image', 'GET', '/v2/images');
    image = (images.body.images as { name: string }[]).find((i) =>
      i.name.startsWith('cirros'),
    )!.name;
    const created = await demo.heat('POST', '/stacks', {
      stack_name: 'h1-web',
      template: SERVER_STACK,
      parameters: { image, public_key: PUBLIC_KEY },
    });
    expect(created.status).toBe(201);
    id = created.body.stack.id as string;
    expect(created.body.stack.links[0].href).toContain(`/stacks/h1-web/${id}`);

    const first = await demo.heat('GET', `/stacks/h1-web/${id}`);
    expect(first.body.stack.stack_status).toBe('CREATE_IN_PROGRESS');

    const stack = await waitStack(demo, 'h1-web', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(stack.stack_status_reason).toBe('Stack CREATE completed successfully');
    expect(stack.stack_status).toBe('CREATE_COMPLETE');
    const outputs = Object.fromEntries(
      (stack.outputs as { output_key: string; output_value: unknown }[]).map((o) => [
        o.output_key,
        o.output_value,
      ]),
    );
    expect(outputs.address).toMatch(/^172\.24\.4\.\d+$/);
    expect(outputs.note).toBe('hello from h1-server');
    expect(stack.parameters).toMatchObject({
      flavor: 'm1.tiny',
      'OS::stack_name': 'h1-web',
      'OS::stack_id': id,
    });

    // The things are real: Nova and Neutron list them.
    const servers = await demo.service('compute', 'GET', '/servers/detail');
    const server = (
      servers.body.servers as { name: string; status: string; key_name: string }[]
    ).find((s) => s.name === 'h1-server');
    expect(server).toMatchObject({ status: 'ACTIVE', key_name: 'h1-key' });
    const nets = await demo.service('network', 'GET', '/v2.0/networks?name=h1-net');
    expect(nets.body.networks).toHaveLength(1);
    const resources = await demo.heat('GET', `/stacks/h1-web/${id}/resources`);
    const byName = Object.fromEntries(
      (resources.body.resources as Json[]).map((r) => [r.resource_name as string, r]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'fip',
      'iface',
      'key',
      'net',
      'note',
      'port',
      'router',
      'server',
      'sg',
      'subnet',
    ]);
    expect(byName.net).toMatchObject({
      resource_status: 'CREATE_COMPLETE',
      physical_resource_id: nets.body.networks[0].id,
    });
    expect((byName.net!.required_by as string[]).sort()).toEqual(['port', 'subnet']);
    const detail = await demo.heat('GET', `/stacks/h1-web/${id}/resources/server`);
    expect(detail.body.resource.attributes.name).toBe('h1-server');
  });

  it('records an event for every transition, pages them and sorts them', async () => {
    const all = await demo.heat('GET', `/stacks/h1-web/${id}/events?sort_dir=asc`);
    // Heat answers newest first by default.
    const byDefault = await demo.heat('GET', `/stacks/h1-web/${id}/events`);
    expect(byDefault.body.events[0].id).toBe(all.body.events.at(-1).id);
    const events = all.body.events as {
      resource_name: string;
      resource_status: string;
      resource_status_reason: string;
      id: string;
    }[];
    expect(events[0]).toMatchObject({
      resource_name: 'h1-web',
      resource_status: 'CREATE_IN_PROGRESS',
      resource_status_reason: 'Stack CREATE started',
    });
    expect(events.at(-1)).toMatchObject({
      resource_name: 'h1-web',
      resource_status: 'CREATE_COMPLETE',
    });
    // Each of the 10 resources went IN_PROGRESS then COMPLETE; the server after its port.
    expect(events).toHaveLength(2 + 2 * 10);
    const at = (name: string, status: string) =>
      events.findIndex((e) => e.resource_name === name && e.resource_status === status);
    expect(at('port', 'CREATE_COMPLETE')).toBeLessThan(at('server', 'CREATE_IN_PROGRESS'));
    expect(at('iface', 'CREATE_COMPLETE')).toBeLessThan(at('fip', 'CREATE_IN_PROGRESS'));

    const page1 = await demo.heat('GET', `/stacks/h1-web/${id}/events?limit=5&sort_dir=desc`);
    expect(page1.body.events).toHaveLength(5);
    expect(page1.body.events[0].id).toBe(events.at(-1)!.id);
    const page2 = await demo.heat(
      'GET',
      `/stacks/h1-web/${id}/events?limit=5&sort_dir=desc&marker=${page1.body.events[4].id}`,
    );
    expect(page2.body.events[0].id).toBe(events.at(-6)!.id);
    const perResource = await demo.heat(
      'GET',
      `/stacks/h1-web/${id}/resources/server/events?sort_dir=asc`,
    );
    expect(
      (perResource.body.events as { resource_status: string }[]).map((e) => e.resource_status),
    ).toEqual(['CREATE_IN_PROGRESS', 'CREATE_COMPLETE']);
  });

  it('finds the stack by name (302 to name/id), lists it, and hides it from other projects', async () => {
    const found = await demo.heat('GET', '/stacks/h1-web');
    expect(found.status).toBe(302);
    expect(found.headers.get('location')).toContain(`/stacks/h1-web/${id}`);
    // The short URLs the real client uses: a sub-path by name, and other methods by name.
    const events = await demo.heat('GET', '/stacks/h1-web/events?sort_dir=asc');
    expect(events.status).toBe(302);
    expect(events.headers.get('location')).toMatch(
      new RegExp(`/stacks/h1-web/${id}/events\\?sort_dir=asc$`),
    );
    const put = await demo.heat('PATCH', '/stacks/h1-web', {});
    expect(put.status).toBe(302);
    const list = await demo.heat('GET', '/stacks');
    expect((list.body.stacks as { stack_name: string }[]).map((s) => s.stack_name)).toContain(
      'h1-web',
    );
    const theirs = await admin.heat('GET', '/stacks');
    expect((theirs.body.stacks as { stack_name: string }[]).map((s) => s.stack_name)).not.toContain(
      'h1-web',
    );
    const peek = await admin.heat('GET', '/stacks/h1-web');
    expect(peek.status).toBe(404);
    expect(heatMessage(peek.body)).toBe('The Stack (h1-web) could not be found.');
  });

  it('previews an update, then changes only what changed', async () => {
    const next = SERVER_STACK.replace('default: hello', 'default: bonjour').replace(
      'outputs:',
      'resources_extra_placeholder:',
    );
    const template = next.replace(
      'resources_extra_placeholder:',
      `  extra:\n    type: OS::Heat::RandomString\n    properties:\n      length: 6\noutputs:`,
    );
    // PUT replaces the parameters: the image is given again, so the server stays.
    const preview = await demo.heat('PUT', `/stacks/h1-web/${id}/preview`, {
      template,
      parameters: { image, public_key: PUBLIC_KEY },
    });
    expect(preview.status).toBe(200);
    const changes = preview.body.resource_changes;
    expect((changes.added as { resource_name: string }[]).map((r) => r.resource_name)).toEqual([
      'extra',
    ]);
    expect((changes.updated as { resource_name: string }[]).map((r) => r.resource_name)).toEqual([
      'note',
    ]);
    expect(changes.replaced).toEqual([]);
    expect(changes.deleted).toEqual([]);
    expect(changes.unchanged).toHaveLength(9);

    const serverBefore = (await demo.heat('GET', `/stacks/h1-web/${id}/resources/server`)).body
      .resource.physical_resource_id;
    const update = await demo.heat('PUT', `/stacks/h1-web/${id}`, {
      template,
      parameters: { image, public_key: PUBLIC_KEY },
    });
    expect(update.status).toBe(202);
    const stack = await waitStack(demo, 'h1-web', id, ['UPDATE_COMPLETE', 'UPDATE_FAILED']);
    expect(stack.stack_status).toBe('UPDATE_COMPLETE');
    const note = (stack.outputs as { output_key: string; output_value: unknown }[]).find(
      (o) => o.output_key === 'note',
    );
    expect(note?.output_value).toBe('bonjour from h1-server');
    const serverAfter = (await demo.heat('GET', `/stacks/h1-web/${id}/resources/server`)).body
      .resource.physical_resource_id;
    expect(serverAfter).toBe(serverBefore);
    const extra = await demo.heat('GET', `/stacks/h1-web/${id}/resources/extra`);
    expect(String(extra.body.resource.attributes.value)).toHaveLength(6);
  });

  it('suspends and resumes the server through Nova, and checks', async () => {
    expect(
      (await demo.heat('POST', `/stacks/h1-web/${id}/actions`, { suspend: null })).status,
    ).toBe(200);
    await waitStack(demo, 'h1-web', id, ['SUSPEND_COMPLETE']);
    const serverId = (await demo.heat('GET', `/stacks/h1-web/${id}/resources/server`)).body.resource
      .physical_resource_id;
    const deadline = Date.now() + 10_000;
    let status = '';
    while (Date.now() < deadline && status !== 'SUSPENDED') {
      status = (await demo.service('compute', 'GET', `/servers/${serverId}`)).body.server
        .status as string;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('SUSPENDED');
    expect((await demo.heat('POST', `/stacks/h1-web/${id}/actions`, { resume: null })).status).toBe(
      200,
    );
    await waitStack(demo, 'h1-web', id, ['RESUME_COMPLETE']);
    expect((await demo.heat('POST', `/stacks/h1-web/${id}/actions`, { check: null })).status).toBe(
      200,
    );
    const checked = await waitStack(demo, 'h1-web', id, ['CHECK_COMPLETE', 'CHECK_FAILED']);
    expect(checked.stack_status).toBe('CHECK_COMPLETE');
  });

  it('deletes in reverse order and leaves nothing behind', async () => {
    expect((await demo.heat('DELETE', `/stacks/h1-web/${id}`)).status).toBe(204);
    await waitStack(demo, 'h1-web', id, ['GONE']);
    const servers = await demo.service('compute', 'GET', '/servers');
    expect((servers.body.servers as { name: string }[]).some((s) => s.name === 'h1-server')).toBe(
      false,
    );
    const nets = await demo.service('network', 'GET', '/v2.0/networks?name=h1-net');
    expect(nets.body.networks).toEqual([]);
    const keys = await demo.service('compute', 'GET', '/os-keypairs');
    expect(
      (keys.body.keypairs as { keypair: { name: string } }[]).some(
        (k) => k.keypair.name === 'h1-key',
      ),
    ).toBe(false);
  });
});

describe('a create that fails', () => {
  const FAILING = `heat_template_version: 2018-08-31
resources:
  net:
    type: OS::Neutron::Net
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.78.0.0/99
`;

  it('fails with the failing resource reason, keeping what was made', async () => {
    const created = await demo.heat('POST', '/stacks', { stack_name: 'h1-bad', template: FAILING });
    const id = created.body.stack.id as string;
    const stack = await waitStack(demo, 'h1-bad', id, ['CREATE_FAILED', 'CREATE_COMPLETE']);
    expect(stack.stack_status).toBe('CREATE_FAILED');
    expect(stack.stack_status_reason).toMatch(
      /^Resource CREATE failed: BadRequest: resources\.subnet: /,
    );
    const subnet = await demo.heat('GET', `/stacks/h1-bad/${id}/resources/subnet`);
    expect(subnet.body.resource.resource_status).toBe('CREATE_FAILED');
    const net = await demo.heat('GET', `/stacks/h1-bad/${id}/resources/net`);
    expect(net.body.resource.resource_status).toBe('CREATE_COMPLETE');
    await demo.heat('DELETE', `/stacks/h1-bad/${id}`);
    await waitStack(demo, 'h1-bad', id, ['GONE']);
  });

  it('rolls back when asked: ROLLBACK_COMPLETE and nothing left', async () => {
    const created = await demo.heat('POST', '/stacks', {
      stack_name: 'h1-rb',
      template: FAILING.replace(
        'type: OS::Neutron::Net',
        'type: OS::Neutron::Net\n    properties: {name: h1-rb-net}',
      ),
      disable_rollback: false,
    });
    const id = created.body.stack.id as string;
    const stack = await waitStack(demo, 'h1-rb', id, [
      'ROLLBACK_COMPLETE',
      'ROLLBACK_FAILED',
      'CREATE_COMPLETE',
    ]);
    expect(stack.stack_status).toBe('ROLLBACK_COMPLETE');
    const nets = await demo.service('network', 'GET', '/v2.0/networks?name=h1-rb-net');
    expect(nets.body.networks).toEqual([]);
    await demo.heat('DELETE', `/stacks/h1-rb/${id}`);
  });

  it('refuses a second stack of the same name and a bad name', async () => {
    const t = 'heat_template_version: 2018-08-31\nresources: {}\n';
    const first = await demo.heat('POST', '/stacks', { stack_name: 'h1-twice', template: t });
    expect(first.status).toBe(201);
    const second = await demo.heat('POST', '/stacks', { stack_name: 'h1-twice', template: t });
    expect(second.status).toBe(409);
    expect(heatMessage(second.body)).toBe('The Stack (h1-twice) already exists.');
    const bad = await demo.heat('POST', '/stacks', { stack_name: '1bad', template: t });
    expect(bad.status).toBe(400);
    expect(heatMessage(bad.body)).toContain('Invalid stack name 1bad');
  });
});

describe('groups, server groups and floating IP associations', () => {
  it('makes a group of networks, a server group and an association, and deletes them', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  nets:
    type: OS::Heat::ResourceGroup
    properties:
      count: 2
      resource_def:
        type: OS::Neutron::Net
        properties:
          name: h1-grp-%index%
  group:
    type: OS::Nova::ServerGroup
    properties:
      name: h1-sg
      policies: [affinity]
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_attr: [nets, refs, 0]}
      cidr: 10.79.0.0/24
  router:
    type: OS::Neutron::Router
    properties:
      external_gateway_info: {network: public}
  iface:
    type: OS::Neutron::RouterInterface
    properties:
      router: {get_resource: router}
      subnet: {get_resource: subnet}
  port:
    type: OS::Neutron::Port
    properties:
      network: {get_attr: [nets, refs, 0]}
      fixed_ips: [{subnet: {get_resource: subnet}}]
  fip:
    type: OS::Neutron::FloatingIP
    properties:
      floating_network: public
  assoc:
    type: OS::Neutron::FloatingIPAssociation
    depends_on: iface
    properties:
      floatingip_id: {get_resource: fip}
      port_id: {get_resource: port}
outputs:
  refs:
    value: {get_attr: [nets, refs]}
`;
    const { id, stack } = await createStack(demo, 'h1-grp', template);
    const fipId = (await demo.heat('GET', `/stacks/h1-grp/${id}/resources/fip`)).body.resource
      .physical_resource_id as string;
    const portId = (await demo.heat('GET', `/stacks/h1-grp/${id}/resources/port`)).body.resource
      .physical_resource_id as string;
    const fip = await demo.service('network', 'GET', `/v2.0/floatingips/${fipId}`);
    expect(fip.body.floatingip.port_id).toBe(portId);
    const refs = (stack.outputs as Json[]).find((o) => o.output_key === 'refs')
      ?.output_value as string[];
    expect(refs).toHaveLength(2);
    const nets = await demo.service('network', 'GET', '/v2.0/networks');
    const names = (nets.body.networks as Json[])
      .filter((n) => refs.includes(n.id as string))
      .map((n) => n.name);
    expect(names.sort()).toEqual(['h1-grp-0', 'h1-grp-1']);
    const groups = await demo.service('compute', 'GET', '/os-server-groups');
    expect((groups.body.server_groups as Json[]).map((g) => g.name)).toContain('h1-sg');

    await deleteStack(demo, 'h1-grp', id);
    const after = await demo.service('network', 'GET', '/v2.0/networks');
    expect((after.body.networks as Json[]).some((n) => refs.includes(n.id as string))).toBe(false);
    const groupsAfter = await demo.service('compute', 'GET', '/os-server-groups');
    expect((groupsAfter.body.server_groups as Json[]).map((g) => g.name)).not.toContain('h1-sg');
  });
});
