import { describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { OpenStackError } from '@/lib/openstack/errors';
import { fetchTopology } from './topology-data';
import { network } from './topology-fixtures';
import { buildTopology } from './topology-graph';

function novaFailing(error: Error): Api {
  const one = <T>(items: T[]) => Promise.resolve({ items, next: undefined });
  return {
    network: {
      pageNetworks: () => one([network('n1', 'private')]),
      pageSubnets: () => one([]),
      listRouters: () => one([]),
      pagePorts: () => one([]),
      listFloatingIps: () => one([]),
    },
    compute: { listServers: () => Promise.reject(error) },
  } as unknown as Api;
}

const down = new OpenStackError({
  code: 502,
  title: 'Bad Gateway',
  message: 'Compute (Nova) cannot be reached (connection refused): it may be down.',
  service: 'compute',
  reason: 'unreachable',
});

describe('fetchTopology when Nova fails', () => {
  it('still draws the networks and says why instances are missing', async () => {
    const data = await fetchTopology(novaFailing(down));
    expect(data.servers).toEqual([]);
    const graph = buildTopology(data);
    expect(graph.nodes.map((n) => n.name)).toEqual(['private']);
    expect(graph.instancesError).toBe(down.message);
  });

  it('an ended session still ends the page', async () => {
    const expired = new OpenStackError({
      code: 401,
      title: 'Unauthorized',
      message: 'Your session has expired.',
      service: 'compute',
      sessionExpired: true,
    });
    await expect(fetchTopology(novaFailing(expired))).rejects.toBe(expired);
  });
});
