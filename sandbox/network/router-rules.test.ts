import { describe, expect, it } from 'vitest';
import {
  checkNewInterfaceSubnet,
  checkRoutes,
  cidrsOverlap,
  parseRoutes,
  routesThrough,
} from './router-rules';
import type { NeutronError } from './errors';

function refusal(fn: () => void): { type: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as NeutronError;
    return { type: e.type, message: e.message };
  }
  throw new Error('expected a refusal');
}

const wide = { id: 'a', cidr: '10.61.0.0/16' };
const inner = { id: 'b', cidr: '10.61.4.0/24' };
const other = { id: 'c', cidr: '192.168.0.0/24' };

describe('router interface subnets', () => {
  it('finds overlapping CIDRs', () => {
    expect(cidrsOverlap(wide.cidr, inner.cidr)).toBe(true);
    expect(cidrsOverlap(wide.cidr, other.cidr)).toBe(false);
  });

  it('refuses the same subnet twice and an overlapping one, naming the new subnet first', () => {
    expect(refusal(() => checkNewInterfaceSubnet([wide], wide)).message).toBe(
      'Bad router request: Router already has a port on subnet a.',
    );
    expect(refusal(() => checkNewInterfaceSubnet([wide], inner)).message).toBe(
      'Bad router request: Cidr 10.61.4.0/24 of subnet b overlaps with cidr 10.61.0.0/16 of subnet a.',
    );
    expect(() => checkNewInterfaceSubnet([wide], other)).not.toThrow();
  });
});

describe('static routes', () => {
  it('parses destination and next hop, refusing bad CIDRs, addresses and duplicates', () => {
    const route = { destination: '10.1.0.0/24', nexthop: '10.61.0.9' };
    expect(parseRoutes([route])).toEqual([route]);
    expect(refusal(() => parseRoutes([{ ...route, destination: '10.1.0.0/33' }])).message).toBe(
      "Invalid input for routes. Reason: '10.1.0.0/33' is not a valid CIDR.",
    );
    expect(refusal(() => parseRoutes([{ ...route, nexthop: 'x' }])).message).toBe(
      "Invalid input for routes. Reason: 'x' is not a valid IP address.",
    );
    expect(refusal(() => parseRoutes([route, route])).message).toBe(
      "Invalid input for routes. Reason: Duplicate hostroute '{'destination': '10.1.0.0/24', 'nexthop': '10.61.0.9'}'.",
    );
    expect(refusal(() => parseRoutes('x')).type).toBe('HTTPBadRequest');
  });

  it('wants the next hop on a router subnet and not the router itself', () => {
    const route = { destination: '10.1.0.0/24', nexthop: '10.9.9.9' };
    expect(refusal(() => checkRoutes([route], [wide], ['10.61.0.1']))).toEqual({
      type: 'InvalidRoutes',
      message:
        "Invalid format for routes: [{'destination': '10.1.0.0/24', 'nexthop': '10.9.9.9'}], the nexthop is not connected with router",
    });
    expect(
      refusal(() => checkRoutes([{ ...route, nexthop: '10.61.0.1' }], [wide], ['10.61.0.1']))
        .message,
    ).toMatch(/the nexthop is used by router$/);
    expect(() =>
      checkRoutes([{ ...route, nexthop: '10.61.0.9' }], [wide], ['10.61.0.1']),
    ).not.toThrow();
  });

  it('tells which routes go through a subnet', () => {
    const routes = [
      { destination: '10.1.0.0/24', nexthop: '10.61.0.9' },
      { destination: '10.2.0.0/24', nexthop: '192.168.0.9' },
    ];
    expect(routesThrough(routes, wide)).toEqual([routes[0]]);
  });
});
