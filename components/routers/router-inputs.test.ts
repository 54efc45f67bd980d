import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  addInterfaceInput,
  createRouterInput,
  editRouterInput,
  setGatewayInput,
  staticRouteInput,
} from './router-inputs';

const create = (values: Record<string, string | boolean>) =>
  validateForm(createRouterInput, {
    name: 'edge',
    admin_state_up: true,
    external_network: '',
    enable_snat: true,
    az_hints: '',
    ...values,
  });

describe('Create Router and Edit Router inputs', () => {
  it('gives the request its parts', () => {
    expect(create({ external_network: 'pub', az_hints: ' az1, nova ' })).toMatchObject({
      ok: true,
      data: {
        name: 'edge',
        adminStateUp: true,
        externalNetwork: 'pub',
        enableSnat: true,
        azHints: ['az1', 'nova'],
      },
    });
    expect(create({ name: '' })).toMatchObject({
      ok: true,
      data: { name: '', externalNetwork: undefined },
    });
  });

  it('says what is wrong at the field; HTML is just a name', () => {
    expect(create({ name: 'r'.repeat(10_000) }).errors).toEqual({
      name: 'Router Name must be 255 characters or fewer.',
    });
    expect(create({ name: '<b>x</b>' }).ok).toBe(true);
    expect(create({ az_hints: 'a b' }).errors.az_hints).toMatch(/^Availability Zone Hints are/);
    expect(
      validateForm(editRouterInput, { name: 'x'.repeat(256), admin_state_up: false }).errors,
    ).toEqual({ name: 'Name must be 255 characters or fewer.' });
  });
});

describe('Set Gateway input', () => {
  const schema = setGatewayInput((id) => (id === 'pub' ? ['172.24.4.0/24'] : []));
  const check = (values: Record<string, string | boolean>) =>
    validateForm(schema, { network: 'pub', enable_snat: true, fixed_ip: '', ...values });

  it('needs a network; a fixed IP must be in its subnets', () => {
    expect(check({}).ok).toBe(true);
    expect(check({ network: '' }).errors).toEqual({ network: 'Choose an external network.' });
    expect(check({ fixed_ip: '172.24.4.77' }).ok).toBe(true);
    expect(check({ fixed_ip: '10.1.1.1' }).errors.fixed_ip).toBe(
      "External Fixed IP 10.1.1.1 is not in the subnet's CIDR 172.24.4.0/24.",
    );
    expect(check({ fixed_ip: '172.24.4.300' }).errors.fixed_ip).toBe(
      'External Fixed IP must be an IP address, e.g. 192.168.0.254.',
    );
  });
});

describe('Add Interface input', () => {
  const schema = addInterfaceInput([
    { id: 's1', cidr: '10.9.0.0/24', networkId: 'n1', label: 'net: 10.9.0.0/24 (sub)' },
  ]);
  const check = (values: Record<string, string>) =>
    validateForm(schema, { subnet: 's1', ip_address: '', ...values });

  it('takes a subnet and an optional address inside it', () => {
    expect(check({})).toMatchObject({ ok: true, data: { subnet: 's1', ip_address: '' } });
    expect(check({ ip_address: ' 10.9.0.254 ' })).toMatchObject({
      data: { ip_address: '10.9.0.254' },
    });
    expect(check({ subnet: '' }).errors).toEqual({ subnet: 'Choose a subnet.' });
    expect(check({ ip_address: '10.8.0.5' }).errors).toEqual({
      ip_address: "IP Address 10.8.0.5 is not in the subnet's CIDR 10.9.0.0/24.",
    });
    expect(check({ ip_address: 'gateway' }).errors.ip_address).toMatch(/must be an IP address/);
  });
});

describe('Static route input', () => {
  const check = (destination: string, nexthop: string) =>
    validateForm(staticRouteInput, { destination, nexthop });

  it('needs a CIDR and an address of the same family', () => {
    expect(check('192.168.10.0/24', '10.0.0.10').ok).toBe(true);
    expect(check('10.0.0.0/33', '10.0.0.10').errors).toEqual({
      destination: 'Destination CIDR must be a network in CIDR notation, e.g. 192.168.10.0/24.',
    });
    expect(check('192.168.10.0/24', '10.0.0.999').errors).toEqual({
      nexthop: 'Next Hop must be an IP address, e.g. 10.0.0.10.',
    });
    expect(check('fd00::/64', '10.0.0.1').errors).toEqual({
      nexthop: 'Next Hop must be an IPv6 address, as the destination is.',
    });
  });
});
