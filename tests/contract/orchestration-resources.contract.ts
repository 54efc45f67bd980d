// A Heat stack that makes a server with its network, subnet, router, security
// group, port, floating IP, a volume attached to it and a Swift container, on the
// target cloud through lib/openstack/orchestration: the things are found through
// their own services, then gone after the stack's delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { StackRef } from '@/lib/openstack/orchestration';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let api: Api;
let stack: StackRef | undefined;

beforeAll(async () => {
  api = await apiFor(await session());
});

afterAll(async () => {
  if (stack) await api.orchestration.deleteStack(stack).catch(() => undefined);
});

async function waitFor(ref: StackRef, statuses: string[], ms = 240_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { items } = await api.orchestration.listStacks({ filters: { id: ref.id } });
    const status = items[0]?.stack_status ?? 'GONE';
    if (statuses.includes(status)) return status;
    if (Date.now() > deadline) throw new Error(`${ref.name}: still ${status}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const TEMPLATE = `heat_template_version: 2021-04-16
description: A server with a floating IP, a volume and a container
parameters:
  prefix:
    type: string
  flavor:
    type: string
    default: m1.tiny
    constraints:
      - custom_constraint: nova.flavor
  image:
    type: string
    default: cirros-like
    constraints:
      - custom_constraint: glance.image
  public_net:
    type: string
    default: public
    constraints:
      - custom_constraint: neutron.network
resources:
  net:
    type: OS::Neutron::Net
    properties:
      name: {list_join: ['-', [{get_param: prefix}, net]]}
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.93.0.0/24
  router:
    type: OS::Neutron::Router
    properties:
      external_gateway_info: {network: {get_param: public_net}}
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
  port:
    type: OS::Neutron::Port
    properties:
      network: {get_resource: net}
      security_groups: [{get_resource: sg}]
      fixed_ips: [{subnet: {get_resource: subnet}}]
  server:
    type: OS::Nova::Server
    properties:
      name: {list_join: ['-', [{get_param: prefix}, vm]]}
      flavor: {get_param: flavor}
      image: {get_param: image}
      networks: [{port: {get_resource: port}}]
  fip:
    type: OS::Neutron::FloatingIP
    depends_on: iface
    properties:
      floating_network: {get_param: public_net}
      port_id: {get_resource: port}
  volume:
    type: OS::Cinder::Volume
    properties:
      size: 1
      name: {list_join: ['-', [{get_param: prefix}, vol]]}
  attach:
    type: OS::Cinder::VolumeAttachment
    properties:
      instance_uuid: {get_resource: server}
      volume_id: {get_resource: volume}
  bucket:
    type: OS::Swift::Container
    properties:
      name: {list_join: ['-', [{get_param: prefix}, bucket]]}
outputs:
  server_ip:
    value: {get_attr: [server, first_address]}
  floating_ip:
    value: {get_attr: [fip, floating_ip_address]}
`;

describe('orchestration: a stack of real Nova, Neutron, Cinder and Swift resources', () => {
  const prefix = unique('h1r');

  it('creates them, each findable through its own service', async () => {
    stack = await api.orchestration.createStack({
      name: prefix,
      template: TEMPLATE,
      parameters: { prefix },
    });
    const status = await waitFor(stack, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    if (status !== 'CREATE_COMPLETE')
      throw new Error((await api.orchestration.getStack(stack)).stack_status_reason ?? status);
    const shown = await api.orchestration.getStack(stack);
    const outputs = Object.fromEntries(
      (shown.outputs ?? []).map((o) => [o.output_key, o.output_value]),
    );
    expect(outputs.server_ip).toMatch(/^10\.93\.0\.\d+$/);
    expect(outputs.floating_ip).toMatch(/^172\.24\.4\.\d+$/);

    const id = async (name: string) =>
      (await api.orchestration.getStackResource(stack!, name)).physical_resource_id ?? '';
    const server = await api.compute.getServer(await id('server'));
    expect(server.name).toBe(`${prefix}-vm`);
    expect(server.status).toBe('ACTIVE');
    const volume = await api.volume.getVolume(await id('volume'));
    expect(volume.status).toBe('in-use');
    expect(volume.attachments?.[0]?.server_id).toBe(server.id);
    const containers = await api.objectStore.listContainers();
    expect(containers.map((c) => c.name)).toContain(`${prefix}-bucket`);
  });

  it('deletes them with the stack', async () => {
    const ref = stack!;
    const serverId =
      (await api.orchestration.getStackResource(ref, 'server')).physical_resource_id ?? '';
    const volumeId =
      (await api.orchestration.getStackResource(ref, 'volume')).physical_resource_id ?? '';
    await api.orchestration.deleteStack(ref);
    expect(await waitFor(ref, ['GONE', 'DELETE_COMPLETE', 'DELETE_FAILED'])).not.toBe(
      'DELETE_FAILED',
    );
    stack = undefined;
    expect((await failure(api.compute.getServer(serverId))).status).toBe(404);
    expect((await failure(api.volume.getVolume(volumeId))).status).toBe(404);
    const containers = await api.objectStore.listContainers();
    expect(containers.map((c) => c.name)).not.toContain(`${prefix}-bucket`);
  });
});
