// A remote IP prefix as Neutron takes it (api-ref: network v2, "Security group
// rules", remote_ip_prefix): an IPv4 or IPv6 address with an optional prefix length.

export interface Cidr {
  version: 4 | 6;
  /** The text as typed, trimmed. */
  text: string;
}

function ipv4(address: string): boolean {
  const parts = address.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && !/^0\d/.test(p))
  );
}

function ipv6(address: string): boolean {
  if (!address.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(address)) return false;
  // The URL parser holds a complete IPv6 grammar, in browsers and in Node.
  try {
    return new URL(`http://[${address}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** The prefix, or why it is not one. */
export function parseCidr(value: string): Cidr | { problem: string } {
  const text = value.trim();
  const [address = '', bits, ...rest] = text.split('/');
  const version = ipv4(address) ? 4 : ipv6(address) ? 6 : undefined;
  if (!version || rest.length > 0)
    return { problem: `${text || 'An empty value'} is not a valid IP address or CIDR.` };
  if (bits !== undefined) {
    const max = version === 4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(bits) || Number(bits) > max)
      return { problem: `The prefix length of ${text} must be from 0 to ${max}.` };
  }
  return { version, text };
}
