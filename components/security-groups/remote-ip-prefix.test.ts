import { describe, expect, it } from 'vitest';
import { parseRemoteIpPrefix } from './remote-ip-prefix';

describe('parseRemoteIpPrefix', () => {
  it('knows both families and their prefix lengths', () => {
    expect(parseRemoteIpPrefix('0.0.0.0/0')).toEqual({ version: 4, text: '0.0.0.0/0' });
    expect(parseRemoteIpPrefix(' 192.168.1.7 ')).toEqual({ version: 4, text: '192.168.1.7' });
    expect(parseRemoteIpPrefix('::/0')).toEqual({ version: 6, text: '::/0' });
    expect(parseRemoteIpPrefix('2001:db8::1/128')).toMatchObject({ version: 6 });
    expect(parseRemoteIpPrefix('2001:db8::/129')).toEqual({
      problem: 'The prefix length of 2001:db8::/129 must be from 0 to 128.',
    });
    expect(parseRemoteIpPrefix('10.0.0.0/')).toEqual({
      problem: 'The prefix length of 10.0.0.0/ must be from 0 to 32.',
    });
    expect(parseRemoteIpPrefix('2001:db8:::1')).toHaveProperty('problem');
    expect(parseRemoteIpPrefix('10.0.0/8')).toHaveProperty('problem');
    expect(parseRemoteIpPrefix('010.0.0.0/8')).toHaveProperty('problem');
    expect(parseRemoteIpPrefix('10.0.0.0/8/1')).toEqual({
      problem: '10.0.0.0/8/1 is not a valid IP address or CIDR.',
    });
    expect(parseRemoteIpPrefix('example.com')).toEqual({
      problem: 'example.com is not a valid IP address or CIDR.',
    });
    expect(parseRemoteIpPrefix('')).toEqual({
      problem: 'An empty value is not a valid IP address or CIDR.',
    });
  });
});
