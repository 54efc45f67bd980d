import { NeutronError } from './errors';
import { cidrRange, isIpv4, ipToInt } from './ipam';
import { pyStr } from '../validation/py-repr';

// Pure router checks from neutron's l3_db and extraroute_db (api-ref network v2
// "Routers", "Extra routes"): interface subnets that may not overlap, route
// format, and next hops that must sit on one of the router's subnets.

export interface Route {
  destination: string;
  nexthop: string;
}

export interface RouterSubnet {
  id: string;
  cidr: string;
}

const routerBadRequest = (message: string) =>
  new NeutronError(400, 'BadRequest', `Bad router request: ${message}.`);

export function cidrsOverlap(a: string, b: string): boolean {
  const x = cidrRange(a);
  const y = cidrRange(b);
  if (!x || !y) return false;
  return x.first <= y.last && y.first <= x.last;
}

/** _check_for_dup_router_subnets: the same subnet twice, or overlapping CIDRs. */
export function checkNewInterfaceSubnet(attached: RouterSubnet[], subnet: RouterSubnet): void {
  for (const existing of attached) {
    if (existing.id === subnet.id) {
      throw routerBadRequest(`Router already has a port on subnet ${subnet.id}`);
    }
    if (cidrsOverlap(existing.cidr, subnet.cidr)) {
      throw routerBadRequest(
        `Cidr ${subnet.cidr} of subnet ${subnet.id} overlaps with cidr ${existing.cidr} of subnet ${existing.id}`,
      );
    }
  }
}

const routesInput = (reason: string) =>
  new NeutronError(400, 'HTTPBadRequest', `Invalid input for routes. Reason: ${reason}.`);

function isCidr(value: string): boolean {
  return value.includes('/') && cidrRange(value) !== null;
}

/** validate_hostroutes: a list of {destination: CIDR, nexthop: IP}, without duplicates. */
export function parseRoutes(value: unknown): Route[] {
  if (!Array.isArray(value))
    throw routesInput(`Invalid data format for hostroute: '${pyStr(value)}'`);
  const routes: Route[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw routesInput(`Invalid data format for hostroute: '${pyStr(entry)}'`);
    }
    const { destination, nexthop } = entry as Record<string, unknown>;
    const keys = Object.keys(entry).sort();
    if (keys.join(',') !== 'destination,nexthop') {
      throw routesInput(
        `Validation of dictionary's keys failed. Expected keys: {'destination', 'nexthop'} Provided keys: {${keys.map((k) => `'${k}'`).join(', ')}}`,
      );
    }
    if (typeof destination !== 'string' || !isCidr(destination)) {
      throw routesInput(`'${String(destination)}' is not a valid CIDR`);
    }
    if (typeof nexthop !== 'string' || !isIpv4(nexthop)) {
      throw routesInput(`'${String(nexthop)}' is not a valid IP address`);
    }
    const route = { destination, nexthop };
    if (routes.some((r) => r.destination === destination && r.nexthop === nexthop)) {
      throw routesInput(`Duplicate hostroute '${routesRepr([route]).slice(1, -1)}'`);
    }
    routes.push(route);
  }
  return routes;
}

export function routesRepr(routes: Route[]): string {
  return `[${routes.map((r) => `{'destination': '${r.destination}', 'nexthop': '${r.nexthop}'}`).join(', ')}]`;
}

/** _validate_routes_nexthop: every next hop on a router subnet, and not the router itself. */
export function checkRoutes(routes: Route[], subnets: RouterSubnet[], routerIps: string[]): void {
  for (const route of routes) {
    const fail = (reason: string) =>
      new NeutronError(
        400,
        'InvalidRoutes',
        `Invalid format for routes: ${routesRepr(routes)}, ${reason}`,
      );
    if (!subnets.some((s) => inCidr(s, route.nexthop))) {
      throw fail('the nexthop is not connected with router');
    }
    if (routerIps.includes(route.nexthop)) throw fail('the nexthop is used by router');
  }
}

function inCidr(subnet: RouterSubnet, ip: string): boolean {
  const range = cidrRange(subnet.cidr);
  const value = ipToInt(ip);
  return range !== null && value !== null && value >= range.first && value <= range.last;
}

/** Routes whose next hop lies in the subnet (they keep its interface). */
export function routesThrough(routes: Route[], subnet: RouterSubnet): Route[] {
  return routes.filter((r) => inCidr(subnet, r.nexthop));
}
