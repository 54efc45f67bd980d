import { describe, expect, it } from 'vitest';
import {
  associateInstanceIpInput,
  ipChoiceValue,
  parseIpChoice,
  parsePortChoice,
  portChoiceValue,
} from './floating-ip-choices';
import {
  associateServerIpEquivalents,
  disassociateServerIpEquivalents,
} from './floating-ip-equivalents';

const port = { portId: 'port-1', fixedIp: '10.0.0.5' };

describe('associateServerIpEquivalents', () => {
  it('adds an existing floating IP on the chosen fixed IP', () => {
    const eq = associateServerIpEquivalents('web 1', { fip: 'fip-1', ip: '172.24.4.9' }, port);
    expect(eq.cli).toBe(
      "openstack server add floating ip --fixed-ip-address 10.0.0.5 'web 1' 172.24.4.9",
    );
    expect(eq.sdk).toContain('server = conn.compute.find_server("web 1", ignore_missing=False)');
    expect(eq.sdk).toContain(
      'conn.compute.add_floating_ip_to_server(server, "172.24.4.9", fixed_address="10.0.0.5")',
    );
    expect(eq.sdk).not.toContain('create_ip');
    expect(eq.hot).toContain('type: OS::Neutron::FloatingIPAssociation');
    expect(eq.hot).toContain('floatingip_id: fip-1');
    expect(eq.hot).toContain('port_id: port-1');
  });

  it('allocates from the pool first when asked to', () => {
    const eq = associateServerIpEquivalents('web', { pool: 'net-1', name: 'public' }, port);
    expect(eq.cli).toBe(
      'openstack server add floating ip --fixed-ip-address 10.0.0.5 web "$(openstack floating ip create -f value -c floating_ip_address public)"',
    );
    expect(eq.sdk).toContain('net = conn.network.find_network("public", ignore_missing=False)');
    expect(eq.sdk).toContain('fip = conn.network.create_ip(floating_network_id=net.id)');
    expect(eq.sdk).toContain('add_floating_ip_to_server(server, fip.floating_ip_address');
    expect(eq.hot).toContain('type: OS::Neutron::FloatingIP\n');
    expect(eq.hot).toContain('floating_network: public');
  });
});

describe('disassociateServerIpEquivalents', () => {
  it('removes, and releases only when asked', () => {
    const keep = disassociateServerIpEquivalents('web', '172.24.4.9', false);
    expect(keep.cli).toBe('openstack server remove floating ip web 172.24.4.9');
    expect(keep.sdk).toContain('remove_floating_ip_from_server(server, "172.24.4.9")');
    expect(keep.sdk).not.toContain('delete_ip');
    const gone = disassociateServerIpEquivalents('web', '172.24.4.9', true);
    expect(gone.cli.split('\n')).toEqual([
      'openstack server remove floating ip web 172.24.4.9',
      'openstack floating ip delete 172.24.4.9',
    ]);
    expect(gone.sdk).toContain('conn.network.delete_ip(conn.network.find_ip("172.24.4.9"');
  });
});

describe('choices', () => {
  it('round-trip and refuse anything else at the field', () => {
    const ip = ipChoiceValue({ pool: 'n', name: 'a "quoted" pool' });
    expect(parseIpChoice(ip)).toEqual({ pool: 'n', name: 'a "quoted" pool' });
    expect(parseIpChoice('{')).toBeUndefined();
    expect(parseIpChoice('{"x":1}')).toBeUndefined();
    expect(parsePortChoice(portChoiceValue(port))).toEqual(port);
    const bad = associateInstanceIpInput.safeParse({ ip: '', target: 'p' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['ip', 'Select an IP address.'],
      ['target', 'Select a port to be associated.'],
    ]);
  });
});
