// The Allocate IP To Project and Associate Floating IP forms (api-ref network v2,
// "Floating IPs (floatingips)"): Neutron's 255-character description, an IP address.
import { z } from 'zod';

const isIp = (v: string) => z.ipv4().safeParse(v).success || z.ipv6().safeParse(v).success;

export const allocateFloatingIpInput = z.object({
  pool: z.string().min(1, { error: 'Select a pool.' }),
  description: z
    .string()
    .trim()
    .max(255, { error: 'Description must be 255 characters or fewer.' }),
  floatingIpAddress: z
    .string()
    .trim()
    .refine((v) => v === '' || isIp(v), { error: 'Enter a valid IPv4 or IPv6 address.' }),
});
export type AllocateFloatingIpInput = z.infer<typeof allocateFloatingIpInput>;

export const associateFloatingIpInput = z.object({
  ip: z.string().min(1, { error: 'Select an IP address.' }),
  target: z.string().min(1, { error: 'Select a port to be associated.' }),
});

/** One choice of "Port to be associated": a port and one of its fixed IPs. */
export interface PortTarget {
  portId: string;
  fixedIp: string;
}

const SEPARATOR = ' ';

/** The option value of a target (port IDs and IP addresses never hold a space). */
export function targetValue(target: PortTarget): string {
  return `${target.portId}${SEPARATOR}${target.fixedIp}`;
}

export function parseTarget(value: string): PortTarget | undefined {
  const [portId, fixedIp, ...rest] = value.split(SEPARATOR);
  if (!portId || !fixedIp || rest.length > 0) return undefined;
  return { portId, fixedIp };
}
