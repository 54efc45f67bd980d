import { invalidInput, NeutronError } from './errors';
import { cidrsOverlap, formatIp, parseCidr, parseIp, type Cidr } from './ip-address';

// A subnet's address rules (api-ref network v2 "Subnets"; Neutron's
// ipam_backend_mixin and ipam utils): the CIDR, its default gateway and
// allocation pools, pool checks and the gateway's clash with a pool.

export interface Pool {
  start: string;
  end: string;
}

/** The CIDR of a new subnet, or InvalidInput as Neutron words it. */
export function subnetCidr(text: string, ipVersion: number): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) throw invalidInput(`${text} is not in a CIDR format`);
  if (cidr.version !== ipVersion) {
    throw invalidInput(`cidr '${text}' does not match the ip_version '${ipVersion}'`);
  }
  return cidr;
}

/** The addresses a pool may hold: no network address, no IPv4 broadcast (all of a /31 or /32). */
export function hostRange(cidr: Cidr): { first: bigint; last: bigint } {
  if (cidr.version === 4 && cidr.prefix >= 31) return { first: cidr.first, last: cidr.last };
  return { first: cidr.first + 1n, last: cidr.last - (cidr.version === 4 ? 1n : 0n) };
}

/** The gateway Neutron picks when none is given: the first host (IPv4), the network address (IPv6). */
export function defaultGateway(cidr: Cidr): string {
  return formatIp(cidr.version, cidr.version === 4 ? cidr.first + 1n : cidr.first);
}

/** The whole host range, less the gateway when it falls inside it. */
export function defaultPools(cidr: Cidr, gateway: string | null): Pool[] {
  const { first, last } = hostRange(cidr);
  const fmt = (v: bigint) => formatIp(cidr.version, v);
  const gw = gateway === null ? null : parseIp(gateway);
  if (!gw || gw.version !== cidr.version || gw.value < first || gw.value > last) {
    return [{ start: fmt(first), end: fmt(last) }];
  }
  const pools: Pool[] = [];
  if (gw.value > first) pools.push({ start: fmt(first), end: fmt(gw.value - 1n) });
  if (gw.value < last) pools.push({ start: fmt(gw.value + 1n), end: fmt(last) });
  return pools;
}

const poolText = (pool: Pool) => `${pool.start}-${pool.end}`;
/** The pool as Python prints the request's dict. */
const poolRepr = (pool: Pool) => `{'start': '${pool.start}', 'end': '${pool.end}'}`;

/** validate_allocation_pools: valid and ordered, inside the host range, not overlapping. */
export function checkPools(cidr: Cidr, pools: Pool[]): void {
  const { first, last } = hostRange(cidr);
  const ranges: { pool: Pool; start: bigint; end: bigint }[] = [];
  for (const pool of pools) {
    const start = parseIp(pool.start);
    const end = parseIp(pool.end);
    if (!start || !end || start.version !== cidr.version || end.version !== cidr.version) {
      throw new NeutronError(
        400,
        'InvalidAllocationPool',
        `The allocation pool ${poolRepr(pool)} is not valid.`,
      );
    }
    if (start.value < first || end.value > last) {
      const cidrText = `${formatIp(cidr.version, cidr.first)}/${cidr.prefix}`;
      throw new NeutronError(
        400,
        'OutOfBoundsAllocationPool',
        `The allocation pool ${poolText(pool)} spans beyond the subnet cidr ${cidrText}.`,
      );
    }
    if (start.value > end.value) {
      throw new NeutronError(
        400,
        'InvalidAllocationPool',
        `The allocation pool ${poolRepr(pool)} is not valid.`,
      );
    }
    ranges.push({ pool, start: start.value, end: end.value });
  }
  for (const [i, a] of ranges.entries()) {
    for (const b of ranges.slice(i + 1)) {
      if (a.start <= b.end && b.start <= a.end) {
        const cidrText = `${formatIp(cidr.version, cidr.first)}/${cidr.prefix}`;
        throw new NeutronError(
          409,
          'OverlappingAllocationPools',
          `Found overlapping allocation pools: ${poolText(a.pool)} ${poolText(b.pool)} for subnet ${cidrText}.`,
        );
      }
    }
  }
}

/** An IPv4 gateway inside the CIDR may not be its network or broadcast address. */
export function checkGatewayValid(cidr: Cidr, gateway: string | null): void {
  const gw = gateway === null ? null : parseIp(gateway);
  if (!gw || gw.version !== 4 || cidr.version !== 4 || cidr.prefix >= 31) return;
  if (gw.value === cidr.first || gw.value === cidr.last) {
    throw invalidInput('Gateway is not valid on subnet');
  }
}

/** The gateway may not be an address a pool hands out. */
export function checkGatewayOutsidePools(gateway: string | null, pools: Pool[]): void {
  const gw = gateway === null ? null : parseIp(gateway);
  if (!gw) return;
  for (const pool of pools) {
    const start = parseIp(pool.start);
    const end = parseIp(pool.end);
    if (
      start &&
      end &&
      start.version === gw.version &&
      gw.value >= start.value &&
      gw.value <= end.value
    ) {
      throw new NeutronError(
        409,
        'GatewayConflictWithAllocationPools',
        `Gateway ip ${gateway} conflicts with allocation pool ${poolText(pool)}.`,
      );
    }
  }
}

/** What a DHCP-enabled subnet may not be: too small, multicast, loopback, or starting at 0.0.0.0. */
export function checkDhcpCidr(cidr: Cidr): void {
  const v4 = cidr.version === 4;
  if (cidr.prefix > (v4 ? 30 : 126)) {
    throw invalidInput('Subnet has a prefix length that is incompatible with DHCP service enabled');
  }
  const top = (bits: number) => cidr.first >> BigInt((v4 ? 32 : 128) - bits);
  const multicast = v4 ? top(4) === 14n : top(8) === 0xffn;
  if (multicast) {
    throw invalidInput('Multicast IP subnet is not supported if enable_dhcp is True');
  }
  const loopback = v4 ? top(8) === 127n : cidr.prefix === 128 && cidr.first === 1n;
  if (loopback) {
    throw invalidInput('Loopback IP subnet is not supported if enable_dhcp is True');
  }
  if (cidr.first === 0n) {
    const first = v4 ? '0.0.0.0' : '::';
    throw invalidInput(`First IP '${first}' of network is not supported if enable_dhcp is True.`);
  }
}

/** A network's subnets may not overlap one another. */
export function checkNoOverlap(
  cidr: Cidr,
  cidrText: string,
  networkId: string,
  others: readonly string[],
): void {
  if (
    others.some((o) => {
      const c = parseCidr(o);
      return c !== null && cidrsOverlap(c, cidr);
    })
  ) {
    throw invalidInput(
      `Requested subnet with cidr: ${cidrText} for network: ${networkId} overlaps with another subnet`,
    );
  }
}

/** The IPv6 modes make sense only on IPv6 and, both given, must agree. */
export function checkIpv6Modes(
  ipVersion: number,
  addressMode: string | null,
  raMode: string | null,
): void {
  if (ipVersion === 4) {
    if (addressMode !== null)
      throw invalidInput('ipv6_address_mode is not valid when ip_version is 4');
    if (raMode !== null) throw invalidInput('ipv6_ra_mode is not valid when ip_version is 4');
    return;
  }
  if (addressMode !== null && raMode !== null && addressMode !== raMode) {
    throw invalidInput(
      `ipv6_ra_mode set to '${raMode}' with ipv6_address_mode set to '${addressMode}' is not valid. If both attributes are set, they must be the same value`,
    );
  }
}

/** SLAAC and DHCPv6-stateless subnets give every port an EUI-64 address of their own. */
export function isAutoAddress(subnet: {
  ipVersion: number;
  ipv6AddressMode: string | null;
  ipv6RaMode: string | null;
}): boolean {
  const auto = (mode: string | null) => mode === 'slaac' || mode === 'dhcpv6-stateless';
  return (
    subnet.ipVersion === 6 &&
    (auto(subnet.ipv6AddressMode) || (subnet.ipv6AddressMode === null && auto(subnet.ipv6RaMode)))
  );
}
