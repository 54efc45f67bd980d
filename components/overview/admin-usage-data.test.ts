import { describe, expect, it } from 'vitest';
import { mergeTenantUsages } from '@/lib/openstack/compute/usages';
import { projectUsageRows, projectUsagesCsv } from './admin-usage-data';

const server = (name: string, vcpus: number, ended: string | null = null) => ({
  instance_id: `id-${name}`,
  name,
  flavor: 'm1.tiny',
  vcpus,
  memory_mb: 512 * vcpus,
  local_gb: vcpus,
  hours: 2,
  state: ended ? 'terminated' : 'active',
  started_at: '2026-12-01T00:00:00',
  ended_at: ended,
});

describe('Admin Overview usage rows', () => {
  it('counts the active servers and adds the hours of pages of the same project', () => {
    const merged = mergeTenantUsages([
      [
        {
          tenant_id: 'p1',
          total_vcpus_usage: 4,
          total_local_gb_usage: 4,
          total_memory_mb_usage: 2048,
          server_usages: [server('a', 2)],
        },
      ],
      [
        {
          tenant_id: 'p1',
          total_vcpus_usage: 1,
          total_local_gb_usage: 1,
          total_memory_mb_usage: 512,
          server_usages: [server('b', 1, '2026-12-02T00:00:00')],
        },
        { tenant_id: 'p2', total_vcpus_usage: 3, server_usages: [server('c', 3)] },
      ],
    ]);
    const rows = projectUsageRows(merged, { p1: 'zeta', p2: 'alpha' });
    expect(rows.map((r) => [r.projectName, r.vcpus, r.ramMb, r.vcpuHours])).toEqual([
      ['alpha', 3, 1536, 3],
      ['zeta', 2, 1024, 5],
    ]);
  });

  it('names an unknown project by its id and writes a CSV a spreadsheet cannot run', () => {
    const rows = projectUsageRows(
      [{ tenant_id: 'gone', total_vcpus_usage: 1.5, server_usages: [] }],
      { other: '=cmd' },
    );
    expect(rows[0]?.projectName).toBe('gone');
    const csv = projectUsagesCsv([{ ...rows[0]!, projectName: '=cmd()' }], {
      start: '2026-12-01',
      end: '2026-12-07',
    });
    expect(csv.split('\r\n')).toContain("'=cmd(),gone,0,0,0,1.50,0.00,0.00");
    expect(csv.startsWith('Usage Report For Period:,2026-12-01,/,2026-12-07\r\n')).toBe(true);
  });
});
