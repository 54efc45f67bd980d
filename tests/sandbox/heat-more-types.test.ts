import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStack, deleteStack, heatClient, heatSandbox, type HeatClient } from './heat-helpers';
import type { Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// The sandbox's Heat makes the admin resource types (flavor, volume type, Keystone
// project, role, group), Magnum cluster templates and Neutron extra
// route sets through the services' own APIs, and deleting the stack removes them.

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

async function keystone(c: HeatClient, path: string): Promise<{ status: number; body: Json }> {
  const r = await fetch(`${sandbox.authUrl}${path}`, { headers: { 'X-Auth-Token': c.token } });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Json) : {} };
}

async function resourceId(c: HeatClient, stack: string, id: string, name: string) {
  const r = await c.heat('GET', `/stacks/${stack}/${id}/resources/${name}`);
  return r.body.resource.physical_resource_id as string;
}

describe('Heat: admin resource types', () => {
  it("lists the admin types to admins only, as Heat's resource type policy does", async () => {
    const forDemo = await demo.heat('GET', '/resource_types?name=OS::Nova::*');
    expect(forDemo.body.resource_types).not.toContain('OS::Nova::Flavor');
    const forAdmin = await admin.heat('GET', '/resource_types?name=OS::Nova::*');
    expect(forAdmin.body.resource_types).toContain('OS::Nova::Flavor');
    const keystone = await admin.heat('GET', '/resource_types?name=OS::Keystone::*');
    expect(keystone.body.resource_types).toEqual([
      'OS::Keystone::Group',
      'OS::Keystone::Project',
      'OS::Keystone::Role',
    ]);
    expect(
      (await demo.heat('GET', '/resource_types?name=OS::Keystone::*')).body.resource_types,
    ).toEqual([]);
  });

  it('makes a flavor, a volume type, a project, a role and a group', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  flavor:
    type: OS::Nova::Flavor
    properties:
      name: h6-flavor
      vcpus: 2
      ram: 1024
      swap: 256
      is_public: true
      extra_specs: {"hw:cpu_policy": dedicated}
  vtype:
    type: OS::Cinder::VolumeType
    properties:
      name: h6-type
      description: by Heat
      is_public: false
  project:
    type: OS::Keystone::Project
    properties:
      name: h6-project
      domain: default
      description: made by Heat
      enabled: false
  role:
    type: OS::Keystone::Role
    properties:
      name: h6-role
  group:
    type: OS::Keystone::Group
    properties:
      name: h6-group
      domain: default
outputs:
  flavor_id:
    value: {get_resource: flavor}
`;
    const { id } = await createStack(admin, 'h6-admin', template);
    const flavorId = await resourceId(admin, 'h6-admin', id, 'flavor');
    const flavor = await admin.service('compute', 'GET', `/flavors/${flavorId}`);
    expect(flavor.body.flavor).toMatchObject({
      name: 'h6-flavor',
      vcpus: 2,
      ram: 1024,
      swap: 256,
      'os-flavor-access:is_public': true,
    });
    const specs = await admin.service('compute', 'GET', `/flavors/${flavorId}/os-extra_specs`);
    expect(specs.body.extra_specs).toEqual({ 'hw:cpu_policy': 'dedicated' });

    const typeId = await resourceId(admin, 'h6-admin', id, 'vtype');
    const vtype = await admin.service('volumev3', 'GET', `/types/${typeId}`);
    expect(vtype.body.volume_type).toMatchObject({
      name: 'h6-type',
      description: 'by Heat',
      is_public: false,
    });

    const projectId = await resourceId(admin, 'h6-admin', id, 'project');
    const project = await keystone(admin, `/projects/${projectId}`);
    expect(project.body.project).toMatchObject({
      name: 'h6-project',
      domain_id: 'default',
      description: 'made by Heat',
      enabled: false,
    });
    const roleId = await resourceId(admin, 'h6-admin', id, 'role');
    expect((await keystone(admin, `/roles/${roleId}`)).body.role.name).toBe('h6-role');
    const groupId = await resourceId(admin, 'h6-admin', id, 'group');
    expect((await keystone(admin, `/groups/${groupId}`)).body.group.name).toBe('h6-group');

    await deleteStack(admin, 'h6-admin', id);
    expect((await admin.service('compute', 'GET', `/flavors/${flavorId}`)).status).toBe(404);
    expect((await admin.service('volumev3', 'GET', `/types/${typeId}`)).status).toBe(404);
    expect((await keystone(admin, `/projects/${projectId}`)).status).toBe(404);
    expect((await keystone(admin, `/roles/${roleId}`)).status).toBe(404);
    expect((await keystone(admin, `/groups/${groupId}`)).status).toBe(404);
  });
});

describe('Heat: Magnum and Neutron resource types', () => {
  it('makes a cluster template, a server group with rules and a router with extra routes, and removes them', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  ct:
    type: OS::Magnum::ClusterTemplate
    properties:
      name: h6-ct
      coe: kubernetes
      image: fedora-coreos-fake
      external_network: public
      flavor: m1.small
      network_driver: flannel
      docker_storage_driver: overlay
      labels: {kube_tag: v1.27.3}
  group:
    type: OS::Nova::ServerGroup
    properties:
      name: h6-spread
      policies: [anti-affinity]
      rules: {max_server_per_host: 2}
  net:
    type: OS::Neutron::Net
    properties:
      value_specs: {mtu: 1400}
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.78.0.0/24
      host_routes: [{destination: 10.99.0.0/16, nexthop: 10.78.0.5}]
  port:
    type: OS::Neutron::Port
    properties:
      network: {get_resource: net}
      port_security_enabled: false
      device_owner: compute:nova
  router:
    type: OS::Neutron::Router
  iface:
    type: OS::Neutron::RouterInterface
    properties:
      router: {get_resource: router}
      subnet: {get_resource: subnet}
  routes:
    type: OS::Neutron::ExtraRouteSet
    depends_on: iface
    properties:
      router: {get_resource: router}
      routes:
        - destination: 192.168.90.0/24
          nexthop: 10.78.0.22
`;
    const { id } = await createStack(demo, 'h6-demo', template);
    const ctId = await resourceId(demo, 'h6-demo', id, 'ct');
    const ct = await demo.service('container-infra', 'GET', `/clustertemplates/${ctId}`);
    expect(ct.body).toMatchObject({
      name: 'h6-ct',
      coe: 'kubernetes',
      network_driver: 'flannel',
      labels: { kube_tag: 'v1.27.3' },
    });
    const groupId = await resourceId(demo, 'h6-demo', id, 'group');
    const compute = sandbox.endpoints.RegionOne!.compute!;
    const group = (await (
      await fetch(`${compute}/os-server-groups/${groupId}`, {
        headers: { 'X-Auth-Token': demo.token, 'OpenStack-API-Version': 'compute 2.64' },
      })
    ).json()) as Json;
    expect(group.server_group).toMatchObject({
      name: 'h6-spread',
      policy: 'anti-affinity',
      rules: { max_server_per_host: 2 },
    });
    const netId = await resourceId(demo, 'h6-demo', id, 'net');
    expect((await demo.service('network', 'GET', `/v2.0/networks/${netId}`)).body.network.mtu).toBe(
      1400,
    );
    const subnetId = await resourceId(demo, 'h6-demo', id, 'subnet');
    const subnet = await demo.service('network', 'GET', `/v2.0/subnets/${subnetId}`);
    expect(subnet.body.subnet.host_routes).toEqual([
      { destination: '10.99.0.0/16', nexthop: '10.78.0.5' },
    ]);
    const portId = await resourceId(demo, 'h6-demo', id, 'port');
    const port = await demo.service('network', 'GET', `/v2.0/ports/${portId}`);
    expect(port.body.port).toMatchObject({
      port_security_enabled: false,
      device_owner: 'compute:nova',
    });
    const routerId = await resourceId(demo, 'h6-demo', id, 'router');
    const router = await demo.service('network', 'GET', `/v2.0/routers/${routerId}`);
    expect(router.body.router.routes).toEqual([
      { destination: '192.168.90.0/24', nexthop: '10.78.0.22' },
    ]);

    await deleteStack(demo, 'h6-demo', id);
    expect((await demo.service('container-infra', 'GET', `/clustertemplates/${ctId}`)).status).toBe(
      404,
    );
    expect((await demo.service('network', 'GET', `/v2.0/routers/${routerId}`)).status).toBe(404);
  });
});

describe('Heat: Swift containers', () => {
  it('makes a public container with its metadata, and purges it with the stack', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  box:
    type: OS::Swift::Container
    properties:
      name: h6-box
      X-Container-Read: .r:*,.rlistings
      X-Container-Meta: {course: cloud-101}
      PurgeOnDelete: true
`;
    const { id } = await createStack(demo, 'h6-swift', template);
    const head = await demo.service('object-store', 'HEAD', '/h6-box');
    expect(head.status).toBe(204);
    const swift = sandbox.endpoints.RegionOne!['object-store']!.replace(
      '$(project_id)s',
      demo.projectId,
    );
    const shown = await fetch(`${swift}/h6-box`, {
      method: 'HEAD',
      headers: { 'X-Auth-Token': demo.token },
    });
    expect(shown.headers.get('x-container-read')).toBe('.r:*,.rlistings');
    expect(shown.headers.get('x-container-meta-course')).toBe('cloud-101');
    const put = await fetch(`${swift}/h6-box/notes.txt`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': demo.token },
      body: 'hello',
    });
    expect(put.status).toBe(201);

    await deleteStack(demo, 'h6-swift', id);
    expect((await demo.service('object-store', 'HEAD', '/h6-box')).status).toBe(404);
  });
});

describe('Heat: Cinder volumes from a snapshot', () => {
  it('makes a volume from a snapshot with its metadata', async () => {
    const source = await demo.service('volumev3', 'POST', '/volumes', {
      volume: { size: 1, name: 'h6-source' },
    });
    const sourceId = source.body.volume.id as string;
    for (let i = 0; i < 100; i++) {
      const v = await demo.service('volumev3', 'GET', `/volumes/${sourceId}`);
      if (v.body.volume.status === 'available') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const snap = await demo.service('volumev3', 'POST', '/snapshots', {
      snapshot: { volume_id: sourceId, name: 'h6-snap' },
    });
    const snapId = snap.body.snapshot.id as string;
    for (let i = 0; i < 100; i++) {
      const v = await demo.service('volumev3', 'GET', `/snapshots/${snapId}`);
      if (v.body.snapshot.status === 'available') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const template = `heat_template_version: 2018-08-31
resources:
  vol:
    type: OS::Cinder::Volume
    properties:
      name: h6-from-snap
      size: 1
      snapshot_id: ${snapId}
      metadata: {course: cloud-101}
`;
    const { id } = await createStack(demo, 'h6-vol', template);
    const volId = await resourceId(demo, 'h6-vol', id, 'vol');
    const vol = await demo.service('volumev3', 'GET', `/volumes/${volId}`);
    expect(vol.body.volume).toMatchObject({
      name: 'h6-from-snap',
      snapshot_id: snapId,
      metadata: { course: 'cloud-101' },
    });
    await deleteStack(demo, 'h6-vol', id);
  });
});
