import { describe, expect, it } from 'vitest';
import { USAGE } from './usage-fixture';
import { activeServers, summarizeUsage } from './usage-summary-data';

describe('usage summary', () => {
  it('counts only instances not ended in the period as active; hours come from Nova', () => {
    expect(activeServers(USAGE).map((s) => s.instance_id)).toEqual(['a', 'b']);
    expect(summarizeUsage(USAGE)).toEqual({
      activeInstances: 2,
      activeVcpus: 3,
      activeRamMb: 2560,
      activeDiskGb: 21,
      vcpuHours: 1.2345,
      diskGbHours: 2.5,
      ramMbHours: 632.0001,
    });
  });

  it('reads an empty answer (no instances ever) as zeros', () => {
    expect(summarizeUsage({})).toMatchObject({ activeInstances: 0, vcpuHours: 0 });
  });
});
