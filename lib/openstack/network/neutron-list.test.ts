import { describe, expect, it } from 'vitest';
import { neutronQuery, pageOf } from './neutron-list';
import { queryString } from '../http';

describe('Neutron list queries', () => {
  it('passes filters under the API’s own names with limit, marker and sorting', () => {
    const query = neutronQuery({
      limit: 2,
      marker: 'abc',
      filters: { 'router:external': true, fixed_ips: ['ip_address=10.0.0.5', 'subnet_id=s1'] },
      sortKey: 'name',
    });
    expect(queryString(query)).toBe(
      '?router%3Aexternal=true&fixed_ips=ip_address%3D10.0.0.5&fixed_ips=subnet_id%3Ds1&limit=2&marker=abc&sort_key=name&sort_dir=asc',
    );
    expect(queryString(neutronQuery({ sortDir: 'desc' }))).toBe('');
  });

  it('takes the next marker from the next link only', () => {
    const links = [
      { rel: 'next', href: 'http://n:9696/v2.0/networks?limit=1&marker=m2' },
      { rel: 'previous', href: 'http://n:9696/v2.0/networks?limit=1&marker=m1&page_reverse=True' },
    ];
    expect(pageOf(['x'], links)).toEqual({ items: ['x'], next: 'm2' });
    expect(pageOf(['x'], links.slice(1))).toEqual({ items: ['x'], next: undefined });
    expect(pageOf([], undefined)).toEqual({ items: [], next: undefined });
  });
});
