// Form inputs of Project → Network → Routers (api-ref: network v2, "Routers
// (routers)", "Extra routes"). Neutron's name limit is 255; any text is a name.
import { z } from 'zod';
import { cidrContains, parseAddress, parseCidr } from '@/lib/net/ip-address';

const NAME_MAX = 255;

export const routerName = (label: string) =>
  z
    .string()
    .trim()
    .max(NAME_MAX, { error: `${label} must be ${NAME_MAX} characters or fewer.` });

const AZ_NAME = /^[A-Za-z0-9_.:-]{1,255}$/;

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const createRouterInput = z
  .object({
    name: routerName('Router Name'),
    admin_state_up: z.boolean(),
    external_network: z.string(),
    enable_snat: z.boolean(),
    az_hints: z.string().refine((text) => splitList(text).every((az) => AZ_NAME.test(az)), {
      error:
        'Availability Zone Hints are zone names separated by commas (letters, numbers, "_", ".", ":", "-").',
    }),
  })
  .transform((v) => ({
    name: v.name,
    adminStateUp: v.admin_state_up,
    externalNetwork: v.external_network || undefined,
    enableSnat: v.enable_snat,
    azHints: splitList(v.az_hints),
  }));
export type CreateRouterInput = z.infer<typeof createRouterInput>;

export const editRouterInput = z.object({
  name: routerName('Name'),
  admin_state_up: z.boolean(),
});

/** An address problem, or undefined when `text` is an address inside one of `cidrs`. */
export function addressProblem(label: string, text: string, cidrs: string[]): string | undefined {
  const ip = parseAddress(text);
  if (!ip) return `${label} must be an IP address, e.g. 192.168.0.254.`;
  if (cidrs.length > 0 && !cidrs.some((cidr) => cidrContains(cidr, text)))
    return cidrs.length === 1
      ? `${label} ${text} is not in the subnet's CIDR ${cidrs[0]}.`
      : `${label} ${text} is not in any subnet of the network (${cidrs.join(', ')}).`;
  return undefined;
}

/** Set Gateway; `cidrsOf` gives the CIDRs of an external network's subnets (admins see them). */
export function setGatewayInput(cidrsOf: (networkId: string) => string[]) {
  return z
    .object({
      network: z.string().min(1, { error: 'Choose an external network.' }),
      enable_snat: z.boolean(),
      fixed_ip: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      if (!v.fixed_ip) return;
      const problem = addressProblem('External Fixed IP', v.fixed_ip, cidrsOf(v.network));
      if (problem) ctx.addIssue({ code: 'custom', path: ['fixed_ip'], message: problem });
    });
}
export type SetGatewayInput = z.infer<ReturnType<typeof setGatewayInput>>;

export interface SubnetChoice {
  id: string;
  cidr: string;
  networkId: string;
  label: string;
}

export function addInterfaceInput(subnets: SubnetChoice[]) {
  return z
    .object({
      subnet: z.string().min(1, { error: 'Choose a subnet.' }),
      ip_address: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      const subnet = subnets.find((s) => s.id === v.subnet);
      if (!v.ip_address || !subnet) return;
      const problem = addressProblem('IP Address', v.ip_address, [subnet.cidr]);
      if (problem) ctx.addIssue({ code: 'custom', path: ['ip_address'], message: problem });
    });
}
export type AddInterfaceInput = z.infer<ReturnType<typeof addInterfaceInput>>;

export const staticRouteInput = z
  .object({
    destination: z.string().trim(),
    nexthop: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    const cidr = parseCidr(v.destination);
    if (!cidr)
      ctx.addIssue({
        code: 'custom',
        path: ['destination'],
        message: 'Destination CIDR must be a network in CIDR notation, e.g. 192.168.10.0/24.',
      });
    const hop = parseAddress(v.nexthop);
    if (!hop)
      ctx.addIssue({
        code: 'custom',
        path: ['nexthop'],
        message: 'Next Hop must be an IP address, e.g. 10.0.0.10.',
      });
    if (cidr && hop && cidr.version !== hop.version)
      ctx.addIssue({
        code: 'custom',
        path: ['nexthop'],
        message: `Next Hop must be an IPv${cidr.version} address, as the destination is.`,
      });
  });
export type StaticRouteInput = z.infer<typeof staticRouteInput>;
