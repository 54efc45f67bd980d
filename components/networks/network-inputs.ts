// Form input of Create Network's first step and Edit Network (api-ref: network
// v2, "Networks"); shared only by admins, the MTU and AZ hints optional.
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import type { NetworkInput } from '@/lib/openstack/network/network-schemas';
import { flag, nameProblem, text, type FieldErrors } from './subnets/subnet-inputs';

/** The smallest MTU Neutron takes for IPv4; the largest an Ethernet jumbo frame allows. */
export const MTU_MIN = 68;
export const MTU_MAX = 9216;

export function networkErrors(values: Readonly<FormValues>): FieldErrors {
  const errors: FieldErrors = {};
  const name = nameProblem(text(values, 'name'), 'Network Name');
  if (name) errors.name = name;
  const mtu = text(values, 'mtu');
  if (mtu) {
    if (!/^\d+$/.test(mtu)) errors.mtu = 'MTU must be a whole number.';
    else if (Number(mtu) < MTU_MIN || Number(mtu) > MTU_MAX)
      errors.mtu = `MTU must be from ${MTU_MIN} to ${MTU_MAX}.`;
  }
  const hints = azHints(text(values, 'az_hints'));
  const long = hints.find((h) => h.length > 255);
  if (long) errors.az_hints = 'Each availability zone name must be 255 characters or fewer.';
  else if (hints.some((h) => !/^[\w.:-]+$/.test(h)))
    errors.az_hints = 'Availability zone names are separated by commas and have no spaces.';
  return errors;
}

export function azHints(value: string): string[] {
  return value
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

/** The create request: shared only when the user may set it (admins). */
export function networkCreateRequest(values: Readonly<FormValues>, admin: boolean): NetworkInput {
  const mtu = text(values, 'mtu');
  const hints = azHints(text(values, 'az_hints'));
  return {
    name: text(values, 'name'),
    admin_state_up: flag(values, 'admin_state_up'),
    ...(admin ? { shared: flag(values, 'shared') } : {}),
    ...(mtu ? { mtu: Number(mtu) } : {}),
    ...(hints.length ? { availability_zone_hints: hints } : {}),
  };
}

const formValues = z.record(z.string(), z.unknown());

function addAll(ctx: z.core.$RefinementCtx, errors: FieldErrors) {
  for (const [path, message] of Object.entries(errors))
    ctx.addIssue({ code: 'custom', path: [path], message });
}

/** The wizard's Network step; its output carries the step's values. */
export const networkStepInput = formValues
  .superRefine((v, ctx) => addAll(ctx, networkErrors(v as FormValues)))
  .transform((v) => ({ networkValues: v as FormValues }));

/** Edit Network: name, admin state, and shared for admins. */
export function editNetworkInput(admin: boolean) {
  return formValues
    .superRefine((v, ctx) => {
      const name = nameProblem(text(v as FormValues, 'name'), 'Network Name');
      if (name) ctx.addIssue({ code: 'custom', path: ['name'], message: name });
    })
    .transform((v) => {
      const values = v as FormValues;
      return {
        name: text(values, 'name'),
        admin_state_up: flag(values, 'admin_state_up'),
        ...(admin ? { shared: flag(values, 'shared') } : {}),
      } satisfies NetworkInput;
    });
}

export const NETWORK_DEFAULTS: FormValues = {
  name: '',
  admin_state_up: true,
  shared: false,
  with_subnet: true,
  az_hints: '',
  mtu: '',
};
