import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  editNetworkInput,
  NETWORK_DEFAULTS,
  networkCreateRequest,
  networkStepInput,
} from './network-inputs';

describe('network inputs', () => {
  it('builds the request; shared only for admins', () => {
    const values = {
      ...NETWORK_DEFAULTS,
      name: 'net',
      shared: true,
      mtu: '1400',
      az_hints: 'nova, az2',
    };
    expect(networkCreateRequest(values, true)).toEqual({
      name: 'net',
      admin_state_up: true,
      shared: true,
      mtu: 1400,
      availability_zone_hints: ['nova', 'az2'],
    });
    expect(networkCreateRequest({ ...NETWORK_DEFAULTS, shared: true }, false)).toEqual({
      name: '',
      admin_state_up: true,
    });
  });

  it('says what is wrong at the field', () => {
    const errors = (v: Record<string, string>) =>
      validateForm(networkStepInput, { ...NETWORK_DEFAULTS, ...v }).errors;
    expect(errors({ name: 'n'.repeat(10_000) }).name).toBe(
      'Network Name must be 255 characters or fewer.',
    );
    expect(errors({ mtu: '1.5' }).mtu).toBe('MTU must be a whole number.');
    expect(errors({ mtu: '20' }).mtu).toBe('MTU must be from 68 to 9216.');
    expect(errors({ az_hints: 'zone one' }).az_hints).toMatch(/separated by commas/);
    expect(errors({ name: '<b>x</b>' })).toEqual({});
  });

  it('edits name, admin state and (for admins) shared', () => {
    expect(
      validateForm(editNetworkInput(false), { name: ' n ', admin_state_up: false, shared: true }),
    ).toMatchObject({ ok: true, data: { name: 'n', admin_state_up: false } });
    const admin = validateForm(editNetworkInput(true), {
      name: 'n',
      admin_state_up: true,
      shared: true,
    });
    expect(admin).toMatchObject({ ok: true, data: { shared: true } });
  });
});
