import { describe, expect, it } from 'vitest';
import { addKeypair, findKeypair, removeKeypair, userKeypairs } from './keypair-store';
import { emptyComputeRegion } from './region-state';

function regionWith(...names: string[]) {
  const region = emptyComputeRegion();
  for (const name of names) {
    addKeypair(region, { userId: 'u1', name, type: 'ssh', publicKey: 'k', fingerprint: 'f' }, 0);
  }
  addKeypair(
    region,
    { userId: 'u2', name: 'other', type: 'ssh', publicKey: 'k', fingerprint: 'f' },
    0,
  );
  return region;
}

describe('keypair store', () => {
  it('lists one user’s key pairs sorted by name, case-insensitively (MariaDB collation)', () => {
    const region = regionWith('b', 'A', 'c_d', 'cd');
    expect(userKeypairs(region, 'u1').map((k) => k.name)).toEqual(['A', 'b', 'cd', 'c_d']);
  });

  it('numbers records and finds them by name regardless of case', () => {
    const region = regionWith('web');
    expect(findKeypair(region, 'u1', 'WEB')?.id).toBe(1);
    expect(findKeypair(region, 'u2', 'web')).toBeUndefined();
    expect(region.nextKeypairId).toBe(3);
  });

  it('removes only the owner’s key pair', () => {
    const region = regionWith('x');
    expect(removeKeypair(region, 'u2', 'x')).toBe(false);
    expect(removeKeypair(region, 'u1', 'x')).toBe(true);
    expect(findKeypair(region, 'u1', 'x')).toBeUndefined();
  });
});
