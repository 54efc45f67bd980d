import { describe, expect, it } from 'vitest';
import {
  QUOTA_GROUPS,
  quotaFraction,
  quotaLevel,
  usageText,
  type QuotaChart,
} from './quota-charts';

const chart = (id: string): QuotaChart => {
  const found = QUOTA_GROUPS.flatMap((g) => g.charts).find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('Limit Summary charts', () => {
  it("has Horizon's twelve charts, by service", () => {
    expect(QUOTA_GROUPS.map((g) => [g.service, g.charts.map((c) => c.label)])).toEqual([
      ['compute', ['Instances', 'VCPUs', 'RAM']],
      ['volumev3', ['Volumes', 'Volume Snapshots', 'Volume Storage']],
      [
        'network',
        ['Floating IPs', 'Security Groups', 'Security Group Rules', 'Networks', 'Ports', 'Routers'],
      ],
    ]);
  });

  it('is calm below 80 %, warns from 80 %, is full at 100 % and over', () => {
    expect(quotaLevel({ inUse: 7, limit: 10 })).toBe('ok');
    expect(quotaLevel({ inUse: 8, limit: 10 })).toBe('warn');
    expect(quotaLevel({ inUse: 10, limit: 10 })).toBe('bad');
    expect(quotaLevel({ inUse: 12, limit: 10 })).toBe('bad');
    expect(quotaLevel({ inUse: 0, limit: 0 })).toBe('bad');
    expect(quotaLevel({ inUse: 500, limit: -1 })).toBe('unlimited');
  });

  it('clamps the drawn share to 0-1', () => {
    expect(quotaFraction({ inUse: 3, limit: 10 })).toBeCloseTo(0.3);
    expect(quotaFraction({ inUse: 12, limit: 10 })).toBe(1);
    expect(quotaFraction({ inUse: 3, limit: -1 })).toBe(0);
  });

  it('says the figures in words with units', () => {
    expect(usageText(chart('instances'), { inUse: 3, limit: 10 })).toBe('Used 3 of 10');
    expect(usageText(chart('ram'), { inUse: 512, limit: 51200 })).toBe('Used 512 MB of 50 GB');
    expect(usageText(chart('gigabytes'), { inUse: 0, limit: 1000 })).toBe('Used 0 GB of 1000 GB');
    expect(usageText(chart('floating-ips'), { inUse: 1, limit: 50 })).toBe('Allocated 1 of 50');
    expect(usageText(chart('ports'), { inUse: 4, limit: -1 })).toBe('Used 4 (No Limit)');
    expect(usageText(chart('security-group-rules'), { inUse: 4, limit: 1000 })).toBe(
      'Used 4 of 1,000',
    );
  });
});
