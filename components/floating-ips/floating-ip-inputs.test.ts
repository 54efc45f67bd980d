import { describe, expect, it } from 'vitest';
import {
  allocateFloatingIpInput,
  associateFloatingIpInput,
  parseTarget,
  targetValue,
} from './floating-ip-inputs';

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('allocateFloatingIpInput', () => {
  it('takes a pool, a trimmed description and an optional address', () => {
    expect(
      allocateFloatingIpInput.parse({ pool: 'net-1', description: ' web ', floatingIpAddress: '' }),
    ).toEqual({ pool: 'net-1', description: 'web', floatingIpAddress: '' });
    expect(
      allocateFloatingIpInput.parse({ pool: 'n', description: '', floatingIpAddress: '172.24.4.9' })
        .floatingIpAddress,
    ).toBe('172.24.4.9');
    expect(
      allocateFloatingIpInput.safeParse({
        pool: 'n',
        description: '',
        floatingIpAddress: '2001:db8::5',
      }).success,
    ).toBe(true);
  });

  it('puts each mistake at its field', () => {
    expect(
      messages(
        allocateFloatingIpInput.safeParse({
          pool: '',
          description: 'x'.repeat(10_000),
          floatingIpAddress: '172.24.4.300',
        }),
      ),
    ).toEqual({
      pool: 'Select a pool.',
      description: 'Description must be 255 characters or fewer.',
      floatingIpAddress: 'Enter a valid IPv4 or IPv6 address.',
    });
    expect(
      allocateFloatingIpInput.safeParse({
        pool: 'n',
        description: 'x'.repeat(255),
        floatingIpAddress: '',
      }).success,
    ).toBe(true);
  });
});

describe('associateFloatingIpInput', () => {
  it('needs an IP and a port', () => {
    expect(messages(associateFloatingIpInput.safeParse({ ip: '', target: '' }))).toEqual({
      ip: 'Select an IP address.',
      target: 'Select a port to be associated.',
    });
  });
});

describe('targets', () => {
  it('round-trip a port and its fixed IP, and refuse anything else', () => {
    const value = targetValue({ portId: 'p-1', fixedIp: '10.0.0.5' });
    expect(parseTarget(value)).toEqual({ portId: 'p-1', fixedIp: '10.0.0.5' });
    expect(parseTarget('p-1')).toBeUndefined();
    expect(parseTarget('a b c')).toBeUndefined();
  });
});
