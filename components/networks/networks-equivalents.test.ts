import { describe, expect, it } from 'vitest';
import {
  createNetworkEquivalents,
  createPortEquivalents,
  createSubnetEquivalents,
  deleteNetworkEquivalents,
  updateNetworkEquivalents,
  updatePortEquivalents,
  updateSubnetEquivalents,
} from './networks-equivalents';

describe('network equivalents', () => {
  it('create a network alone, with only the options that differ from the defaults', () => {
    const eq = createNetworkEquivalents({ name: 'my net', admin_state_up: false, shared: true });
    expect(eq.cli).toBe("openstack network create \\\n  --disable \\\n  --share \\\n  'my net'");
    expect(eq.sdk).toContain('    is_admin_state_up=False,\n    is_shared=True,');
    expect(eq.hot).toContain(
      '  my_net:\n    type: OS::Neutron::Net\n    properties:\n      name: my net',
    );
  });

  it('create the network and its subnet, the subnet on the new network', () => {
    const eq = createNetworkEquivalents(
      { name: 'net1', admin_state_up: true },
      {
        name: 'sub1',
        cidr: '2001:db8::/64',
        ip_version: 6,
        gateway_ip: null,
        enable_dhcp: false,
        ipv6_address_mode: 'slaac',
        ipv6_ra_mode: 'slaac',
      },
    );
    expect(eq.cli).toBe(
      [
        'network_id=$(openstack network create -f value -c id net1)',
        'openstack subnet create \\',
        '  --network "$network_id" \\',
        '  --subnet-range 2001:db8::/64 \\',
        '  --ip-version 6 \\',
        '  --gateway none \\',
        '  --no-dhcp \\',
        '  --ipv6-ra-mode slaac \\',
        '  --ipv6-address-mode slaac \\',
        '  sub1',
      ].join('\n'),
    );
    expect(eq.sdk).toContain('subnet = conn.network.create_subnet(\n    network_id=network.id,');
    expect(eq.sdk).toContain('gateway_ip=None,');
    expect(eq.hot).toContain('      network: { get_resource: net1 }');
    expect(eq.hot).toContain('      gateway_ip: null');
  });

  it('edit and delete', () => {
    expect(updateNetworkEquivalents('id1', { name: 'n', admin_state_up: true }).cli).toBe(
      'openstack network set \\\n  --name n \\\n  --enable \\\n  id1',
    );
    expect(deleteNetworkEquivalents(['a', 'b']).cli).toBe('openstack network delete a b');
    const set = updateSubnetEquivalents('s', {
      name: 's',
      enable_dhcp: true,
      allocation_pools: [{ start: '10.0.0.5', end: '10.0.0.9' }],
      dns_nameservers: [],
      host_routes: [],
    });
    expect(set.cli).toContain(
      '--no-allocation-pool \\\n  --allocation-pool start=10.0.0.5,end=10.0.0.9',
    );
    expect(set.sdk).toContain('allocation_pools=[{"start": "10.0.0.5", "end": "10.0.0.9"}],');
  });

  it('create a subnet on an existing network', () => {
    const eq = createSubnetEquivalents({
      network_id: 'NET',
      name: '',
      cidr: '',
      ip_version: 4,
      enable_dhcp: true,
    });
    expect(eq.cli).toBe(
      "openstack subnet create \\\n  --network NET \\\n  --subnet-range '<cidr>' \\\n  ''",
    );
    expect(eq.hot).toContain('      network: NET');
  });

  it('create and edit a port', () => {
    const eq = createPortEquivalents({
      network_id: 'NET',
      name: 'p',
      fixed_ips: [{ subnet_id: 'SUB', ip_address: '10.0.0.5' }],
      mac_address: 'fa:16:3e:00:00:01',
      port_security_enabled: false,
      security_groups: [],
      allowed_address_pairs: [],
    });
    expect(eq.cli).toContain('--fixed-ip subnet=SUB,ip-address=10.0.0.5');
    expect(eq.cli).toContain('--disable-port-security \\\n  --no-security-group');
    expect(eq.sdk).toContain('fixed_ips=[{"subnet_id": "SUB", "ip_address": "10.0.0.5"}],');
    expect(eq.hot).toContain('fixed_ips: [{ subnet: SUB, ip_address: "10.0.0.5" }]');
    const set = updatePortEquivalents('P', {
      name: 'p',
      port_security_enabled: true,
      security_groups: ['SG'],
      allowed_address_pairs: [{ ip_address: '10.0.0.9', mac_address: 'fa:16:3e:00:00:02' }],
    });
    expect(set.cli).toContain(
      '--no-security-group \\\n  --security-group SG \\\n  --no-allowed-address \\\n  --allowed-address ip-address=10.0.0.9,mac-address=fa:16:3e:00:00:02',
    );
  });
});
