import { describe, expect, it } from 'vitest';
import { checkInstanceQuota, DEFAULT_QUOTAS } from './quota-math';

const tiny = { vcpus: 1, ram: 512 };
const medium = { vcpus: 2, ram: 4096 };
const used = (instances: number, cores: number, ram: number) => ({ instances, cores, ram });

describe('instance quota', () => {
  it('lets a request through under the limits', () => {
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(0, 0, 0), tiny, 1, 1)).toEqual({
      ok: true,
      count: 1,
    });
  });

  it("words the refusal as Nova's TooManyInstances", () => {
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(10, 10, 5120), tiny, 1, 1)).toEqual({
      ok: false,
      message: 'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances',
    });
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(2, 19, 1024), medium, 1, 1)).toEqual({
      ok: false,
      message: 'Quota exceeded for cores: Requested 2, but already used 19 of 20 cores',
    });
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(10, 20, 51200), medium, 1, 1)).toEqual({
      ok: false,
      message:
        'Quota exceeded for cores, instances, ram: Requested 2, 1, 4096, but already used 20, 10, 51200 of 20, 10, 51200 cores, instances, ram',
    });
  });

  it('gives fewer than max_count when min_count still fits', () => {
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(7, 7, 0), tiny, 1, 5)).toEqual({
      ok: true,
      count: 3,
    });
    expect(checkInstanceQuota(DEFAULT_QUOTAS, used(7, 7, 0), tiny, 4, 5)).toEqual({
      ok: false,
      message: 'Quota exceeded for instances: Requested 4-5, but already used 7 of 10 instances',
    });
  });

  it('treats -1 as unlimited', () => {
    const limits = { ...DEFAULT_QUOTAS, instances: -1, cores: -1, ram: -1 };
    expect(checkInstanceQuota(limits, used(500, 500, 0), tiny, 1, 1)).toEqual({
      ok: true,
      count: 1,
    });
  });
});
