import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import {
  createSubnetInput,
  editSubnetInput,
  SUBNET_DEFAULTS,
  subnetCreateRequest,
  subnetDetailsStepInput,
  subnetFormValues,
  subnetStepInput,
} from './subnet-inputs';

const errorsOf = (values: FormValues) =>
  validateForm(createSubnetInput, { ...SUBNET_DEFAULTS, cidr: '10.0.0.0/24', ...values }).errors;

describe('subnet inputs', () => {
  it('accepts a plain subnet and builds its request', () => {
    const values = {
      ...SUBNET_DEFAULTS,
      subnet_name: 'sub',
      cidr: '10.0.0.0/24',
      gateway_ip: '10.0.0.1',
      allocation_pools: '10.0.0.10,10.0.0.20\n\n10.0.0.30 , 10.0.0.40',
      dns_nameservers: '8.8.8.8\n1.1.1.1',
      host_routes: '192.168.200.0/24,10.0.0.254',
    };
    expect(validateForm(createSubnetInput, values).ok).toBe(true);
    expect(subnetCreateRequest(values, 'net')).toEqual({
      network_id: 'net',
      name: 'sub',
      cidr: '10.0.0.0/24',
      ip_version: 4,
      gateway_ip: '10.0.0.1',
      enable_dhcp: true,
      allocation_pools: [
        { start: '10.0.0.10', end: '10.0.0.20' },
        { start: '10.0.0.30', end: '10.0.0.40' },
      ],
      dns_nameservers: ['8.8.8.8', '1.1.1.1'],
      host_routes: [{ destination: '192.168.200.0/24', nexthop: '10.0.0.254' }],
    });
    expect(
      subnetCreateRequest(
        {
          ...SUBNET_DEFAULTS,
          cidr: '2001:db8::/64',
          ip_version: '6',
          no_gateway: true,
          ipv6_mode: 'slaac',
        },
        'n',
      ),
    ).toMatchObject({
      ip_version: 6,
      gateway_ip: null,
      ipv6_address_mode: 'slaac',
      ipv6_ra_mode: 'slaac',
    });
  });

  it('says what is wrong with the network address', () => {
    expect(errorsOf({ cidr: '' }).cidr).toBe('Network Address is required.');
    expect(errorsOf({ cidr: '10.0.0.0/33' }).cidr).toBe(
      'Network Address: the prefix length must be a number from 0 to 32.',
    );
    expect(errorsOf({ cidr: '10.0.0.300/24' }).cidr).toMatch(/is not a valid network address/);
    expect(errorsOf({ cidr: 'abc' }).cidr).toMatch(/"abc" is not a valid network address/);
    expect(errorsOf({ cidr: '10.0.0.0' }).cidr).toBe(
      'Network Address: add the prefix length, e.g. 10.0.0.0/24.',
    );
    expect(errorsOf({ cidr: '10.0.0.5/24' }).cidr).toBe(
      'Network Address: 10.0.0.5/24 has host bits set; the network is 10.0.0.0/24.',
    );
    expect(errorsOf({ cidr: '2001:db8::/64' }).cidr).toBe(
      'Network Address is an IPv6 network but IP Version is IPv4.',
    );
    expect(errorsOf({ cidr: '10.0.0.1/32' }).cidr).toBe(
      'The subnet in the Network Address is too small (/32).',
    );
  });

  it('keeps the gateway inside the network', () => {
    expect(errorsOf({ gateway_ip: '10.1.0.1' }).gateway_ip).toBe(
      'Gateway IP 10.1.0.1 is outside the network 10.0.0.0/24.',
    );
    expect(errorsOf({ gateway_ip: 'gw' }).gateway_ip).toBe(
      'Gateway IP: "gw" is not an IP address.',
    );
    expect(errorsOf({ gateway_ip: '10.1.0.1', no_gateway: true }).gateway_ip).toBeUndefined();
  });

  it('keeps pools inside the network, apart from each other and from the gateway', () => {
    expect(errorsOf({ allocation_pools: '10.0.1.10,10.0.1.20' }).allocation_pools).toBe(
      'Allocation Pools line 1: 10.0.1.10 is outside the network 10.0.0.0/24.',
    );
    expect(errorsOf({ allocation_pools: '10.0.0.10,10.0.1.20' }).allocation_pools).toBe(
      'Allocation Pools line 1: 10.0.1.20 is outside the network 10.0.0.0/24.',
    );
    expect(
      errorsOf({ allocation_pools: '10.0.0.10,10.0.0.50\n10.0.0.40,10.0.0.60' }).allocation_pools,
    ).toBe('Allocation Pools lines 1 and 2 overlap.');
    expect(errorsOf({ allocation_pools: '10.0.0.10' }).allocation_pools).toMatch(
      /^Allocation Pools line 1: write it as start,end/,
    );
    expect(errorsOf({ allocation_pools: '10.0.0.50,10.0.0.10' }).allocation_pools).toBe(
      'Allocation Pools line 1: the start address comes after the end address.',
    );
    expect(
      errorsOf({ gateway_ip: '10.0.0.15', allocation_pools: '10.0.0.10,10.0.0.20' })
        .allocation_pools,
    ).toMatch(/the pool holds the gateway 10\.0\.0\.15/);
  });

  it('checks DNS name servers and host routes line by line', () => {
    expect(errorsOf({ dns_nameservers: '8.8.8.8\ndns.example' }).dns_nameservers).toBe(
      'DNS Name Servers line 2: "dns.example" is not an IP address.',
    );
    expect(errorsOf({ dns_nameservers: '1.1.1.1\n'.repeat(6) }).dns_nameservers).toBe(
      'At most 5 DNS name servers are allowed.',
    );
    expect(errorsOf({ host_routes: '192.168.200.0/24' }).host_routes).toMatch(
      /^Host Routes line 1: write it as destination CIDR,nexthop/,
    );
    expect(errorsOf({ host_routes: '192.168.200.0/33,10.0.0.1' }).host_routes).toBe(
      'Host Routes line 1: the destination: the prefix length must be a number from 0 to 32.',
    );
    expect(errorsOf({ host_routes: '192.168.200.0/24,router' }).host_routes).toBe(
      'Host Routes line 1: the nexthop "router" is not an IP address.',
    );
  });

  it('limits the name to Neutron’s 255 characters', () => {
    expect(errorsOf({ subnet_name: 'x'.repeat(10_000) }).subnet_name).toBe(
      'Subnet Name must be 255 characters or fewer.',
    );
  });

  it('edits without touching CIDR and sends what the form shows', () => {
    const values = subnetFormValues({
      name: 's',
      cidr: '10.0.0.0/24',
      ip_version: 4,
      gateway_ip: '10.0.0.1',
      enable_dhcp: true,
      allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.254' }],
      dns_nameservers: [],
      host_routes: [],
    });
    expect(validateForm(editSubnetInput, { ...values, allocation_pools: '' })).toMatchObject({
      ok: true,
      data: { name: 's', gateway_ip: '10.0.0.1', allocation_pools: [], dns_nameservers: [] },
    });
    expect(validateForm(editSubnetInput, { ...values, gateway_ip: '10.9.0.1' }).errors).toEqual({
      gateway_ip: 'Gateway IP 10.9.0.1 is outside the network 10.0.0.0/24.',
    });
    expect(validateForm(editSubnetInput, { ...values, no_gateway: true }).ok && true).toBe(true);
  });

  it('skips the wizard steps when no subnet is made', () => {
    const off = { ...SUBNET_DEFAULTS, with_subnet: false, cidr: 'nonsense' };
    expect(validateForm(subnetStepInput, off).ok).toBe(true);
    expect(validateForm(subnetDetailsStepInput, off)).toMatchObject({
      ok: true,
      data: { subnetValues: undefined },
    });
    expect(validateForm(subnetStepInput, { ...off, with_subnet: true }).errors.cidr).toMatch(
      /not a valid network address/,
    );
  });
});
