import { describe, expect, it } from 'vitest';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import type { Port } from '@/lib/openstack/network/neutron-schemas';
import { mappedText, portTargets } from './floating-ip-targets';

const port = (over: Partial<Port>): Port => ({
  id: 'p',
  name: '',
  network_id: 'n',
  device_id: '',
  device_owner: '',
  status: 'ACTIVE',
  fixed_ips: [],
  ...over,
});

const fip = (over: Partial<FloatingIp>): FloatingIp => ({
  id: 'f',
  floating_ip_address: '172.24.4.9',
  floating_network_id: 'ext',
  router_id: null,
  port_id: null,
  fixed_ip_address: null,
  status: 'DOWN',
  ...over,
});

describe('portTargets', () => {
  it('lists each fixed IPv4 of instance ports as "instance: ip", nothing else', () => {
    const ports = [
      port({
        id: 'p1',
        device_id: 's1',
        device_owner: 'compute:nova',
        fixed_ips: [
          { subnet_id: 'a', ip_address: '10.0.0.12' },
          { subnet_id: 'b', ip_address: '10.0.1.3' },
          { subnet_id: 'c', ip_address: 'fd00::3' },
        ],
      }),
      port({
        id: 'p2',
        device_id: 's2',
        device_owner: 'compute:az1',
        fixed_ips: [{ subnet_id: 'a', ip_address: '10.0.0.4' }],
      }),
      port({
        id: 'r',
        device_id: 'router',
        device_owner: 'network:router_interface',
        fixed_ips: [{ subnet_id: 'a', ip_address: '10.0.0.1' }],
      }),
      port({ id: 'free', fixed_ips: [{ subnet_id: 'a', ip_address: '10.0.0.9' }] }),
    ];
    expect(portTargets(ports, { s1: 'web', s2: 'db' })).toEqual([
      { value: 'p2 10.0.0.4', label: 'db: 10.0.0.4' },
      { value: 'p1 10.0.0.12', label: 'web: 10.0.0.12' },
      { value: 'p1 10.0.1.3', label: 'web: 10.0.1.3' },
    ]);
  });
});

describe('mappedText', () => {
  it('shows "instance fixed-ip" for an instance port, the fixed IP otherwise, "-" when free', () => {
    const details = {
      name: '',
      network_id: 'n',
      mac_address: 'fa:16:3e:00:00:01',
      admin_state_up: true,
      status: 'ACTIVE',
      device_id: 's1',
      device_owner: 'compute:nova',
    };
    const mapped = fip({ port_id: 'p1', fixed_ip_address: '10.0.0.12', port_details: details });
    expect(mappedText(mapped, { s1: 'web' })).toBe('web 10.0.0.12');
    expect(mappedText(mapped, {})).toBe('10.0.0.12');
    expect(
      mappedText(
        { ...mapped, port_details: { ...details, device_owner: 'network:router_gateway' } },
        { s1: 'web' },
      ),
    ).toBe('10.0.0.12');
    expect(mappedText(fip({}), { s1: 'web' })).toBe('-');
  });
});
