// The choices of the instance's floating IP forms, as option values that carry
// what the equivalents need (an address, a pool's name), and their parsing.
import { z } from 'zod';

/** An existing floating IP, or a new one to allocate from a pool. */
export type IpChoice = { fip: string; ip: string } | { pool: string; name: string };

const ipChoiceSchema = z.union([
  z.object({ fip: z.string(), ip: z.string() }),
  z.object({ pool: z.string(), name: z.string() }),
]);

export const ipChoiceValue = (choice: IpChoice): string => JSON.stringify(choice);

export function parseIpChoice(value: unknown): IpChoice | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const parsed = ipChoiceSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A port of the instance and one of its fixed IPs ("port-id 10.0.0.5"). */
export interface PortChoice {
  portId: string;
  fixedIp: string;
}

export const portChoiceValue = (c: PortChoice): string => `${c.portId} ${c.fixedIp}`;

export function parsePortChoice(value: unknown): PortChoice | undefined {
  if (typeof value !== 'string') return undefined;
  const [portId, fixedIp, ...rest] = value.split(' ');
  return portId && fixedIp && rest.length === 0 ? { portId, fixedIp } : undefined;
}

export const associateInstanceIpInput = z.object({
  ip: z.string().refine((v) => parseIpChoice(v) !== undefined, { error: 'Select an IP address.' }),
  target: z
    .string()
    .refine((v) => parsePortChoice(v) !== undefined, { error: 'Select a port to be associated.' }),
});

export const disassociateInstanceIpInput = z.object({
  ip: z.string().refine((v) => parseIpChoice(v) !== undefined, { error: 'Select a floating IP.' }),
  release: z.boolean(),
});
