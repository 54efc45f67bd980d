import { beforeEach, describe, expect, it } from 'vitest';
import {
  allocateServerPorts,
  attachInterface,
  detachInterface,
  findSecurityGroup,
  interfaceAttachmentView,
  networkUsage,
  releaseServerPorts,
  serverAddresses,
  serverPorts,
  serverSecurityGroups,
  setServerSecurityGroup,
} from './nova-bridge';
import { createPort } from './port-store';
import { standardAttrs } from './records';
import { createSecurityGroup } from './security-group-store';
import { seedNetworkRegions } from './seed';
import { emptyState, type SandboxState } from '../state';

const R = 'RegionOne';
let state: SandboxState;
let admin: string;
let demo: string;

function project(name: string, id: string) {
  state.identity.projects.push({ id, name, domainId: 'default', description: '', enabled: true });
}

function net(name: string, projectId: string) {
  const found = state.network[R]?.networks.find(
    (n) => n.name === name && n.projectId === projectId,
  );
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

beforeEach(() => {
  state = emptyState();
  admin = 'p-admin';
  demo = 'p-demo';
  project('admin', admin);
  project('demo', demo);
  seedNetworkRegions(state, [R], 1_000_000);
});

const allocate = (
  networks: Parameters<typeof allocateServerPorts>[2]['networks'],
  extra: Partial<Parameters<typeof allocateServerPorts>[2]> = {},
) =>
  allocateServerPorts(state, R, {
    projectId: demo,
    serverId: 'srv-1',
    networks,
    securityGroups: ['default'],
    isAdmin: false,
    ...extra,
  });

describe('seed', () => {
  it('gives every project private, router1 and default, and admin the external public', () => {
    const region = state.network[R];
    expect(region?.networks.map((n) => [n.name, n.projectId === admin])).toEqual([
      ['public', true],
      ['private', true],
      ['private', false],
    ]);
    expect(region?.routers.map((r) => r.name)).toEqual(['router1', 'router1']);
    expect(networkUsage(state, R, demo)).toEqual({
      network: 1,
      subnet: 1,
      subnetpool: 0,
      port: 1,
      router: 1,
      floatingip: 0,
      rbac_policy: 0,
      security_group: 1,
      security_group_rule: 4,
    });
    seedNetworkRegions(state, [R], 2_000_000);
    expect(region?.networks).toHaveLength(3);
  });
});

describe('allocateServerPorts', () => {
  it("'auto' takes the project's only network and binds an ACTIVE compute port", () => {
    const result = allocate('auto');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [port] = result.ports;
    expect(port).toMatchObject({
      networkId: net('private', demo).id,
      deviceId: 'srv-1',
      deviceOwner: 'compute:nova',
      status: 'ACTIVE',
      bindingHostId: 'sandbox-compute',
      novaCreated: true,
    });
    expect(port?.fixedIps[0]?.ipAddress).toMatch(/^10\.0\.0\.\d+$/);
    expect(serverSecurityGroups(state, R, 'srv-1')).toEqual([{ name: 'default' }]);
    const addresses = serverAddresses(state, R, 'srv-1');
    expect(addresses).toEqual({
      private: [
        {
          version: 4,
          addr: port?.fixedIps[0]?.ipAddress,
          'OS-EXT-IPS:type': 'fixed',
          'OS-EXT-IPS-MAC:mac_addr': port?.macAddress,
        },
      ],
    });
  });

  it("answers 'none' with no ports and 'auto' for admin (two networks) with 409", () => {
    expect(allocate('none')).toEqual({ ok: true, ports: [] });
    expect(allocate('auto', { projectId: admin, isAdmin: true })).toEqual({
      ok: false,
      status: 409,
      message: 'Multiple possible networks found, use a Network ID to be more specific.',
      phase: 'api',
    });
  });

  it('reports unknown networks, ports and groups with Nova’s texts', () => {
    expect(allocate([{ uuid: 'nope' }])).toMatchObject({
      status: 400,
      message: 'Network nope could not be found.',
    });
    expect(allocate([{ port: 'nope' }])).toMatchObject({
      status: 400,
      message: 'Port id nope could not be found.',
    });
    expect(allocate('auto', { securityGroups: ['web'] })).toMatchObject({
      status: 400,
      message: "Unable to find security_group with name or id 'web'",
    });
    expect(allocate([{ uuid: net('private', admin).id }])).toMatchObject({
      status: 400,
      message: `Network ${net('private', admin).id} could not be found.`,
    });
  });

  it('refuses ports in use and fixed IPs in use', () => {
    const router = state.network[R]?.ports.find(
      (p) => p.deviceOwner === 'network:router_interface' && p.projectId === demo,
    );
    expect(allocate([{ port: router?.id ?? '' }])).toMatchObject({
      status: 409,
      message: `Port ${router?.id} is still in use.`,
    });
    expect(allocate([{ uuid: net('private', demo).id, fixed_ip: '10.0.0.1' }])).toMatchObject({
      status: 400,
      message: `Fixed IP address 10.0.0.1 is already in use on instance ${router?.deviceId}.`,
    });
  });

  it('fails the build on the external network for members, not for admins', () => {
    const publicId = net('public', admin).id;
    expect(allocate([{ uuid: publicId }])).toEqual({
      ok: false,
      status: 500,
      message:
        'Build of instance srv-1 aborted: Failed to allocate the network(s), not rescheduling.',
      phase: 'build',
      detail: `It is not allowed to create an interface on external network ${publicId}`,
    });
    expect(serverPorts(state, R, 'srv-1')).toEqual([]);
    const asAdmin = allocate([{ uuid: publicId }], { projectId: admin, isAdmin: true });
    expect(asAdmin.ok && asAdmin.ports[0]?.fixedIps[0]?.ipAddress).toMatch(/^172\.24\.4\./);
  });

  it('uses a requested fixed IP and a user port, and releases them differently', () => {
    const region = state.network[R];
    if (!region) throw new Error('no region');
    const own = createPort(region, { projectId: demo, network: net('private', demo) }, 1);
    const result = allocate([
      { uuid: net('private', demo).id, fixed_ip: '10.0.0.50' },
      { port: own.id },
    ]);
    expect(result.ok && result.ports.map((p) => p.fixedIps[0]?.ipAddress)).toEqual([
      '10.0.0.50',
      own.fixedIps[0]?.ipAddress,
    ]);
    expect(serverAddresses(state, R, 'srv-1').private).toHaveLength(2);
    releaseServerPorts(state, R, 'srv-1', 2);
    expect(serverPorts(state, R, 'srv-1')).toEqual([]);
    expect(region.ports.find((p) => p.id === own.id)).toMatchObject({
      deviceId: '',
      deviceOwner: '',
      status: 'DOWN',
    });
    expect(region.ports.some((p) => p.fixedIps.some((ip) => ip.ipAddress === '10.0.0.50'))).toBe(
      false,
    );
  });

  it('lists a floating IP right after the fixed IP it maps, as Nova does after network-changed', () => {
    const region = state.network[R];
    if (!region) throw new Error('no region');
    const result = allocate([{ uuid: net('private', demo).id, fixed_ip: '10.0.0.50' }]);
    const port = result.ok ? result.ports[0] : undefined;
    if (!port) throw new Error('no port');
    port.fixedIps.push({ subnetId: port.fixedIps[0]?.subnetId ?? '', ipAddress: '10.0.0.51' });
    const mapped = (fixed: string, address: string) => ({
      ...standardAttrs(demo, 1, ''),
      floatingNetworkId: net('public', admin).id,
      floatingIpAddress: address,
      routerId: 'r',
      portId: port.id,
      fixedIpAddress: fixed,
      status: 'DOWN',
    });
    region.floatingIps.push(mapped('10.0.0.50', '172.24.4.60'));
    const kinds = () =>
      serverAddresses(state, R, 'srv-1').private?.map((a) => [a.addr, a['OS-EXT-IPS:type']]);
    expect(kinds()).toEqual([
      ['10.0.0.50', 'fixed'],
      ['172.24.4.60', 'floating'],
      ['10.0.0.51', 'fixed'],
    ]);
    region.floatingIps = [];
    expect(kinds()).toEqual([
      ['10.0.0.50', 'fixed'],
      ['10.0.0.51', 'fixed'],
    ]);
  });

  it('puts the named groups on new ports', () => {
    const region = state.network[R];
    if (!region) throw new Error('no region');
    const web = createSecurityGroup(region, { projectId: demo, name: 'web', description: '' }, 1);
    const result = allocate('auto', { securityGroups: ['web', 'default'] });
    expect(result.ok && result.ports[0]?.securityGroups).toEqual([web.id]);
    expect(findSecurityGroup(state, R, demo, web.id)).toEqual({ ok: true, group: web });
    createSecurityGroup(region, { projectId: demo, name: 'web', description: '' }, 1);
    expect(findSecurityGroup(state, R, demo, 'web')).toEqual({
      ok: false,
      status: 409,
      message:
        "Multiple security_group matches found for name 'web', use an ID to be more specific.",
    });
  });
});

describe('interfaces and security group actions', () => {
  it('attaches to the only network and detaches again', () => {
    const attached = attachInterface(state, R, { projectId: demo, serverId: 'srv-2' });
    expect(attached.ok).toBe(true);
    if (!attached.ok) return;
    expect(interfaceAttachmentView(attached.port)).toEqual({
      net_id: net('private', demo).id,
      port_id: attached.port.id,
      mac_addr: attached.port.macAddress,
      port_state: 'ACTIVE',
      fixed_ips: [
        {
          subnet_id: attached.port.fixedIps[0]?.subnetId,
          ip_address: attached.port.fixedIps[0]?.ipAddress,
        },
      ],
    });
    const portId = attached.port.id;
    expect(detachInterface(state, R, { serverId: 'srv-2', portId })).toMatchObject({
      ok: true,
      port: { id: portId },
    });
    expect(state.network[R]?.ports.some((p) => p.id === portId)).toBe(false);
    expect(detachInterface(state, R, { serverId: 'srv-2', portId })).toEqual({
      ok: true,
      port: null,
    });
  });

  it('reports attach errors as os-interface does', () => {
    expect(
      attachInterface(state, R, { projectId: demo, serverId: 's', netId: 'x', portId: 'y' }),
    ).toMatchObject({
      status: 400,
      message: 'Must not input both network_id and port_id',
    });
    expect(
      attachInterface(state, R, { projectId: demo, serverId: 's', netId: 'nope' }),
    ).toMatchObject({
      status: 500,
      message:
        "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.\n<class 'oslo_messaging.rpc.client.RemoteError'>",
    });
    expect(
      attachInterface(state, R, { projectId: admin, serverId: 's', isAdmin: true }),
    ).toMatchObject({
      status: 400,
      message: 'Multiple possible networks found, use a Network ID to be more specific.',
    });
    expect(
      attachInterface(state, R, { projectId: demo, serverId: 's', netId: net('public', admin).id }),
    ).toMatchObject({ status: 403 });
    expect(
      attachInterface(state, R, {
        projectId: demo,
        serverId: 's',
        netId: net('private', demo).id,
        fixedIp: '10.0.0.1',
      }),
    ).toMatchObject({ status: 409, message: 'Fixed IP 10.0.0.1 is already in use.' });
  });

  it('adds and removes a group on every port of the server', () => {
    const region = state.network[R];
    if (!region) throw new Error('no region');
    createSecurityGroup(region, { projectId: demo, name: 'web', description: '' }, 1);
    allocate('auto');
    const set = (group: string, add: boolean) =>
      setServerSecurityGroup(state, R, { projectId: demo, serverId: 'srv-1', group, add });
    expect(set('web', true)).toEqual({ ok: true });
    expect(set('web', true)).toMatchObject({
      status: 400,
      message: expect.stringMatching(
        /^Invalid input for security_groups\. Reason: Duplicate items in the list: '[0-9a-f-]+'\.\nNeutron server returns request_ids: \['req-[0-9a-f-]+'\]$/,
      ),
    });
    expect(serverSecurityGroups(state, R, 'srv-1')).toEqual([{ name: 'default' }, { name: 'web' }]);
    expect(set('nope', true)).toMatchObject({
      status: 404,
      message: `Security group nope is not found for project ${demo}`,
    });
    expect(set('web', false)).toEqual({ ok: true });
    expect(set('web', false)).toMatchObject({
      status: 404,
      message: 'Security group web not associated with the instance srv-1',
    });
    expect(
      setServerSecurityGroup(state, R, {
        projectId: demo,
        serverId: 'none',
        group: 'web',
        add: true,
      }),
    ).toMatchObject({
      status: 404,
      message: 'instance_id none could not be found as device id on any ports',
    });
  });
});
