import { describe, expect, it } from 'vitest';
import { quotasApi } from './quotas';
import type { OsRequest, Transport } from '../http';

function usagePage(id: string, next?: string) {
  return {
    tenant_usage: {
      tenant_id: 'p1',
      total_hours: 1,
      total_vcpus_usage: 2,
      total_memory_mb_usage: 512,
      total_local_gb_usage: 1,
      start: '2026-11-01T00:00:00.000000',
      stop: '2026-11-26T00:00:00.000000',
      server_usages: [
        {
          instance_id: id,
          name: id,
          flavor: 'm1.tiny',
          vcpus: 2,
          memory_mb: 512,
          local_gb: 1,
          hours: 1,
          state: 'active',
          started_at: '2026-11-01T00:00:00.000000',
          ended_at: null,
          uptime: 60,
        },
      ],
    },
    ...(next
      ? {
          tenant_usage_links: [
            { rel: 'next', href: `http://nova/v2.1/os-simple-tenant-usage/p1?marker=${next}` },
          ],
        }
      : {}),
  };
}

describe('getProjectUsage', () => {
  it('follows the pages Nova gives from 2.40 and adds their totals up', async () => {
    const requests: OsRequest[] = [];
    const pages = [usagePage('a', 'a'), usagePage('b')];
    const transport: Transport = {
      send: async (request) => {
        requests.push(request);
        return Response.json(pages[requests.length - 1]);
      },
    };
    const usage = await quotasApi(transport).getProjectUsage(
      'p1',
      '2026-11-01T00:00:00',
      '2026-11-26T23:59:59',
    );
    expect(requests.map((r) => r.query)).toEqual([
      { start: '2026-11-01T00:00:00', end: '2026-11-26T23:59:59', marker: undefined },
      { start: '2026-11-01T00:00:00', end: '2026-11-26T23:59:59', marker: 'a' },
    ]);
    expect(usage.server_usages?.map((s) => s.instance_id)).toEqual(['a', 'b']);
    expect(usage.total_vcpus_usage).toBe(4);
    expect(usage.total_memory_mb_usage).toBe(1024);
  });
});
