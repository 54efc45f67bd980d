import { describe, expect, it } from 'vitest';
import {
  addInterfaceEquivalents,
  addRoutesEquivalents,
  clearGatewayEquivalents,
  createRouterEquivalents,
  deleteRouterEquivalents,
  editRouterEquivalents,
  removeInterfaceEquivalents,
  removeRoutesEquivalents,
  setGatewayEquivalents,
} from './routers-equivalents';

describe('Create Router equivalents', () => {
  it('send only what the form set', () => {
    const plain = createRouterEquivalents({ name: 'edge', adminStateUp: true });
    expect(plain.cli).toBe('openstack router create edge');
    expect(plain.sdk).not.toContain('external_gateway_info');
    expect(plain.hot).not.toContain('external_gateway_info');

    const full = createRouterEquivalents({
      name: 'my edge',
      adminStateUp: false,
      gateway: { network: 'pub-id', enableSnat: false },
      azHints: ['nova'],
    });
    expect(full.cli).toBe(
      "openstack router create --disable --external-gateway pub-id --disable-snat --availability-zone-hint nova 'my edge'",
    );
    expect(full.sdk).toContain(
      [
        'router = conn.network.create_router(',
        '    name="my edge",',
        '    admin_state_up=False,',
        '    external_gateway_info={"network_id": "pub-id", "enable_snat": False},',
        '    availability_zone_hints=["nova"],',
        ')',
      ].join('\n'),
    );
    expect(full.hot).toContain(
      [
        '  my_edge:',
        '    type: OS::Neutron::Router',
        '    properties:',
        '      name: my edge',
        '      admin_state_up: false',
        '      external_gateway_info:',
        '        network: pub-id',
        '        enable_snat: false',
        '      availability_zone_hints: [nova]',
      ].join('\n'),
    );
  });
});

describe('gateway equivalents', () => {
  it('set the gateway with SNAT and a fixed IP when an admin gives them', () => {
    const eq = setGatewayEquivalents('r1', {
      network: 'pub',
      enableSnat: true,
      fixedIp: '172.24.4.50',
    });
    expect(eq.cli).toBe(
      'openstack router set --external-gateway pub --enable-snat --fixed-ip ip-address=172.24.4.50 r1',
    );
    expect(eq.sdk).toContain(
      'conn.network.update_router("r1", external_gateway_info={"network_id": "pub", "enable_snat": True, "external_fixed_ips": [{"ip_address": "172.24.4.50"}]})',
    );
    expect(eq.hot).toContain('        - ip_address: "172.24.4.50"');
    expect(setGatewayEquivalents('r1', { network: 'pub' }).cli).toBe(
      'openstack router set --external-gateway pub r1',
    );
  });

  it('clear it on each router', () => {
    const eq = clearGatewayEquivalents(['r1', 'r2']);
    expect(eq.cli).toBe(
      'openstack router unset --external-gateway r1\nopenstack router unset --external-gateway r2',
    );
    expect(eq.sdk).toContain('conn.network.update_router("r2", external_gateway_info={})');
  });
});

describe('interface equivalents', () => {
  it('add a subnet, or a port holding the chosen address', () => {
    const bySubnet = addInterfaceEquivalents('r1', { subnetId: 's1', networkId: 'n1' });
    expect(bySubnet.cli).toBe('openstack router add subnet r1 s1');
    expect(bySubnet.sdk).toContain('conn.network.add_interface_to_router("r1", subnet_id="s1")');
    expect(bySubnet.hot).toContain(
      '    type: OS::Neutron::RouterInterface\n    properties:\n      router: r1\n      subnet: s1',
    );

    const byPort = addInterfaceEquivalents('r1', {
      subnetId: 's1',
      networkId: 'n1',
      ipAddress: '10.0.0.5',
    });
    expect(byPort.cli).toBe(
      [
        "port=$(openstack port create --network n1 --fixed-ip subnet=s1,ip-address=10.0.0.5 -f value -c id '')",
        'openstack router add port r1 "$port"',
      ].join('\n'),
    );
    expect(byPort.sdk).toContain('conn.network.add_interface_to_router("r1", port_id=port.id)');
    expect(byPort.hot).toContain('      port: { get_resource: router_port }');
    expect(byPort.hot).toContain('          ip_address: "10.0.0.5"');
  });

  it('remove interfaces by port', () => {
    expect(removeInterfaceEquivalents('r1', ['p1', 'p2']).cli).toBe(
      'openstack router remove port r1 p1\nopenstack router remove port r1 p2',
    );
  });
});

describe('static route, edit and delete equivalents', () => {
  it('use the atomic extraroute calls and ExtraRouteSet', () => {
    const route = { destination: '192.168.10.0/24', nexthop: '10.0.0.10' };
    const add = addRoutesEquivalents('r1', [route]);
    expect(add.cli).toBe(
      'openstack router add route --route destination=192.168.10.0/24,gateway=10.0.0.10 r1',
    );
    expect(add.sdk).toContain(
      'conn.network.add_extra_routes_to_router("r1", {"router": {"routes": [{"destination": "192.168.10.0/24", "nexthop": "10.0.0.10"}]}})',
    );
    expect(add.hot).toContain('type: OS::Neutron::ExtraRouteSet');
    expect(add.hot).toContain('OS::Neutron::ExtraRoute is deprecated');
    expect(removeRoutesEquivalents('r1', [route]).cli).toBe(
      'openstack router remove route --route destination=192.168.10.0/24,gateway=10.0.0.10 r1',
    );
    expect(editRouterEquivalents('r1', "it's", false).cli).toBe(
      `openstack router set --name 'it'"'"'s' --disable r1`,
    );
    expect(deleteRouterEquivalents(['a', 'b']).cli).toBe('openstack router delete a b');
  });
});
