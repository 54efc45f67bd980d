import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import { createPortInput, editPortInput, portCreateRequest } from './port-inputs';

const subnets = [{ id: 's1', cidr: '10.0.0.0/24' }];
const base: FormValues = {
  name: 'p',
  device_id: '',
  device_owner: '',
  specify: '',
  subnet_id: '',
  fixed_ip: '',
  mac_address: '',
  port_security_enabled: true,
  security_groups: ['sg'],
  allowed_address_pairs: '',
  admin_state_up: true,
};
const errorsOf = (v: FormValues) =>
  validateForm(createPortInput(subnets), { ...base, ...v }).errors;

describe('port inputs', () => {
  it('builds the request from the form', () => {
    expect(
      portCreateRequest(
        {
          ...base,
          specify: 'ip',
          fixed_ip: '10.0.0.9',
          mac_address: 'FA:16:3E:00:00:01',
          allowed_address_pairs: '10.0.0.0/24\n10.0.0.7,fa:16:3e:00:00:02',
        },
        'net',
      ),
    ).toEqual({
      network_id: 'net',
      name: 'p',
      admin_state_up: true,
      fixed_ips: [{ ip_address: '10.0.0.9' }],
      mac_address: 'fa:16:3e:00:00:01',
      port_security_enabled: true,
      security_groups: ['sg'],
      allowed_address_pairs: [
        { ip_address: '10.0.0.0/24' },
        { ip_address: '10.0.0.7', mac_address: 'fa:16:3e:00:00:02' },
      ],
    });
    expect(
      portCreateRequest(
        {
          ...base,
          specify: 'subnet',
          subnet_id: 's1',
          security_groups: [],
          port_security_enabled: false,
        },
        'n',
      ),
    ).toMatchObject({
      fixed_ips: [{ subnet_id: 's1' }],
      port_security_enabled: false,
      security_groups: [],
    });
  });

  it('says what is wrong at the field', () => {
    expect(errorsOf({ specify: 'subnet' }).subnet_id).toBe('Choose a subnet.');
    expect(errorsOf({ specify: 'ip' }).fixed_ip).toBe('Fixed IP Address is required.');
    expect(errorsOf({ specify: 'ip', fixed_ip: '10.9.0.1' }).fixed_ip).toBe(
      "Fixed IP Address 10.9.0.1 is in none of this network's subnets (10.0.0.0/24).",
    );
    expect(errorsOf({ mac_address: 'fa:16:3e' }).mac_address).toBe(
      'MAC Address must look like fa:16:3e:12:34:56.',
    );
    expect(errorsOf({ allowed_address_pairs: '10.0.0.0/33' }).allowed_address_pairs).toBe(
      'Allowed Address Pairs line 1: "10.0.0.0/33" is not an IP address or CIDR.',
    );
    expect(errorsOf({ allowed_address_pairs: '10.0.0.1,zz' }).allowed_address_pairs).toBe(
      'Allowed Address Pairs line 1: "zz" is not a MAC address.',
    );
    expect(errorsOf({ port_security_enabled: false }).security_groups).toMatch(
      /^Security groups need port security/,
    );
    expect(errorsOf({ name: 'x'.repeat(10_000) }).name).toBe(
      'Name must be 255 characters or fewer.',
    );
  });

  it('edits name, state, security', () => {
    expect(
      validateForm(editPortInput, { ...base, port_security_enabled: false, security_groups: [] }),
    ).toMatchObject({
      ok: true,
      data: {
        name: 'p',
        port_security_enabled: false,
        security_groups: [],
        allowed_address_pairs: [],
      },
    });
  });
});
