// Form input of Create Port and Edit Port (api-ref: network v2, "Ports"): fixed
// IP or subnet, MAC, port security with its security groups, allowed address pairs.
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import { contains, parseAddress, parseCidr } from '@/lib/net/ip-address';
import type {
  AddressPairInput,
  PortCreateInput,
  PortUpdateInput,
} from '@/lib/openstack/network/port-schemas';
import { cidrProblem } from '../cidr-problem';
import { flag, lines, nameProblem, text, type FieldErrors } from '../subnets/subnet-inputs';

export const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;

export interface PortSubnet {
  id: string;
  cidr: string;
}

export const SPECIFY_OPTIONS = [
  { value: '', label: 'Unspecified' },
  { value: 'subnet', label: 'Subnet' },
  { value: 'ip', label: 'Fixed IP Address' },
] as const;

function pairsError(value: string): string | undefined {
  for (const { line, n } of lines(value)) {
    const where = `Allowed Address Pairs line ${n}`;
    const [ip = '', mac, ...rest] = line.split(',').map((p) => p.trim());
    if (rest.length > 0)
      return `${where}: write it as ip[,mac], e.g. 10.0.0.5 or 10.0.0.0/24,fa:16:3e:00:00:01.`;
    if (ip.includes('/') ? cidrProblem(ip) : !parseAddress(ip))
      return `${where}: "${ip}" is not an IP address or CIDR.`;
    if (mac !== undefined && !MAC.test(mac)) return `${where}: "${mac}" is not a MAC address.`;
  }
  return undefined;
}

export function parsePairs(value: string): AddressPairInput[] {
  return lines(value).map(({ line }) => {
    const [ip = '', mac] = line.split(',').map((p) => p.trim());
    return mac ? { ip_address: ip, mac_address: mac.toLowerCase() } : { ip_address: ip };
  });
}

/** Errors of the port's security settings, shared by create and edit. */
function securityErrors(values: Readonly<FormValues>, errors: FieldErrors) {
  const groups = Array.isArray(values.security_groups) ? values.security_groups : [];
  if (!flag(values, 'port_security_enabled')) {
    if (groups.length > 0)
      errors.security_groups =
        'Security groups need port security: enable Port Security or clear the groups.';
    if (!errors.allowed_address_pairs && lines(text(values, 'allowed_address_pairs')).length > 0)
      errors.allowed_address_pairs =
        'Allowed address pairs need port security: enable Port Security or clear them.';
  }
}

export function portErrors(values: Readonly<FormValues>, subnets: PortSubnet[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, label] of [
    ['name', 'Name'],
    ['device_id', 'Device ID'],
    ['device_owner', 'Device Owner'],
  ] as const) {
    const problem = nameProblem(text(values, field), label);
    if (problem) errors[field] = problem;
  }
  const specify = text(values, 'specify');
  if (specify === 'subnet' && !subnets.some((s) => s.id === text(values, 'subnet_id')))
    errors.subnet_id = 'Choose a subnet.';
  if (specify === 'ip') {
    const ipText = text(values, 'fixed_ip');
    const ip = parseAddress(ipText);
    if (!ipText) errors.fixed_ip = 'Fixed IP Address is required.';
    else if (!ip) errors.fixed_ip = `Fixed IP Address: "${ipText}" is not an IP address.`;
    else if (
      !subnets.some((s) => {
        const c = parseCidr(s.cidr);
        return c && contains(c, ip);
      })
    )
      errors.fixed_ip = `Fixed IP Address ${ipText} is in none of this network's subnets (${subnets.map((s) => s.cidr).join(', ') || 'it has none'}).`;
  }
  const mac = text(values, 'mac_address');
  if (mac && !MAC.test(mac)) errors.mac_address = 'MAC Address must look like fa:16:3e:12:34:56.';
  const pairs = pairsError(text(values, 'allowed_address_pairs'));
  if (pairs) errors.allowed_address_pairs = pairs;
  securityErrors(values, errors);
  return errors;
}

export function portEditErrors(values: Readonly<FormValues>): FieldErrors {
  const errors: FieldErrors = {};
  const name = nameProblem(text(values, 'name'), 'Name');
  if (name) errors.name = name;
  const pairs = pairsError(text(values, 'allowed_address_pairs'));
  if (pairs) errors.allowed_address_pairs = pairs;
  securityErrors(values, errors);
  return errors;
}

function groupsOf(values: Readonly<FormValues>): string[] {
  return Array.isArray(values.security_groups) ? values.security_groups : [];
}

export function portCreateRequest(
  values: Readonly<FormValues>,
  networkId: string,
): PortCreateInput {
  const specify = text(values, 'specify');
  const security = flag(values, 'port_security_enabled');
  const pairs = parsePairs(text(values, 'allowed_address_pairs'));
  const mac = text(values, 'mac_address');
  const deviceId = text(values, 'device_id');
  const deviceOwner = text(values, 'device_owner');
  return {
    network_id: networkId,
    name: text(values, 'name'),
    admin_state_up: flag(values, 'admin_state_up'),
    ...(deviceId ? { device_id: deviceId } : {}),
    ...(deviceOwner ? { device_owner: deviceOwner } : {}),
    ...(specify === 'subnet' ? { fixed_ips: [{ subnet_id: text(values, 'subnet_id') }] } : {}),
    ...(specify === 'ip' ? { fixed_ips: [{ ip_address: text(values, 'fixed_ip') }] } : {}),
    ...(mac ? { mac_address: mac.toLowerCase() } : {}),
    port_security_enabled: security,
    // Without port security a port may have no groups at all, not even "default".
    security_groups: security ? groupsOf(values) : [],
    ...(pairs.length ? { allowed_address_pairs: pairs } : {}),
  };
}

export function portUpdateRequest(values: Readonly<FormValues>): PortUpdateInput {
  const security = flag(values, 'port_security_enabled');
  return {
    name: text(values, 'name'),
    admin_state_up: flag(values, 'admin_state_up'),
    port_security_enabled: security,
    security_groups: security ? groupsOf(values) : [],
    allowed_address_pairs: security ? parsePairs(text(values, 'allowed_address_pairs')) : [],
  };
}

const formValues = z.record(z.string(), z.unknown());

function addAll(ctx: z.core.$RefinementCtx, errors: FieldErrors) {
  for (const [path, message] of Object.entries(errors))
    ctx.addIssue({ code: 'custom', path: [path], message });
}

export function createPortInput(subnets: PortSubnet[]) {
  return formValues
    .superRefine((v, ctx) => addAll(ctx, portErrors(v as FormValues, subnets)))
    .transform((v) => v as FormValues);
}

export const editPortInput = formValues
  .superRefine((v, ctx) => addAll(ctx, portEditErrors(v as FormValues)))
  .transform((v) => portUpdateRequest(v as FormValues));
