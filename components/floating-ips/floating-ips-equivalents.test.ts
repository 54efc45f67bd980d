import { describe, expect, it } from 'vitest';
import {
  allocateFloatingIpEquivalents,
  associateFloatingIpEquivalents,
  disassociateFloatingIpEquivalents,
  releaseFloatingIpEquivalents,
} from './floating-ips-equivalents';

describe('allocateFloatingIpEquivalents', () => {
  it('allocates from the pool alone', () => {
    const eq = allocateFloatingIpEquivalents({
      pool: 'public',
      description: '',
      floatingIpAddress: '',
    });
    expect(eq.cli).toBe('openstack floating ip create public');
    expect(eq.sdk).toContain('net = conn.network.find_network("public", ignore_missing=False)');
    expect(eq.sdk).toContain('fip = conn.network.create_ip(floating_network_id=net.id)');
    expect(eq.hot).toContain('type: OS::Neutron::FloatingIP');
    expect(eq.hot).toContain('floating_network: public');
    expect(eq.hot).not.toContain('value_specs');
  });

  it('quotes a description and asks for an address', () => {
    const eq = allocateFloatingIpEquivalents({
      pool: 'ext net',
      description: "it's <b>web</b>",
      floatingIpAddress: '172.24.4.9',
    });
    expect(eq.cli).toBe(
      `openstack floating ip create --description 'it'"'"'s <b>web</b>' --floating-ip-address 172.24.4.9 'ext net'`,
    );
    expect(eq.sdk).toContain(
      'create_ip(floating_network_id=net.id, description="it\'s <b>web</b>", floating_ip_address="172.24.4.9")',
    );
    expect(eq.hot).toContain('floating_network: ext net');
    expect(eq.hot).toContain('floating_ip_address: "172.24.4.9"');
    expect(eq.hot).toContain('value_specs:\n        description: "it\'s <b>web</b>"');
  });
});

describe('associateFloatingIpEquivalents', () => {
  it('sets the port and the fixed IP', () => {
    const eq = associateFloatingIpEquivalents({
      floatingIpId: 'fip-1',
      floatingIpAddress: '172.24.4.9',
      portId: 'port-1',
      fixedIp: '10.0.0.5',
    });
    expect(eq.cli).toBe(
      'openstack floating ip set --port port-1 --fixed-ip-address 10.0.0.5 172.24.4.9',
    );
    expect(eq.sdk).toContain('fip = conn.network.find_ip("172.24.4.9", ignore_missing=False)');
    expect(eq.sdk).toContain(
      'conn.network.update_ip(fip, port_id="port-1", fixed_ip_address="10.0.0.5")',
    );
    expect(eq.hot).toContain('type: OS::Neutron::FloatingIPAssociation');
    expect(eq.hot).toContain('floatingip_id: fip-1');
    expect(eq.hot).toContain('fixed_ip_address: "10.0.0.5"');
  });

  it('leaves the fixed IP to Neutron when none is chosen', () => {
    const eq = associateFloatingIpEquivalents({
      floatingIpId: 'f',
      floatingIpAddress: '172.24.4.9',
      portId: '<port>',
      fixedIp: '',
    });
    expect(eq.cli).toBe(`openstack floating ip set --port '<port>' 172.24.4.9`);
    expect(eq.hot).not.toContain('fixed_ip_address');
  });
});

describe('disassociate and release', () => {
  it('name every selected address', () => {
    const off = disassociateFloatingIpEquivalents(['172.24.4.9', '172.24.4.10']);
    expect(off.cli).toBe(
      'openstack floating ip unset --port 172.24.4.9\nopenstack floating ip unset --port 172.24.4.10',
    );
    expect(off.sdk).toContain('find_ip("172.24.4.10", ignore_missing=False), port_id=None)');
    const gone = releaseFloatingIpEquivalents(['172.24.4.9', '172.24.4.10']);
    expect(gone.cli).toBe('openstack floating ip delete 172.24.4.9 172.24.4.10');
    expect(gone.sdk.match(/conn\.network\.delete_ip/g)).toHaveLength(2);
  });
});
