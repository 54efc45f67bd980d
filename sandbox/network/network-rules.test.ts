import { describe, expect, it } from 'vitest';
import { checkMtu, networkAttrRefusal, portsInUse } from './network-rules';
import type { PortRecord } from './schema';

describe('network rules', () => {
  it('leaves admin-only attributes to admins, in oslo.policy’s words', () => {
    expect(networkAttrRefusal('create_network', { name: 'x' }, false)).toBeNull();
    expect(networkAttrRefusal('create_network', { shared: true }, true)).toBeNull();
    expect(networkAttrRefusal('create_network', { shared: true }, false)?.message).toBe(
      '(rule:create_network and rule:create_network:shared) is disallowed by policy',
    );
    expect(
      networkAttrRefusal('create_network', { 'router:external': true, shared: true }, false)
        ?.message,
    ).toBe(
      '((rule:create_network and rule:create_network:shared) and rule:create_network:router:external) is disallowed by policy',
    );
    expect(networkAttrRefusal('update_network', { shared: true }, false)?.status).toBe(403);
  });

  it('caps the MTU by network type', () => {
    expect(() => checkMtu(1450, 'vxlan')).not.toThrow();
    expect(() => checkMtu(1451, 'vxlan')).toThrow(
      'Invalid input for operation: Requested MTU is too big, maximum is 1450.',
    );
    expect(() => checkMtu(1500, 'flat')).not.toThrow();
  });

  it('counts every port but DHCP’s as keeping the network in use', () => {
    const ports = [
      { id: 'a', networkId: 'n', deviceOwner: 'network:dhcp' },
      { id: 'b', networkId: 'n', deviceOwner: 'compute:nova' },
      { id: 'c', networkId: 'm', deviceOwner: '' },
    ] as PortRecord[];
    expect(portsInUse(ports, 'n').map((p) => p.id)).toEqual(['b']);
  });
});
