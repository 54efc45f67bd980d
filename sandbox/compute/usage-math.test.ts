import { describe, expect, it } from 'vitest';
import { activeInWindow, hoursFor, tenantUsages, type ServerUsage } from './usage-math';
import type { ServerRecord } from './nova-state';

const H = 3600_000;
const span = (launchedAt: number | null, terminatedAt: number | null) => ({
  launchedAt,
  terminatedAt,
});

describe('usage hours', () => {
  it('counts the overlap of the run with the period', () => {
    expect(hoursFor(span(0, null), 0, 10 * H)).toBe(10);
    expect(hoursFor(span(2 * H, 5 * H), 0, 10 * H)).toBe(3);
    expect(hoursFor(span(-5 * H, 2 * H), 0, 10 * H)).toBe(2);
    expect(hoursFor(span(-5 * H, -1 * H), 0, 10 * H)).toBe(0);
    expect(hoursFor(span(11 * H, null), 0, 10 * H)).toBe(0);
    expect(hoursFor(span(null, null), 0, 10 * H)).toBe(0);
  });

  it('selects instances that ran in the window, never-launched ones left out', () => {
    const s = (id: string, launchedAt: number | null, terminatedAt: number | null) =>
      ({ id, createdAt: 0, instanceNumber: 0, launchedAt, terminatedAt }) as ServerRecord;
    const list = [s('a', 1, null), s('b', null, null), s('c', 1, 2), s('d', 20, null)];
    expect(activeInWindow(list, 5, 10).map((x) => x.id)).toEqual(['a']);
  });

  it('sums per project in first-seen order', () => {
    const u = (tenant: string, hours: number): ServerUsage => ({
      hours,
      flavor: 'm1.small',
      instance_id: 'i',
      name: 'n',
      tenant_id: tenant,
      memory_mb: 2048,
      local_gb: 20,
      vcpus: 1,
      started_at: 0,
      ended_at: null,
      state: 'active',
      uptime: 0,
    });
    const [a, b] = tenantUsages([u('p2', 1), u('p1', 2), u('p2', 0.5)]);
    expect(a).toMatchObject({
      tenant_id: 'p2',
      total_hours: 1.5,
      total_vcpus_usage: 1.5,
      total_memory_mb_usage: 3072,
      total_local_gb_usage: 30,
    });
    expect(b?.server_usages).toHaveLength(1);
  });
});
