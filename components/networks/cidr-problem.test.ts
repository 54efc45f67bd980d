import { describe, expect, it } from 'vitest';
import { cidrProblem } from './cidr-problem';

describe('cidrProblem', () => {
  it('accepts a network with its host bits clear', () => {
    expect(cidrProblem(' 10.0.0.0/24 ')).toBeUndefined();
    expect(cidrProblem('2001:db8::/64')).toBeUndefined();
  });
  it('says what is wrong, with the label', () => {
    expect(cidrProblem('abc/8')).toBe(
      'Network Address: "abc/8" is not a valid network address, e.g. 192.168.0.0/24.',
    );
    expect(cidrProblem('10.0.0.0')).toBe(
      'Network Address: add the prefix length, e.g. 10.0.0.0/24.',
    );
    expect(cidrProblem('10.0.0.0/33')).toBe(
      'Network Address: the prefix length must be a number from 0 to 32.',
    );
    expect(cidrProblem('10.0.0.0/8/1')).toBe(
      'Network Address: the prefix length must be a number from 0 to 32.',
    );
    expect(cidrProblem('2001:db8::1/64', 'Host route 1: the destination')).toBe(
      'Host route 1: the destination: 2001:db8::1/64 has host bits set; the network is 2001:db8::/64.',
    );
  });
});
